package fi.foresight.job;

/**
 * Command-line values that replace those of a job file: {@code --seed}, {@code --threads}, {@code --samples}
 * ({@code --samples} and {@code --seed} apply to every analysis of the job). Null means "as the job says".
 * {@code allowOutside} ({@code --allow-outside}) lets the job's {@code model:} lie outside the job file's
 * directory tree, which is refused otherwise.
 */
public record JobOverrides(Long seed, Integer threads, Integer samples, boolean allowOutside) {
    public static final JobOverrides NONE = new JobOverrides(null, null, null);

    /** Overrides with the model confined to the job file's directory tree. */
    public JobOverrides(Long seed, Integer threads, Integer samples) {
        this(seed, threads, samples, false);
    }

    /** The same overrides, with the model allowed outside the job file's directory tree or not. */
    public JobOverrides allowingOutside(boolean allow) {
        return new JobOverrides(seed, threads, samples, allow);
    }

    public JobOverrides {
        if (threads != null && (threads < 1 || threads > Limits.MAX_THREADS)) {
            throw new IllegalArgumentException("--threads " + threads + " must be in [1, " + Limits.MAX_THREADS + "]");
        }
        if (samples != null && (samples < 1 || samples > Limits.MAX_SAMPLES)) {
            throw new IllegalArgumentException("--samples " + samples + " must be in [1, " + Limits.MAX_SAMPLES + "]");
        }
    }
}
