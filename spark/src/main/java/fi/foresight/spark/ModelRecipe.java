package fi.foresight.spark;

import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.BlockStudy;
import fi.foresight.job.ModelSources;
import java.util.UUID;

/**
 * A model file's bytes (with the data files it names) and a study over it: executors read the model themselves
 * ({@link ModelSources#parse}), as the job reader did, taking its data files from the recipe rather than from disk.
 */
final class ModelRecipe<R> implements Recipe<R> {
    private static final long serialVersionUID = 1L;
    private final String id = UUID.randomUUID().toString();
    private final byte[] model;
    private final String fileName;
    private final java.util.LinkedHashMap<String, byte[]> data;
    private final BlockStudy<R> study;

    ModelRecipe(byte[] model, String fileName, java.util.Map<String, byte[]> data, BlockStudy<R> study) {
        this.model = model.clone();
        this.fileName = fileName;
        this.data = new java.util.LinkedHashMap<>(data);
        this.study = study;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public BlockPlan<R> plan() {
        return study.configure(ModelSources.parse(model, fileName, data)).blocks();
    }
}
