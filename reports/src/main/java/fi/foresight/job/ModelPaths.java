package fi.foresight.job;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Keeps a job's {@code model:} inside the job file's directory tree: no absolute path, no {@code ..} that climbs
 * out of it, and no symbolic link (of the file or of a directory on the way) that leads out of it, judged on the
 * real path before a byte of the file is read. {@code foresight run --allow-outside} lifts the rule.
 */
final class ModelPaths {
    private static final String HOW = "; a job's model must lie in the job file's directory or below it (move or "
            + "copy the model there and name it relatively, e.g. model: models/model.yaml), or run with "
            + "--allow-outside to allow this one";

    private ModelPaths() {
    }

    /** Why {@code path} leaves {@code jobDir} as written (absolute, or climbing out with ".."), or null. */
    static String outside(String path, Path jobDir) {
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            return "the model file path holds a character no file name can hold"
                    + (path.indexOf('\0') >= 0 ? " (a NUL character)" : "")
                    + "; give the path of a .yaml, .yml, .json or .scw model file";
        }
        if (p.isAbsolute() || path.startsWith("/") || path.startsWith("\\") || p.getRoot() != null) {
            return "model file '" + path + "' is an absolute path" + HOW;
        }
        Path base = jobDir.toAbsolutePath().normalize();
        if (!base.resolve(p).normalize().startsWith(base)) {
            return "model file '" + path + "' lies outside the job file's directory" + HOW;
        }
        return null;
    }

    /**
     * Why the existing {@code file} (named {@code path} in the job) leads out of {@code jobDir} through a symbolic
     * link, or null when its real path lies in the real job directory.
     */
    static String leavesByLink(String path, Path file, Path jobDir) {
        try {
            Path realDir = jobDir.toRealPath();
            Path real = file.toRealPath();
            if (real.startsWith(realDir)) {
                return null;
            }
        } catch (IOException | SecurityException e) {
            return "model file '" + path + "' cannot be resolved to a real path" + HOW;
        }
        return "model file '" + path + "' is a symbolic link, or lies in a linked directory, that leads outside "
                + "the job file's directory" + HOW;
    }
}
