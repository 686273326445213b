package fi.foresight.io;

import fi.foresight.data.DataSets;
import fi.foresight.model.Model;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model as read from its file, with the data files its {@code data:} section names: the data sets (for code that
 * builds on the answers), the bytes of each file as read (so that a run keeps a copy and records its SHA-256) and
 * notes on what was taken from them (each driver's number of answers and of missing answers left out).
 *
 * <pre>{@code
 * LoadedModel m = ModelFiles.read(Path.of("scenarios/kanta-hame/model.yaml"));
 * m.dataFiles().keySet();                   // [data/survey-synthetic.csv], paths as written in the model
 * m.notes().forEach(System.out::println);   // model.yaml:112:19: variables.readiness_forssa…: note: 112 answers…
 * }</pre>
 *
 * @param model     the validated model
 * @param data      its data sets by name
 * @param dataFiles path as written in the model (relative to the model file) → the bytes read
 * @param notes     notes at their place in the model file, each message starting with {@code note: }
 */
public record LoadedModel(Model model, DataSets data, Map<String, byte[]> dataFiles, List<FileProblem> notes) {
    /**
     * Checks and copies the parts.
     *
     * @param model     the validated model
     * @param data      its data sets by name
     * @param dataFiles path as written in the model → the bytes read
     * @param notes     notes at their place in the model file (null: none)
     */
    public LoadedModel {
        Objects.requireNonNull(model, "model");
        data = data == null ? DataSets.EMPTY : data;
        dataFiles = Collections.unmodifiableMap(new LinkedHashMap<>(dataFiles == null ? Map.of() : dataFiles));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
