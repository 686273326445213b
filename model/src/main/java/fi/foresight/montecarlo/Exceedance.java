package fi.foresight.montecarlo;

import fi.foresight.model.Target;

/**
 * How often a model target was met in one scenario × lever.
 *
 * @param target the model's target
 * @param met    samples meeting it
 * @param n      samples drawn
 */
public record Exceedance(Target target, long met, long n) {
    /**
     * Checks the parts.
     *
     * @param target the model's target
     * @param met    samples meeting it
     * @param n      samples drawn
     * @throws IllegalArgumentException when the target is null, {@code n < 1} or {@code met} is outside [0, n]
     */
    public Exceedance {
        if (target == null) {
            throw new IllegalArgumentException("an exceedance needs its target");
        }
        if (n < 1 || met < 0 || met > n) {
            throw new IllegalArgumentException("met " + met + " of " + n + " samples; need 0 <= met <= n and n >= 1");
        }
    }

    /**
     * The estimated probability of meeting the target.
     *
     * @return the share of samples that met the target, in [0, 1]
     */
    public double probability() {
        return (double) met / n;
    }

    /**
     * Binomial standard error √(p(1 − p)/n) (conservative for Latin hypercube).
     *
     * @return the binomial standard error of {@link #probability()}
     */
    public double se() {
        double p = probability();
        return Math.sqrt(p * (1 - p) / n);
    }
}
