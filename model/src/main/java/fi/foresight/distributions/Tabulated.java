package fi.foresight.distributions;

import java.util.Arrays;

/**
 * A distribution given by its probability mass on consecutive cells, spread evenly within each cell (a
 * histogram density, a piecewise linear CDF): the form of a logarithmic opinion pool computed on a grid. The CDF and
 * the quantile are exact for this histogram; mean and variance are its closed forms.
 *
 * <pre>{@code
 * Tabulated t = new Tabulated(new double[] {0, 1, 2}, new double[] {1, 3});
 * t.cdf(1);          // 0.25
 * t.quantile(0.5);   // 1 + (0.5 - 0.25) / 0.75
 * }</pre>
 *
 */
public final class Tabulated implements Distribution {
    private final double[] edges;
    private final double[] masses;
    private final double[] cumulative;

    /**
     * Validates and normalises.
     *
     * @param edges  the cells' edges, strictly increasing and finite
     * @param masses each cell's mass (finite, &gt;= 0, positive total)
     */
    public Tabulated(double[] edges, double[] masses) {
        if (masses.length == 0 || edges.length != masses.length + 1) {
            throw new IllegalArgumentException(edges.length + " edges for " + masses.length + " cells; give at "
                    + "least one cell and one edge more than cells");
        }
        double total = 0;
        for (int i = 0; i < masses.length; i++) {
            Check.finite("masses[" + i + "]", masses[i]);
            if (masses[i] < 0) {
                throw new IllegalArgumentException("masses[" + i + "] (" + masses[i] + ") is negative");
            }
            total += masses[i];
        }
        for (int i = 0; i < edges.length; i++) {
            Check.finite("edges[" + i + "]", edges[i]);
            if (i > 0 && !(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("edges[" + i + "] (" + edges[i] + ") is not above the edge "
                        + "before it; edges must increase");
            }
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the masses sum to " + total + "; at least one must be positive");
        }
        double[] m = new double[masses.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = masses[i] / total;
        }
        this.edges = edges.clone();
        this.masses = m;
        this.cumulative = new double[m.length + 1];
        for (int i = 0; i < m.length; i++) {
            cumulative[i + 1] = cumulative[i] + m[i];
        }
    }

    /**
     * A copy of the edges.
     *
     * @return the edges
     */
    public double[] edges() {
        return edges.clone();
    }

    /**
     * A copy of the normalised masses.
     *
     * @return the masses, summing to 1
     */
    public double[] masses() {
        return masses.clone();
    }

    @Override
    public String type() {
        return "tabulated";
    }

    @Override
    public double mean() {
        double m = 0;
        for (int i = 0; i < masses.length; i++) {
            m += masses[i] * (edges[i] + edges[i + 1]) / 2;
        }
        return m;
    }

    @Override
    public double variance() {
        double mean = mean();
        double v = 0;
        for (int i = 0; i < masses.length; i++) {
            double mid = (edges[i] + edges[i + 1]) / 2 - mean;
            double width = edges[i + 1] - edges[i];
            v += masses[i] * (mid * mid + width * width / 12);
        }
        return v;
    }

    @Override
    public Support support() {
        int first = 0;
        while (masses[first] == 0) {
            first++;
        }
        int last = masses.length - 1;
        while (masses[last] == 0) {
            last--;
        }
        return new Support(edges[first], edges[last + 1]);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= edges[0]) {
            return 0;
        }
        if (x >= edges[edges.length - 1]) {
            return 1;
        }
        int cell = Arrays.binarySearch(edges, x);
        cell = cell >= 0 ? cell : -cell - 2;
        double share = (x - edges[cell]) / (edges[cell + 1] - edges[cell]);
        return Math.min(1, cumulative[cell] + masses[cell] * share);
    }

    @Override
    public double quantile(double p) {
        Check.level(p);
        if (p == 0) {
            return support().min();
        }
        // the first cell whose upper cumulative mass reaches p (a cell of positive mass: p > 0)
        int lo = 0;
        int hi = masses.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid + 1] >= p) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (masses[lo] == 0) {
            return support().max();
        }
        double share = Math.min(1, Math.max(0, (p - cumulative[lo]) / masses[lo]));
        return edges[lo] + share * (edges[lo + 1] - edges[lo]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tabulated t && Arrays.equals(edges, t.edges) && Arrays.equals(masses, t.masses);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edges) + Arrays.hashCode(masses);
    }

    @Override
    public String toString() {
        return "Tabulated[" + masses.length + " cells on [" + edges[0] + ", " + edges[edges.length - 1] + "]]";
    }
}
