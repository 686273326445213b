package fi.foresight.chart;

/**
 * Percentile paths of an outcome over time for a fan chart: at every time point
 * {@code p05 <= p25 <= p50 <= p75 <= p95}. Arrays are copied in and out.
 *
 * <pre>{@code
 * FanBands bands = new FanBands(p05, p25, p50, p75, p95);
 * XySpec fan = Charts.fan(Text.plain("Emissions"), Text.of("Year", "Vuosi"), Text.plain("Mt CO2e"), years, bands);
 * }</pre>
 *
 * @param p05 5th percentile at every time point
 * @param p25 25th percentile at every time point
 * @param p50 median at every time point
 * @param p75 75th percentile at every time point
 * @param p95 95th percentile at every time point
 */
public record FanBands(double[] p05, double[] p25, double[] p50, double[] p75, double[] p95) {

    /**
     * Checks equal lengths (at least one point), finiteness and the pointwise order of the percentiles.
     *
     * @param p05 5th percentile at every time point
     * @param p25 25th percentile at every time point
     * @param p50 median at every time point
     * @param p75 75th percentile at every time point
     * @param p95 95th percentile at every time point
     */
    public FanBands {
        double[][] v = {p05, p25, p50, p75, p95};
        String[] names = {"p05", "p25", "p50", "p75", "p95"};
        for (int k = 0; k < v.length; k++) {
            Checks.nonEmptyFinite(names[k], v[k]);
            Checks.sameLength(names[k], v[k].length, "p05", v[0].length);
        }
        for (int t = 0; t < p05.length; t++) {
            for (int k = 1; k < v.length; k++) {
                if (v[k][t] < v[k - 1][t]) {
                    throw new IllegalArgumentException(names[k - 1] + "[" + t + "] (" + v[k - 1][t] + ") > "
                            + names[k] + "[" + t + "] (" + v[k][t] + "); percentiles must not cross");
                }
            }
        }
        p05 = p05.clone();
        p25 = p25.clone();
        p50 = p50.clone();
        p75 = p75.clone();
        p95 = p95.clone();
    }

    /** Number of time points. */
    public int size() {
        return p50.length;
    }

    /**
     * The 5th percentile at every time point.
     *
     * @return a copy of the values
     */
    @Override
    public double[] p05() {
        return p05.clone();
    }

    /**
     * The 25th percentile at every time point.
     *
     * @return a copy of the values
     */
    @Override
    public double[] p25() {
        return p25.clone();
    }

    /**
     * The 50th (the median) percentile at every time point.
     *
     * @return a copy of the values
     */
    @Override
    public double[] p50() {
        return p50.clone();
    }

    /**
     * The 75th percentile at every time point.
     *
     * @return a copy of the values
     */
    @Override
    public double[] p75() {
        return p75.clone();
    }

    /**
     * The 95th percentile at every time point.
     *
     * @return a copy of the values
     */
    @Override
    public double[] p95() {
        return p95.clone();
    }
}
