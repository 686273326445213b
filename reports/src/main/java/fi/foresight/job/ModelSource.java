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
 */
public record ModelSource(Model model, Path file, String fileName, byte[] bytes, String sha256) {
    public ModelSource {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Whether the model is written inside the job file. */
    public boolean inline() {
        return file == null;
    }
}
