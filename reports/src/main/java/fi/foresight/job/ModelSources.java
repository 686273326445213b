package fi.foresight.job;

import fi.foresight.cib.CrossImpactSystem;
import fi.foresight.cib.ScenarioWizard;
import fi.foresight.io.FileProblem;
import fi.foresight.io.InputFiles;
import fi.foresight.io.LoadedModel;
import fi.foresight.io.ModelFileException;
import fi.foresight.io.ModelFiles;
import fi.foresight.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model for a job: by file extension from a file, or from the text of a job file's inline {@code model:}.
 *
 * <p><b>Registration point for other model formats:</b> a reader in {@link #READERS} by file extension. A
 * ScenarioWizard {@code .scw} project becomes a qualitative model whose only part is its CIB system (id from the file
 * name), so {@code foresight cib FILE.scw} and jobs with {@code type: cib} read it directly.
 */
public final class ModelSources {
    private static final Map<String, BiFunction<byte[], String, Model>> READERS = Map.of(
            "yaml", ModelFiles::parse, "yml", ModelFiles::parse, "json", ModelFiles::parse,
            "scw", ModelSources::scenarioWizard);
    private static final Map<String, String> PENDING = Map.of();
    private static final Pattern LOCATED = Pattern.compile("(?s)^(\\d+)(?::(\\d+))?: (.*)$");

    private ModelSources() {
    }

    /** Reads a model file; throws {@link ModelFileException} listing every problem, or {@link UnsupportedModelFormat}. */
    public static ModelSource load(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        var reader = READERS.get(ext);
        if (reader == null) {
            throw new UnsupportedModelFormat(PENDING.getOrDefault(ext, "cannot read model file '" + name
                    + "': expected a .yaml, .yml, .json or .scw model"));
        }
        byte[] bytes = ext.equals("scw") ? scwBytes(file) : ModelFiles.readBytes(file);
        if (ext.equals("scw")) {
            Model model = reader.apply(bytes, file.toString());
            return new ModelSource(model, file, "model." + ext, bytes, Hashes.sha256(bytes));
        }
        LoadedModel loaded = ModelFiles.read(bytes, file.toString());
        return new ModelSource(loaded.model(), file, "model." + ext, bytes, Hashes.sha256(bytes), loaded.dataFiles(),
                loaded.notes());
    }

    /**
     * Reads a model from the bytes of a file called {@code fileName}, by its extension, as {@link #load(Path)} reads
     * the file itself: what another machine (a Spark executor) does with a model file shipped to it.
     */
    public static Model parse(byte[] bytes, String fileName) {
        return parse(bytes, fileName, null);
    }

    /**
     * As {@link #parse(byte[], String)}, with the data files the model names handed over too (path as written in the
     * model → bytes, as {@link ModelSource#dataFiles()} holds them), so nothing is read from disk.
     *
     * @param bytes     the model file's bytes
     * @param fileName  the model file's name (its extension chooses the reader)
     * @param dataFiles the data files, or null to read them from disk relative to {@code fileName}
     * @return the model
     */
    public static Model parse(byte[] bytes, String fileName, Map<String, byte[]> dataFiles) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        var reader = READERS.get(ext);
        if (reader == null) {
            throw new UnsupportedModelFormat("cannot read model file '" + fileName
                    + "': expected a .yaml, .yml, .json or .scw model");
        }
        if (!ext.equals("scw")) {
            return ModelFiles.read(bytes, fileName, dataFiles).model();
        }
        return reader.apply(bytes, fileName);
    }

    private static byte[] scwBytes(Path file) {
        try {
            return InputFiles.read(file, InputFiles.MAX_MODEL_BYTES, "ScenarioWizard files");
        } catch (IOException e) {
            throw new ModelFileException(List.of(new FileProblem(file.toString(), 0, 0, "", InputFiles.reason(e))));
        }
    }

    /** A ScenarioWizard project as a model with only a CIB system; problems as {@link ModelFileException}. */
    private static Model scenarioWizard(byte[] bytes, String source) {
        CrossImpactSystem system;
        try {
            system = ScenarioWizard.parse(bytes, source).system();
        } catch (IllegalArgumentException e) {
            // the parser says "FILE:LINE: what is wrong" or "FILE:LINE:COL: what is wrong"
            String m = e.getMessage() == null ? "not a ScenarioWizard project" : e.getMessage();
            String rest = m.startsWith(source + ":") ? m.substring(source.length() + 1) : "";
            Matcher at = LOCATED.matcher(rest);
            throw new ModelFileException(List.of(at.matches()
                    ? new FileProblem(source, Integer.parseInt(at.group(1)),
                            at.group(2) == null ? 1 : Integer.parseInt(at.group(2)), "", at.group(3))
                    : new FileProblem(source, 0, 0, "", rest.isEmpty() ? m : rest.strip())));
        }
        return scenarioWizard(system, source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1));
    }

    /** The model of a ScenarioWizard system: its CIB part only, the id from the file name. */
    private static Model scenarioWizard(CrossImpactSystem system, String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        String id = stem.replaceAll("[^A-Za-z0-9_]", "_");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0)) && id.charAt(0) != '_') {
            id = "cib_" + id;
        }
        id = id.length() > 64 ? id.substring(0, 64) : id;
        return Model.builder(id).title(system.name().isBlank() ? stem : system.name()).cib(system).build();
    }

    /**
     * Reads an inline model: {@code text} is the job file with everything but the model's mapping blanked out, so
     * lines and columns of problems are those of the job file, which {@code fileName} names.
     */
    static ModelSource inline(String text, String fileName) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            LoadedModel loaded = ModelFiles.read(text, fileName);
            return new ModelSource(loaded.model(), null, "model.yaml", bytes, Hashes.sha256(bytes), loaded.dataFiles(),
                    loaded.notes().stream().map(p -> new FileProblem(p.file(), p.line(), p.column(), "model." + p.path(),
                            p.message())).toList());
        } catch (ModelFileException e) {
            throw new ModelFileException(e.fileProblems().stream()
                    .map(p -> new FileProblem(p.file(), p.line(), p.column(),
                            p.path().isEmpty() ? "model" : "model." + p.path(), p.message()))
                    .toList());
        }
    }
}
