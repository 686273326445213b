package fi.foresight.job;

import fi.foresight.model.Model;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A job's model and where it came from, so a run can record its sha256 and keep a copy next to the results.
 *
 * @param model    the loaded, valid model
 * @param file     the model file, or null when the model is written inline in the job file
 * @param fileName the name its copy gets under {@code inputs/} ({@code model.yaml}, {@code model.scw}, …)
 * @param bytes    the model's text as read (for an inline model: the job file with everything else blanked)
 * @param sha256   hex SHA-256 of {@code bytes}
 * @param dataFiles the data files the model's {@code data:} section names: path as written (relative to the model
 *                 file) → the bytes read; a run keeps each under {@code inputs/} at that path
 * @param notes    notes on what the model took from its data files (answers, missing answers left out), each at its
 *                 place in the model file
 */
public record ModelSource(Model model, Path file, String fileName, byte[] bytes, String sha256,
                          java.util.Map<String, byte[]> dataFiles, java.util.List<fi.foresight.io.FileProblem> notes) {
    /**
     * Checks and copies the parts.
     *
     * @param model    the loaded, valid model
     * @param file     the model file, or null when the model is written inline in the job file
     * @param fileName the name its copy gets under {@code inputs/}
     * @param bytes    the model's text as read
     * @param sha256   hex SHA-256 of {@code bytes}
     * @param dataFiles the data files: path as written in the model → bytes (null: none)
     * @param notes    notes at their place in the model file (null: none)
     */
    public ModelSource {
        notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
        dataFiles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                dataFiles == null ? java.util.Map.of() : dataFiles));
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * A model without data files.
     *
     * @param model    the loaded, valid model
     * @param file     the model file, or null when the model is written inline in the job file
     * @param fileName the name its copy gets under {@code inputs/}
     * @param bytes    the model's text as read
     * @param sha256   hex SHA-256 of {@code bytes}
     */
    public ModelSource(Model model, Path file, String fileName, byte[] bytes, String sha256) {
        this(model, file, fileName, bytes, sha256, null, null);
    }

    /** Whether the model is written inside the job file. */
    public boolean inline() {
        return file == null;
    }
}
