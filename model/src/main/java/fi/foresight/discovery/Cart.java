package fi.foresight.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * CART for scenario discovery (Breiman et al. 1984; Lempert et al. 2008): a shallow binary classification tree
 * grown by the Gini impurity, each split the one that lowers the weighted impurity of the two children most (numeric
 * inputs at the midpoint between neighbouring values; categorical inputs by the optimal ordering of their values by
 * share of cases), with at least {@code massMin} of all futures in every leaf and at most {@code depth} levels. Its
 * leaves in which the condition holds for the majority of futures are the boxes, the one with the highest coverage
 * first. Ties are broken by input order, so the tree depends on the data only.
 */
public final class Cart {
    private int depth = 3;
    private double massMin = 0.05;

    /**
     * The most levels of splits (default 3).
     *
     * @param depth 1 to 8
     * @return this
     * @throws IllegalArgumentException when out of range
     */
    public Cart depth(int depth) {
        if (depth < 1 || depth > 8) {
            throw new IllegalArgumentException("depth (" + depth + ") must be between 1 and 8");
        }
        this.depth = depth;
        return this;
    }

    /**
     * The smallest share of all futures in a leaf (default 0.05).
     *
     * @param massMin in (0, 0.5)
     * @return this
     * @throws IllegalArgumentException when out of range
     */
    public Cart massMin(double massMin) {
        if (!(massMin > 0 && massMin < 0.5)) {
            throw new IllegalArgumentException("mass_min (" + massMin + ") must be between 0 and 0.5");
        }
        this.massMin = massMin;
        return this;
    }

    /**
     * Grows the tree and returns its leaves where the condition holds for most futures.
     *
     * @param data the futures
     * @return the boxes, the highest coverage first (ties: tree order)
     */
    public List<DiscoveryBox> find(DiscoveryData data) {
        int n = data.size();
        int d = data.inputs();
        double[] lower = new double[d];
        double[] upper = new double[d];
        long[] allowed = new long[d];
        for (int k = 0; k < d; k++) {
            lower[k] = Double.NEGATIVE_INFINITY;
            upper[k] = Double.POSITIVE_INFINITY;
            allowed[k] = -1L;
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        var leaves = new ArrayList<DiscoveryBox>();
        grow(data, all, 0, lower, upper, allowed, Math.max(1, (int) Math.ceil(massMin * n)), data.cases(), leaves);
        var sorted = new ArrayList<>(leaves);
        sorted.sort((a, b) -> Double.compare(b.coverage(), a.coverage()));
        var out = new ArrayList<DiscoveryBox>();
        for (DiscoveryBox b : sorted) {
            out.add(new DiscoveryBox(out.size() + 1, b.restrictions(), b.coverage(), b.density(), b.mass(), List.of()));
        }
        return out;
    }

    private void grow(DiscoveryData data, int[] idx, int level, double[] lower, double[] upper, long[] allowed,
                      int minLeaf, int totalCases, List<DiscoveryBox> leaves) {
        int cases = 0;
        for (int i : idx) {
            cases += data.y()[i] ? 1 : 0;
        }
        CartSplit split = level < depth && cases > 0 && cases < idx.length ? CartSplit.best(data, idx, minLeaf) : null;
        if (split == null) {
            if (2L * cases > idx.length) {
                leaves.add(leaf(data, lower, upper, allowed, idx.length, cases, totalCases));
            }
            return;
        }
        int k = split.input();
        int[][] parts = split.partition(data, idx);
        for (int side = 0; side < 2; side++) {
            double[] l = lower.clone();
            double[] u = upper.clone();
            long[] a = allowed.clone();
            if (data.categorical(k)) {
                a[k] &= side == 0 ? split.left() : ~split.left();
            } else if (side == 0) {
                u[k] = Math.min(u[k], split.threshold());
            } else {
                l[k] = Math.max(l[k], split.threshold());
            }
            grow(data, parts[side], level + 1, l, u, a, minLeaf, totalCases, leaves);
        }
    }

    private static DiscoveryBox leaf(DiscoveryData data, double[] lower, double[] upper, long[] allowed, int count,
                                     int cases, int totalCases) {
        var r = new ArrayList<DiscoveryBox.Restriction>();
        for (int k = 0; k < data.inputs(); k++) {
            if (data.categorical(k)) {
                List<String> levels = data.levels().get(k);
                long full = levels.size() == 64 ? -1L : (1L << levels.size()) - 1;
                if ((allowed[k] & full) != full) {
                    var values = new ArrayList<String>();
                    for (int v = 0; v < levels.size(); v++) {
                        if ((allowed[k] & (1L << v)) != 0) {
                            values.add(levels.get(v));
                        }
                    }
                    r.add(new DiscoveryBox.Restriction(data.names().get(k), Double.NaN, Double.NaN, values, Double.NaN));
                }
            } else if (lower[k] > Double.NEGATIVE_INFINITY || upper[k] < Double.POSITIVE_INFINITY) {
                r.add(new DiscoveryBox.Restriction(data.names().get(k),
                        lower[k] > Double.NEGATIVE_INFINITY ? lower[k] : Double.NaN,
                        upper[k] < Double.POSITIVE_INFINITY ? upper[k] : Double.NaN, List.of(), Double.NaN));
            }
        }
        return new DiscoveryBox(0, r, (double) cases / Math.max(1, totalCases), (double) cases / count,
                (double) count / data.size(), List.of());
    }
}
