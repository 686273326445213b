package fi.foresight.sensitivity;

import java.util.Arrays;

/**
 * The PAWN index of one input (Pianosi and Wagener 2015, 2018) from a given sample, as SALib's {@code pawn}
 * computes it: the input's empirical quantiles at 0, 1/S, …, 1 cut the sample into S slices
 * [q<sub>s</sub>, q<sub>s+1</sub>); in each slice the Kolmogorov–Smirnov distance between the outcome's empirical
 * distribution in the slice and in the whole sample; and the minimum, mean, median, maximum and coefficient of
 * variation (population standard deviation over the mean) of those distances over the non-empty slices. One
 * difference from SALib: the last slice is closed, [q<sub>S-1</sub>, q<sub>S</sub>], so that the largest value of
 * the input is in a slice; for a Bernoulli event, whose quantiles all lie on 0 and 1, SALib's half-open last slice
 * [1, 1) is empty and the sample in which the event happens is never looked at. And an input with at most S
 * distinct values (a Bernoulli event, a discrete driver) is conditioned on each of its values instead: quantile
 * slices would merge or empty them.
 */
final class Pawn {
    /** Minimum, mean, median, maximum and coefficient of variation of the slices' KS distances. */
    record Statistics(double minimum, double mean, double median, double maximum, double cv) {
    }

    private Pawn() {
    }

    /**
     * The PAWN statistics of one input.
     *
     * @param y       the outcomes
     * @param sortedY the same outcomes in ascending order
     * @param x       the input's values of the same rows
     * @param slices  the number of slices S
     */
    static Statistics of(double[] y, double[] sortedY, double[] x, int slices) {
        int n = y.length;
        double[] xs = x.clone();
        Arrays.sort(xs);
        int distinct = 1;
        for (int r = 1; r < n; r++) {
            if (xs[r] != xs[r - 1]) {
                distinct++;
            }
        }
        if (distinct <= slices) {
            return byValue(y, sortedY, x, xs, distinct);
        }
        double[] q = new double[slices + 1];
        double step = 1.0 / slices;
        for (int s = 0; s <= slices; s++) {
            q[s] = quantile(xs, s == slices ? 1.0 : s * step);
        }
        double[] ks = new double[slices];
        int used = 0;
        double[] sel = new double[n];
        for (int s = 0; s < slices; s++) {
            int size = 0;
            boolean last = s == slices - 1;
            for (int r = 0; r < n; r++) {
                if (x[r] >= q[s] && (x[r] < q[s + 1] || last && x[r] <= q[s + 1])) {
                    sel[size++] = y[r];
                }
            }
            if (size > 0) {
                double[] part = Arrays.copyOf(sel, size);
                Arrays.sort(part);
                ks[used++] = distance(part, sortedY);
            }
        }
        return summary(ks, used);
    }

    /** One slice per distinct value of the input. */
    private static Statistics byValue(double[] y, double[] sortedY, double[] x, double[] xs, int distinct) {
        int n = y.length;
        double[] ks = new double[distinct];
        double[] sel = new double[n];
        int used = 0;
        for (int r = 0; r < n; r++) {
            if (r > 0 && xs[r] == xs[r - 1]) {
                continue;
            }
            double v = xs[r];
            int size = 0;
            for (int i = 0; i < n; i++) {
                if (x[i] == v) {
                    sel[size++] = y[i];
                }
            }
            double[] part = Arrays.copyOf(sel, size);
            Arrays.sort(part);
            ks[used++] = distance(part, sortedY);
        }
        return summary(ks, used);
    }

    private static Statistics summary(double[] ks, int used) {
        if (used == 0) {
            return new Statistics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] d = Arrays.copyOf(ks, used);
        Arrays.sort(d);
        double mean = 0;
        for (double v : d) {
            mean += v;
        }
        mean /= used;
        double ss = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
        }
        double median = used % 2 == 1 ? d[used / 2] : (d[used / 2 - 1] + d[used / 2]) / 2;
        return new Statistics(d[0], mean, median, d[used - 1], Math.sqrt(ss / used) / mean);
    }

    /** The p-quantile of sorted values, linear between order statistics (NumPy's default, its lerp included). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double t = h - lo;
        double a = sorted[lo];
        double b = sorted[hi];
        return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
    }

    /** The two-sample Kolmogorov–Smirnov distance sup |F₁ - F₂| of two sorted samples. */
    static double distance(double[] a, double[] b) {
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < a.length && j < b.length) {
            double v = Math.min(a[i], b[j]);
            while (i < a.length && a[i] <= v) {
                i++;
            }
            while (j < b.length && b[j] <= v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / a.length - (double) j / b.length));
        }
        return d;
    }
}
