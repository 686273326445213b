package fi.foresight.io;

import fi.foresight.model.Model;
import java.nio.file.Path;

/** Placeholder until the file reader lands. */
public final class ModelFiles {
    private ModelFiles() {
    }

    public static Model load(Path file) {
        throw new UnsupportedOperationException("not yet");
    }
}
