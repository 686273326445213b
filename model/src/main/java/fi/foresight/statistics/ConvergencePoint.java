package fi.foresight.statistics;

/**
 * The running mean of an outcome after {@code n} samples, with its standard error.
 *
 * @param n    samples so far
 * @param mean running mean
 * @param se   standard error of the running mean (NaN for n &lt; 2)
 */
public record ConvergencePoint(long n, double mean, double se) {
    /** The two-sided 95% normal quantile Φ⁻¹(0.975). */
    public static final double Z95 = 1.959963984540054;

    /**
     * Checks the parts.
     *
     * @param n    samples so far
     * @param mean running mean
     * @param se   standard error of the running mean (NaN for n &lt; 2)
     * @throws IllegalArgumentException when {@code n < 1}
     */
    public ConvergencePoint {
        if (n < 1) {
            throw new IllegalArgumentException("a convergence point needs n >= 1, got " + n);
        }
    }

    /**
     * Lower end of the 95% confidence interval.
     *
     * @return the mean minus 1.96 ({@link #Z95}) standard errors
     */
    public double lower() {
        return mean - Z95 * se;
    }

    /**
     * Upper end of the 95% confidence interval.
     *
     * @return the mean plus 1.96 ({@link #Z95}) standard errors
     */
    public double upper() {
        return mean + Z95 * se;
    }
}
