package fi.foresight.montecarlo;

import java.util.Objects;

/**
 * One bin of a conditional tornado: the outcome's mean over the Monte Carlo samples whose input fell into the bin,
 * and the statistic the tornado compares (the mean again, or a percentile; see {@link ConditionalTornado}).
 *
 * @param outcome  outcome column
 * @param variable input id
 * @param bin      bin number, 1 for the lowest values of the input
 * @param lower    the bin's lower end (its value for a single-value bin; NaN where the support is unbounded)
 * @param upper    the bin's upper end (its value for a single-value bin; NaN where the support is unbounded)
 * @param n        samples in the bin
 * @param mean     the outcome's mean in the bin (NaN when the bin is empty)
 * @param se       the standard error of that mean (NaN below two samples)
 * @param value    the compared statistic in the bin: the mean, or the chosen percentile (NaN when the bin is empty)
 */
public record ConditionalBin(String outcome, String variable, int bin, double lower, double upper, long n,
                             double mean, double se, double value) {
    /**
     * Checks the parts.
     *
     * @param outcome  outcome column
     * @param variable input id
     * @param bin      bin number, 1 for the lowest values of the input
     * @param lower    the bin's lower end
     * @param upper    the bin's upper end
     * @param n        samples in the bin
     * @param mean     the outcome's mean in the bin
     * @param se       the standard error of that mean
     * @param value    the compared statistic in the bin
     * @throws NullPointerException     when the outcome or variable is null
     * @throws IllegalArgumentException when {@code bin < 1} or {@code n < 0}
     */
    public ConditionalBin {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variable, "variable");
        if (bin < 1 || n < 0) {
            throw new IllegalArgumentException("bin " + bin + " with " + n + " samples; need bin >= 1 and n >= 0");
        }
    }
}
