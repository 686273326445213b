package fi.foresight.chart;

/**
 * The five percentiles a box plot is drawn from: whiskers from P5 to P95, the box from P25 to P75 and a
 * line at the median P50. (Not Tukey's 1.5-IQR whiskers: Monte Carlo results keep percentiles, and P5–P95
 * is the 90 % range a reader of a foresight study expects; no outliers are drawn.)
 *
 * <pre>{@code
 * FiveNumbers s = new FiveNumbers(2.1, 3.0, 3.4, 3.9, 4.8);
 * }</pre>
 *
 * @param p05 5th percentile
 * @param p25 25th percentile (bottom of the box)
 * @param p50 median
 * @param p75 75th percentile (top of the box)
 * @param p95 95th percentile
 */
public record FiveNumbers(double p05, double p25, double p50, double p75, double p95) {

    /**
     * Checks the values are finite and ordered {@code p05 <= p25 <= p50 <= p75 <= p95}.
     *
     * @param p05 5th percentile
     * @param p25 25th percentile (bottom of the box)
     * @param p50 median
     * @param p75 75th percentile (top of the box)
     * @param p95 95th percentile
     */
    public FiveNumbers {
        double[] v = {p05, p25, p50, p75, p95};
        String[] names = {"p05", "p25", "p50", "p75", "p95"};
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(names[i] + " is " + v[i] + "; it must be a finite number");
            }
            if (i > 0 && v[i] < v[i - 1]) {
                throw new IllegalArgumentException(names[i - 1] + " (" + v[i - 1] + ") > " + names[i] + " ("
                        + v[i] + "); percentiles must satisfy p05 <= p25 <= p50 <= p75 <= p95");
            }
        }
    }
}
