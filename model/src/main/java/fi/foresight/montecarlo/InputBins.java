package fi.foresight.montecarlo;

import fi.foresight.distributions.Bernoulli;
import fi.foresight.distributions.Discrete;
import fi.foresight.distributions.Distribution;
import java.util.ArrayList;
import java.util.List;

/**
 * The bins of one input for a conditional tornado, fixed in advance from the input's distribution (never from the
 * sample, so every block bins alike): each value of a Bernoulli or discrete input with at most
 * {@value #MAX_VALUES} values of positive probability, otherwise the ten deciles between the quantiles at 0.1, 0.2,
 * …, 0.9. A value x falls into bin {@code #{edges < x}}: a decile bin is {@code (q_k, q_k+1]}, a value bin holds
 * exactly one value.
 *
 * @param edges  increasing cut points (empty when the input takes one value only)
 * @param lower  each bin's lower end (its value for a value bin; NaN where the support is unbounded)
 * @param upper  each bin's upper end (its value for a value bin; NaN where the support is unbounded)
 * @param values whether the bins are single values (else deciles)
 */
record InputBins(double[] edges, double[] lower, double[] upper, boolean values) {
    /** Most distinct values binned one by one; a discrete input with more is binned by deciles. */
    static final int MAX_VALUES = 20;
    /** Decile bins. */
    static final int DECILES = 10;

    /** The bins of a distribution. */
    static InputBins of(Distribution d) {
        double[] points = valuePoints(d);
        if (points != null) {
            int k = points.length;
            double[] edges = new double[Math.max(0, k - 1)];
            System.arraycopy(points, 0, edges, 0, edges.length);
            return new InputBins(edges, points.clone(), points.clone(), true);
        }
        double[] edges = new double[DECILES - 1];
        for (int k = 1; k < DECILES; k++) {
            edges[k - 1] = d.quantile((double) k / DECILES);
        }
        double[] lower = new double[DECILES];
        double[] upper = new double[DECILES];
        for (int k = 0; k < DECILES; k++) {
            lower[k] = k == 0 ? finite(d.quantile(0)) : edges[k - 1];
            upper[k] = k == DECILES - 1 ? finite(d.quantile(1)) : edges[k];
        }
        return new InputBins(edges, lower, upper, false);
    }

    /** The values of positive probability of a Bernoulli or small discrete input, else null. */
    private static double[] valuePoints(Distribution d) {
        if (d instanceof Bernoulli b) {
            var points = new ArrayList<Double>();
            if (b.probability() < 1) {
                points.add(0.0);
            }
            if (b.probability() > 0) {
                points.add(1.0);
            }
            return points.stream().mapToDouble(Double::doubleValue).toArray();
        }
        if (d instanceof Discrete disc) {
            List<Double> points = new ArrayList<>();
            for (int i = 0; i < disc.values().length; i++) {
                if (disc.probabilities()[i] > 0) {
                    points.add(disc.values()[i]);
                }
            }
            return points.size() <= MAX_VALUES ? points.stream().mapToDouble(Double::doubleValue).toArray() : null;
        }
        return null;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    /** Number of bins. */
    int size() {
        return edges.length + 1;
    }

    /** The bin of x: the number of edges below it. */
    int of(double x) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) { // first edge >= x
            int mid = (lo + hi) >>> 1;
            if (edges[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
