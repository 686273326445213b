package fi.foresight.statistics;

import fi.foresight.analysis.PartialBytes;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A deterministic, mergeable quantile sketch with a proven rank-error bound (merge-and-reduce in the manner of
 * Manku, Rajagopalan and Lindsay, 1998).
 *
 * <p>Values enter a staging buffer with weight 1. Every time it holds {@code k} values they become a sorted
 * buffer at level 0; levels work like a binary counter: two buffers of level ℓ (items of weight 2<sup>ℓ</sup>)
 * are merged into 2k sorted items and <em>compacted</em> by keeping every other item (starting at offset 0
 * and 1 alternately per level), giving one buffer of k items of weight 2<sup>ℓ+1</sup> at level ℓ + 1. Total
 * weight is always exactly the count.
 *
 * <p><b>Error bound.</b> For any x, one compaction at level ℓ changes the estimated number of values ≤ x by at
 * most 2<sup>ℓ</sup>; a compaction at level ℓ consumes 2k·2<sup>ℓ</sup> of weight, so there are at most
 * n / (2k·2<sup>ℓ</sup>) of them and the total rank error is at most {@code L · n / (2k)}, where L is the
 * number of levels that compacted (2k·2<sup>L−1</sup> ≤ n). This holds in any merge order. With the default
 * k = {@value #DEFAULT_K} and n = 10<sup>9</sup>, L ≤ 16 and the bound is 16 / 16384 = 0.098% of n; at
 * n = 10<sup>6</sup> it is 0.037%. The bound actually achieved is {@link #rankErrorBound()} (it counts the
 * compactions performed). A quantile query for probability p returns a stored value v whose true rank range
 * [#values &lt; v, #values ≤ v] lies within that bound of p·n.
 *
 * <p><b>Exactness.</b> Until the first compaction (fewer than 2k = {@value #EXACT_LIMIT} values), every value is
 * retained and quantiles are exact. Quantiles are of the inverse-empirical-CDF kind: the smallest value x with
 * at least p·n values ≤ x ({@code p = 0} gives the minimum, which is tracked exactly, as is the maximum).
 *
 * <p><b>Determinism.</b> The state depends only on the sequence of {@link #addSorted} / {@link #merge} calls,
 * never on timing; the Monte Carlo engine feeds blocks in block order.
 *
 * <pre>{@code
 * QuantileSketch s = new QuantileSketch();
 * s.add(values, values.length);
 * s.quantile(0.95);
 * s.rankErrorBound();     // e.g. 4.9e-4 at 10^6 values
 * }</pre>
 */
public final class QuantileSketch {
    /** Default buffer size k. */
    public static final int DEFAULT_K = 8192;
    /** Counts below which the default sketch is exact. */
    public static final int EXACT_LIMIT = 2 * DEFAULT_K;

    private final int k;
    /** Sorted values of weight 1, fewer than k between calls. */
    private double[] staging = new double[0];
    private int staged;
    private double[] scratch = new double[0];
    /** levels[ℓ]: null or k sorted items of weight 2^ℓ. */
    private double[][] levels = new double[0][];
    private long[] compactions = new long[0];
    private final ArrayDeque<double[]> spare = new ArrayDeque<>();
    private long count;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** A sketch with buffer size {@link #DEFAULT_K}. */
    public QuantileSketch() {
        this(DEFAULT_K);
    }

    /**
     * A sketch with buffer size k (even, &ge; 2): memory about k · (log₂(n / k) + 2) doubles.
     *
     * @param k the buffer size, even and &ge; 2
     * @throws IllegalArgumentException when {@code k} is odd or below 2
     */
    public QuantileSketch(int k) {
        if (k < 2 || k % 2 != 0) {
            throw new IllegalArgumentException("buffer size k is " + k + "; must be even and >= 2");
        }
        this.k = k;
    }

    /**
     * A priori rank-error bound (fraction of n) of a sketch with buffer size k after n values.
     *
     * @param n the number of values added
     * @param k the buffer size
     * @return the worst-case rank error as a fraction of n (0 for n = 0)
     */
    public static double boundFor(long n, int k) {
        int levels = 0;
        while (levels < 62 && (2L * k << levels) <= n) {
            levels++;
        }
        return n == 0 ? 0 : (double) levels / (2.0 * k);
    }

    /**
     * Adds {@code values[0..n)} (sorted internally; the array is not modified). NaN is rejected.
     *
     * @param values the array holding the values
     * @param n how many values, from index 0, to add
     * @throws IllegalArgumentException when a value is NaN
     */
    public void add(double[] values, int n) {
        double[] copy = Arrays.copyOf(values, n);
        Arrays.sort(copy);
        addSorted(copy, n);
    }

    /**
     * Adds {@code sorted[0..n)}, which must be in ascending order and free of NaN.
     *
     * @param sorted the array holding the values in ascending order
     * @param n how many values, from index 0, to add
     * @throws IllegalArgumentException when a value is NaN
     */
    public void addSorted(double[] sorted, int n) {
        if (n == 0) {
            return;
        }
        if (Double.isNaN(sorted[n - 1]) || Double.isNaN(sorted[0])) {
            throw new IllegalArgumentException("NaN cannot be placed in a quantile sketch");
        }
        count += n;
        min = Math.min(min, sorted[0]);
        max = Math.max(max, sorted[n - 1]);
        stage(sorted, n);
    }

    /**
     * Adds everything in {@code other} (after what this sketch already holds); {@code other} is unchanged.
     *
     * @param other a sketch with the same buffer size
     * @throws IllegalArgumentException when the buffer sizes differ
     */
    public void merge(QuantileSketch other) {
        absorb(other, true);
    }

    /**
     * Like {@link #merge} but takes over other's buffers; other must not be used afterwards.
     *
     * @param other a sketch with the same buffer size, given up by its owner
     * @throws IllegalArgumentException when the buffer sizes differ
     */
    public void absorb(QuantileSketch other) {
        absorb(other, false);
    }

    private void absorb(QuantileSketch other, boolean copy) {
        if (other.k != k) {
            throw new IllegalArgumentException("cannot merge sketches with buffer sizes " + k + " and " + other.k);
        }
        if (other.count == 0) {
            return;
        }
        count += other.count;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        grow(other.levels.length);
        for (int l = 0; l < other.compactions.length; l++) {
            compactions[l] += other.compactions[l];
        }
        stage(other.staging, other.staged);
        for (int l = 0; l < other.levels.length; l++) {
            double[] b = other.levels[l];
            if (b != null) {
                carry(l, copy ? b.clone() : b);
            }
        }
    }

    /**
     * The number of values added.
     *
     * @return the number of values added, including those merged in
     */
    public long count() {
        return count;
    }

    /**
     * The smallest value added (exact).
     *
     * @return the minimum ({@code +Infinity} before any value)
     */
    public double min() {
        return min;
    }

    /**
     * The largest value added (exact).
     *
     * @return the maximum ({@code -Infinity} before any value)
     */
    public double max() {
        return max;
    }

    /**
     * True while no compaction has happened: every value is retained and quantiles are exact.
     *
     * @return true when quantiles are exact order statistics of all values added
     */
    public boolean isExact() {
        return Arrays.stream(compactions).allMatch(c -> c == 0);
    }

    /**
     * The guaranteed bound on |estimated rank − true rank| as a fraction of the count, from the compactions
     * performed: Σ<sub>ℓ</sub> c<sub>ℓ</sub> 2<sup>ℓ</sup> / n; 0 when exact.
     *
     * @return the bound as a fraction of {@link #count()}; 0 when exact or empty
     */
    public double rankErrorBound() {
        double e = 0;
        for (int l = 0; l < compactions.length; l++) {
            e += compactions[l] * Math.pow(2, l);
        }
        return count == 0 ? 0 : e / count;
    }

    /**
     * The quantile for probability p in [0, 1] (see the class comment); NaN when empty.
     *
     * @param p the probability, in [0, 1]
     * @return the estimated quantile, or NaN when no value was added
     * @throws IllegalArgumentException when {@code p} is outside [0, 1]
     */
    public double quantile(double p) {
        return cdf().quantile(p);
    }

    /**
     * Quantiles for several probabilities at once.
     *
     * @param ps the probabilities, each in [0, 1]
     * @return the estimated quantiles, in the order of {@code ps}
     * @throws IllegalArgumentException when a probability is outside [0, 1]
     */
    public double[] quantiles(double... ps) {
        return cdf().quantiles(ps);
    }

    /**
     * The weighted, sorted items of the sketch: a step CDF to query many quantiles.
     *
     * @return a snapshot of the retained values with their weights; later additions do not change it
     */
    public WeightedCdf cdf() {
        double[] values = Arrays.copyOf(staging, staged);
        long[] weights = new long[staged];
        Arrays.fill(weights, 1);
        for (int l = 0; l < levels.length; l++) {
            double[] b = levels[l];
            if (b == null) {
                continue;
            }
            long w = 1L << l;
            double[] mv = new double[values.length + b.length];
            long[] mw = new long[mv.length];
            int i = 0;
            int j = 0;
            int o = 0;
            while (i < values.length || j < b.length) {
                if (j >= b.length || (i < values.length && values[i] <= b[j])) {
                    mv[o] = values[i];
                    mw[o++] = weights[i++];
                } else {
                    mv[o] = b[j++];
                    mw[o++] = w;
                }
            }
            values = mv;
            weights = mw;
        }
        return new WeightedCdf(values, weights, count, min, max);
    }

    /** Merges a sorted run into the staging buffer and moves every full k values to level 0. */
    private void stage(double[] sorted, int n) {
        int total = staged + n;
        if (scratch.length < total) {
            scratch = new double[Math.max(total, 2 * k)];
        }
        merge(staging, staged, sorted, n, scratch);
        double[] out = scratch;
        scratch = staging;
        staging = out;
        staged = total;
        int from = 0;
        while (staged - from >= k) {
            double[] buffer = take();
            System.arraycopy(staging, from, buffer, 0, k);
            carry(0, buffer);
            from += k;
        }
        if (from > 0) {
            System.arraycopy(staging, from, staging, 0, staged - from);
            staged -= from;
        }
    }

    /** Places a buffer of k sorted items at a level, compacting upwards while the level is occupied. */
    private void carry(int level, double[] buffer) {
        double[] b = buffer;
        int l = level;
        while (true) {
            grow(l + 1);
            double[] here = levels[l];
            if (here == null) {
                levels[l] = b;
                return;
            }
            double[] kept = take();
            mergeCompact(here, b, kept, (int) (compactions[l] & 1));
            compactions[l]++;
            levels[l] = null;
            recycle(here);
            recycle(b);
            b = kept;
            l++;
        }
    }

    /**
     * Merges two sorted k-arrays and keeps the items at merged positions offset, offset + 2, … The merge
     * step is branch-free (the comparison becomes a 0/1 index step and a bit mask picks the value), since
     * the comparison of random data mispredicts about half the time.
     */
    private void mergeCompact(double[] a, double[] b, double[] out, int offset) {
        int i = 0;
        int j = 0;
        int t = 0;
        while (i < k && j < k) {
            double x = a[i];
            double y = b[j];
            int takeA = x <= y ? 1 : 0;
            if ((t & 1) == offset) {
                out[t >> 1] = pick(takeA, x, y);
            }
            i += takeA;
            j += 1 - takeA;
            t++;
        }
        for (; i < k; i++, t++) {
            if ((t & 1) == offset) {
                out[t >> 1] = a[i];
            }
        }
        for (; j < k; j++, t++) {
            if ((t & 1) == offset) {
                out[t >> 1] = b[j];
            }
        }
    }

    /** Merges sorted a[0..na) and b[0..nb) into out (branch-free, like {@link #mergeCompact}). */
    private static void merge(double[] a, int na, double[] b, int nb, double[] out) {
        int i = 0;
        int j = 0;
        int o = 0;
        while (i < na && j < nb) {
            double x = a[i];
            double y = b[j];
            int takeA = x <= y ? 1 : 0;
            out[o++] = pick(takeA, x, y);
            i += takeA;
            j += 1 - takeA;
        }
        while (i < na) {
            out[o++] = a[i++];
        }
        while (j < nb) {
            out[o++] = b[j++];
        }
    }

    /** x when take is 1, y when it is 0, selected through a bit mask. */
    private static double pick(int take, double x, double y) {
        long mask = -take;
        return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & mask) | (Double.doubleToRawLongBits(y) & ~mask));
    }

    private void recycle(double[] b) {
        if (spare.size() < 4) {
            spare.push(b);
        }
    }

    private double[] take() {
        double[] b = spare.poll();
        return b != null ? b : new double[k];
    }

    private void grow(int size) {
        if (levels.length < size) {
            levels = Arrays.copyOf(levels, size);
            compactions = Arrays.copyOf(compactions, size);
        }
    }

    /**
     * Writes the whole state (for partial results computed elsewhere); {@link #read} restores it exactly.
     *
     * @param out where the state goes
     */
    public void write(PartialBytes.Writer out) {
        out.putInt(k).putLong(count).putDouble(min).putDouble(max);
        out.putInt(staged).putDoubles(staging, 0, staged);
        out.putInt(levels.length);
        for (int l = 0; l < levels.length; l++) {
            out.putLong(compactions[l]).putBoolean(levels[l] != null);
            if (levels[l] != null) {
                out.putDoubles(levels[l], 0, k);
            }
        }
    }

    /**
     * A sketch in the state {@link #write} wrote.
     *
     * @param in the bytes {@link #write} wrote, at their start
     * @return the sketch, exactly as written
     */
    public static QuantileSketch read(PartialBytes.Reader in) {
        var s = new QuantileSketch(in.getInt());
        s.count = in.getLong();
        s.min = in.getDouble();
        s.max = in.getDouble();
        s.staged = in.getInt();
        s.staging = in.getDoubles(s.staged);
        int levels = in.getInt();
        s.grow(levels);
        for (int l = 0; l < levels; l++) {
            s.compactions[l] = in.getLong();
            if (in.getBoolean()) {
                s.levels[l] = in.getDoubles(s.k);
            }
        }
        return s;
    }
}
