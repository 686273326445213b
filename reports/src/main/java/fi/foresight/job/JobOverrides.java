package fi.foresight.job;

/**
 * Command-line values that replace those of a job file: {@code --seed}, {@code --threads}, {@code --samples}
 * ({@code --samples} and {@code --seed} apply to every analysis of the job). Null means "as the job says".
 */
public record JobOverrides(Long seed, Integer threads, Integer samples) {
    public static final JobOverrides NONE = new JobOverrides(null, null, null);

    public JobOverrides {
        if (threads != null && (threads < 1 || threads > Limits.MAX_THREADS)) {
            throw new IllegalArgumentException("--threads " + threads + " must be in [1, " + Limits.MAX_THREADS + "]");
        }
        if (samples != null && (samples < 1 || samples > Limits.MAX_SAMPLES)) {
            throw new IllegalArgumentException("--samples " + samples + " must be in [1, " + Limits.MAX_SAMPLES + "]");
        }
    }
}
