package fi.foresight.cli;

import java.nio.file.Path;

/**
 * Refuses an empty path argument ({@code foresight run ""}), which the file system would otherwise read as the
 * working directory, with a message that says what the command expects instead.
 */
final class EmptyPaths {
    private EmptyPaths() {
    }

    /** The message for an empty {@code path}, or null when the path names something. */
    static String problem(Path path, String label, String expected) {
        if (path != null && !path.toString().isBlank()) {
            return null;
        }
        return label + ": an empty path was given; name " + expected;
    }

    /** Throws a {@link UserError} when {@code path} is empty. */
    static void refuse(Path path, String label, String expected) {
        String problem = problem(path, label, expected);
        if (problem != null) {
            throw new UserError(problem);
        }
    }
}
