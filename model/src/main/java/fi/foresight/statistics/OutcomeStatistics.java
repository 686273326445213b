package fi.foresight.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * The statistics of one outcome column in one scenario × lever: moments, percentiles, the distribution for
 * charts, and the running mean.
 *
 * <p><b>Percentiles.</b> The nine reported percentiles ({@link #PERCENTILES}) are the smallest value x with at
 * least p·n samples ≤ x. While fewer than {@value QuantileSketch#EXACT_LIMIT} samples were drawn every value is
 * retained and they are exact ({@link #exact()}); beyond that they come from a deterministic
 * {@link QuantileSketch} whose guaranteed rank error is {@link #rankErrorBound()} (≤ 0.1% of n for n up to
 * 10<sup>9</sup>). After the run, exact statistics keep every value; otherwise the distribution is kept as
 * {@value #GRID} + 1 quantiles at p = i / {@value #GRID}, and {@link #quantile(double)}, {@link #cdf(double)}
 * and {@link #histogram(int)} interpolate linearly between them (extra rank error ≤ 1/{@value #GRID}).
 */
public final class OutcomeStatistics implements MomentStatistics {
    /** The reported percentiles. */
    public static final double[] PERCENTILES = {0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99};
    /** Intervals of the kept quantile grid. */
    public static final int GRID = 4096;

    private final String outcome;
    private final Moments moments;
    private final double[] percentiles;
    private final boolean exact;
    private final double rankErrorBound;
    /** All values (exact) or the quantile grid. */
    private final double[] points;
    private final List<ConvergencePoint> convergence;

    private OutcomeStatistics(String outcome, Moments moments, double[] percentiles, boolean exact,
                              double rankErrorBound, double[] points, List<ConvergencePoint> convergence) {
        this.outcome = outcome;
        this.moments = moments;
        this.percentiles = percentiles;
        this.exact = exact;
        this.rankErrorBound = rankErrorBound;
        this.points = points;
        this.convergence = List.copyOf(convergence);
    }

    /**
     * The statistics of one outcome from its merged moments and quantile sketch.
     *
     * @param outcome     the outcome column
     * @param m           the merged moments
     * @param sketch      the merged quantile sketch
     * @param convergence the running mean and its standard error along the run
     * @return the statistics
     */
    public static OutcomeStatistics of(String outcome, Moments m, QuantileSketch sketch,
                                       List<ConvergencePoint> convergence) {
        WeightedCdf cdf = sketch.cdf();
        double[] pct = cdf.quantiles(PERCENTILES);
        boolean exact = sketch.isExact();
        double[] points;
        if (exact) {
            points = cdf.items();
        } else {
            points = new double[GRID + 1];
            for (int i = 0; i <= GRID; i++) {
                points[i] = cdf.quantile((double) i / GRID);
            }
        }
        return new OutcomeStatistics(outcome, m, pct, exact, sketch.rankErrorBound(), points, convergence);
    }

    /**
     * The outcome column.
     *
     * @return the column name
     */
    public String outcome() {
        return outcome;
    }

    /**
     * Count, mean, variance, minimum and maximum, accumulated exactly over all samples.
     *
     * @return the moments
     */
    @Override
    public Moments moments() {
        return moments;
    }

    /**
     * The nine percentiles in {@link #PERCENTILES} order.
     *
     * @return a copy of the percentiles
     */
    public double[] percentiles() {
        return percentiles.clone();
    }

    /**
     * One of the nine reported percentiles, e.g. {@code percentile(95)}.
     *
     * @param percent 1, 5, 10, 25, 50, 75, 90, 95 or 99
     * @return the percentile, in the outcome's unit
     * @throws IllegalArgumentException when {@code percent} is not reported
     */
    public double percentile(int percent) {
        return percentiles[percentileIndex(percent)];
    }

    /**
     * The position of {@code percent} (1, 5, 10, 25, 50, 75, 90, 95 or 99) in {@link #PERCENTILES}; any other value is
     * an {@link IllegalArgumentException}. Shared by every statistic that keeps these nine percentiles.
     *
     * @param percent 1, 5, 10, 25, 50, 75, 90, 95 or 99
     * @return its index, 0 to 8
     * @throws IllegalArgumentException when {@code percent} is not reported
     */
    public static int percentileIndex(int percent) {
        for (int i = 0; i < PERCENTILES.length; i++) {
            if (Math.round(PERCENTILES[i] * 100) == percent) {
                return i;
            }
        }
        throw new IllegalArgumentException("percentile " + percent + " is not reported; reported are 1, 5, 10, 25, "
                + "50, 75, 90, 95, 99 (use quantile(p) for others)");
    }

    /**
     * True when every value was retained and the percentiles are exact.
     *
     * @return whether the percentiles are exact
     */
    public boolean exact() {
        return exact;
    }

    /**
     * Guaranteed rank error of the reported percentiles as a fraction of n (0 when exact).
     *
     * @return the bound, 0 when exact
     */
    public double rankErrorBound() {
        return rankErrorBound;
    }

    /**
     * The running mean with its standard error at checkpoints, ending at n.
     *
     * @return the checkpoints
     */
    public List<ConvergencePoint> convergence() {
        return convergence;
    }

    /**
     * Any quantile: exact when {@link #exact()}, otherwise interpolated in the kept grid.
     *
     * @param p the probability, in [0, 1]
     * @return the quantile
     * @throws IllegalArgumentException when {@code p} is outside [0, 1]
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability is " + p + "; must be in [0, 1]");
        }
        if (p == 0) {
            return min();
        }
        if (exact) {
            int i = (int) Math.ceil(p * points.length) - 1;
            return points[Math.max(0, Math.min(points.length - 1, i))];
        }
        double pos = p * GRID;
        int i = Math.min(GRID - 1, (int) Math.floor(pos));
        return points[i] + (pos - i) * (points[i + 1] - points[i]);
    }

    /**
     * The share of samples ≤ x: exact when {@link #exact()}, otherwise interpolated in the kept grid.
     *
     * @param x a value of the outcome
     * @return the share, in [0, 1]
     */
    public double cdf(double x) {
        if (x < min()) {
            return 0;
        }
        if (x >= max()) {
            return 1;
        }
        int above = upperBound(points, x);
        if (exact) {
            return (double) above / points.length;
        }
        int i = above - 1;
        int j = above;
        double frac = (x - points[i]) / (points[j] - points[i]);
        return (i + frac) / GRID;
    }

    /**
     * Counts in {@code bins} equal bins over [min, max] (a single value gets one bin around it).
     *
     * @param bins at least 1
     * @return the histogram
     * @throws IllegalArgumentException when {@code bins < 1}
     */
    public Histogram histogram(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins is " + bins + "; must be >= 1");
        }
        double lo = min();
        double hi = max();
        if (!(hi > lo)) {
            double half = lo == 0 ? 0.5 : Math.abs(lo) * 0.01;
            return new Histogram(new double[] {lo - half, lo + half}, new double[] {n()}, n());
        }
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = b == bins ? hi : lo + (hi - lo) * b / bins;
        }
        return histogram(edges);
    }

    /**
     * Counts in the bins [eᵢ, eᵢ₊₁) between the given increasing edges, the last bin closed; values outside
     * the edges are not counted. Exact when {@link #exact()}, otherwise n times differences of the grid CDF.
     *
     * @param edges at least 2 increasing bin edges
     * @return the histogram
     * @throws IllegalArgumentException when there are fewer than 2 edges or they do not increase
     */
    public Histogram histogram(double[] edges) {
        int bins = edges.length - 1;
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least 2 edges, got " + edges.length);
        }
        double[] counts = new double[bins];
        if (exact) {
            for (double v : points) {
                if (v < edges[0] || v > edges[bins]) {
                    continue;
                }
                counts[Math.min(bins - 1, upperBound(edges, v) - 1)]++;
            }
        } else {
            double previous = cdfBelow(edges[0]);
            for (int b = 0; b < bins; b++) {
                double f = b == bins - 1 ? cdf(edges[bins]) : cdfBelow(edges[b + 1]);
                counts[b] = Math.max(0, n() * (f - previous));
                previous = f;
            }
        }
        return new Histogram(edges, counts, n());
    }

    /** Share of samples strictly below x, from the grid. */
    private double cdfBelow(double x) {
        int first = lowerBound(points, x);
        if (first == 0) {
            return 0;
        }
        if (first > GRID) {
            return 1;
        }
        int i = first - 1;
        double frac = (x - points[i]) / (points[first] - points[i]);
        return (i + frac) / GRID;
    }

    private static int upperBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int lowerBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: n=%d mean=%.6g sd=%.6g p05=%.6g p50=%.6g p95=%.6g%s",
                outcome, n(), mean(), sd(), percentiles[1], percentiles[4], percentiles[7], exact ? " (exact)" : "");
    }

    /** Equality of the statistics (used to compare runs). */
    @Override
    public boolean equals(Object o) {
        return o instanceof OutcomeStatistics s && s.outcome.equals(outcome) && s.moments.equals(moments)
                && Arrays.equals(s.percentiles, percentiles) && s.exact == exact && Arrays.equals(s.points, points)
                && s.convergence.equals(convergence);
    }

    @Override
    public int hashCode() {
        return outcome.hashCode() * 31 + moments.hashCode();
    }
}
