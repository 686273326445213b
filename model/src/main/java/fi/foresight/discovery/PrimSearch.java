package fi.foresight.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.special.Beta;

/** One PRIM box search over the active futures: peeling, pasting and the chosen box's restrictions (see {@link Prim}). */
final class PrimSearch {
    private final DiscoveryData data;
    private final int[][] order;
    private final boolean[] active;
    private final double alpha;
    private final double massMin;
    private final int totalCases;
    private final int n;
    private final double[] min0;
    private final double[] max0;
    private final long[] present0;
    private final double[] lower;
    private final double[] upper;
    private final long[] allowed;
    private final boolean[] inBox;
    private final int[] lo;
    private final int[] hi;
    private int nIn;
    private int yIn;

    PrimSearch(DiscoveryData data, int[][] order, boolean[] active, double alpha, double massMin, int totalCases) {
        this.data = data;
        this.order = order;
        this.active = active;
        this.alpha = alpha;
        this.massMin = massMin;
        this.totalCases = Math.max(1, totalCases);
        this.n = data.size();
        int d = data.inputs();
        min0 = new double[d];
        max0 = new double[d];
        present0 = new long[d];
        Arrays.fill(min0, Double.POSITIVE_INFINITY);
        Arrays.fill(max0, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < d; k++) {
            double[] x = data.x()[k];
            for (int i = 0; i < n; i++) {
                if (active[i]) {
                    min0[k] = Math.min(min0[k], x[i]);
                    max0[k] = Math.max(max0[k], x[i]);
                    if (data.categorical(k)) {
                        present0[k] |= 1L << (int) x[i];
                    }
                }
            }
        }
        lower = min0.clone();
        upper = max0.clone();
        allowed = present0.clone();
        inBox = active.clone();
        lo = new int[d];
        hi = new int[d];
        for (int k = 0; k < d; k++) {
            hi[k] = n - 1;
        }
        count();
    }

    /** The limits of a box and its counts. */
    record Snapshot(double[] lower, double[] upper, long[] allowed, int count, int cases, int restricted, int all,
                    int allCases) {
        double coverage() {
            return (double) cases / allCases;
        }

        double density() {
            return count == 0 ? 0 : (double) cases / count;
        }

        double mass() {
            return (double) count / all;
        }

        boolean holds(DiscoveryData data, int i) {
            for (int k = 0; k < lower.length; k++) {
                double v = data.x()[k][i];
                if (data.categorical(k) ? (allowed[k] & (1L << (int) v)) == 0 : v < lower[k] || v > upper[k]) {
                    return false;
                }
            }
            return true;
        }

        DiscoveryBox.Step step(int number, String phase, boolean chosen) {
            return new DiscoveryBox.Step(number, phase, coverage(), density(), mass(), restricted, chosen);
        }
    }

    /** Peels until no slice raises the density; returns the trajectory from the unrestricted box on. */
    List<Snapshot> peel() {
        var steps = new ArrayList<Snapshot>();
        steps.add(snapshot());
        while (true) {
            int m = Math.max(1, (int) Math.floor(alpha * nIn));
            double bestDensity = (double) yIn / nIn;
            int bestN = -1;
            int bestK = -1;
            int bestSide = 0;
            double bestValue = 0;
            for (int k = 0; k < data.inputs(); k++) {
                if (data.categorical(k)) {
                    int[][] counts = categoryCounts(k);
                    if (Long.bitCount(allowed[k]) < 2) {
                        continue;
                    }
                    for (int v = 0; v < counts[0].length; v++) {
                        int newN = nIn - counts[0][v];
                        double dens = newN == 0 ? 0 : (double) (yIn - counts[1][v]) / newN;
                        if (counts[0][v] > 0 && newN >= massMin * n && better(dens, newN, bestDensity, bestN)) {
                            bestDensity = dens;
                            bestN = newN;
                            bestK = k;
                            bestSide = 2;
                            bestValue = v;
                        }
                    }
                    continue;
                }
                for (int side = 0; side < 2; side++) {
                    double q = quantile(k, side, m);
                    if (Double.isNaN(q)) {
                        continue;
                    }
                    int[] removed = sliceCounts(k, side, q, false);
                    int newN = nIn - removed[0];
                    double dens = newN == 0 ? 0 : (double) (yIn - removed[1]) / newN;
                    if (removed[0] > 0 && newN >= massMin * n && better(dens, newN, bestDensity, bestN)) {
                        bestDensity = dens;
                        bestN = newN;
                        bestK = k;
                        bestSide = side;
                        bestValue = q;
                    }
                }
            }
            if (bestK < 0) {
                return steps;
            }
            if (bestSide == 2) {
                allowed[bestK] &= ~(1L << (int) bestValue);
                for (int i = 0; i < n; i++) {
                    if (inBox[i] && data.x()[bestK][i] == bestValue) {
                        inBox[i] = false;
                    }
                }
            } else {
                sliceCounts(bestK, bestSide, bestValue, true);
                if (bestSide == 0) {
                    lower[bestK] = bestValue;
                } else {
                    upper[bestK] = bestValue;
                }
            }
            count();
            steps.add(snapshot());
        }
    }

    private static boolean better(double dens, int newN, double bestDensity, int bestN) {
        return dens > bestDensity || (dens == bestDensity && bestN >= 0 && newN > bestN);
    }

    /** Value counts {count[v], cases[v]} of categorical input k within the box. */
    private int[][] categoryCounts(int k) {
        int levels = data.levels().get(k).size();
        int[][] c = new int[2][levels];
        double[] x = data.x()[k];
        for (int i = 0; i < n; i++) {
            if (inBox[i]) {
                c[0][(int) x[i]]++;
                c[1][(int) x[i]] += data.y()[i] ? 1 : 0;
            }
        }
        return c;
    }

    /** The m-th in-box value of input k from below (side 0) or above (side 1), or NaN when the box is too small. */
    private double quantile(int k, int side, int m) {
        int[] ord = order[k];
        double[] x = data.x()[k];
        int seen = 0;
        for (int j = side == 0 ? lo[k] : hi[k]; j >= 0 && j < n; j += side == 0 ? 1 : -1) {
            int i = ord[j];
            if (inBox[i]) {
                if (seen == m) {
                    return x[i];
                }
                seen++;
            }
        }
        return Double.NaN;
    }

    /** {count, cases} of in-box futures strictly beyond q on a side of input k; with remove, takes them out. */
    private int[] sliceCounts(int k, int side, double q, boolean remove) {
        int[] ord = order[k];
        double[] x = data.x()[k];
        int c = 0;
        int y = 0;
        int j = side == 0 ? lo[k] : hi[k];
        for (; j >= 0 && j < n && (side == 0 ? x[ord[j]] < q : x[ord[j]] > q); j += side == 0 ? 1 : -1) {
            int i = ord[j];
            if (inBox[i]) {
                c++;
                y += data.y()[i] ? 1 : 0;
                if (remove) {
                    inBox[i] = false;
                }
            }
        }
        if (remove) {
            if (side == 0) {
                lo[k] = j;
            } else {
                hi[k] = j;
            }
        }
        return new int[] {c, y};
    }

    /** Widens the chosen box while that keeps or raises its density; returns the pasting steps. */
    List<Snapshot> paste(Snapshot chosen) {
        System.arraycopy(chosen.lower(), 0, lower, 0, lower.length);
        System.arraycopy(chosen.upper(), 0, upper, 0, upper.length);
        System.arraycopy(chosen.allowed(), 0, allowed, 0, allowed.length);
        var steps = new ArrayList<Snapshot>();
        var paste = new PrimPaste(data, active, alpha);
        boolean widened = false;
        while (true) {
            var limits = new Snapshot(lower, upper, allowed, 0, 0, 0, 1, 1);
            for (int i = 0; i < n; i++) {
                inBox[i] = active[i] && limits.holds(data, i);
            }
            count();
            if (widened) {
                steps.add(snapshot());
            }
            if (!paste.widen(lower, upper, allowed, nIn, yIn)) {
                break;
            }
            widened = true;
        }
        return steps;
    }

    /** The restricted inputs of a box, with quasi-p values. */
    List<DiscoveryBox.Restriction> restrictions(Snapshot box) {
        var out = new ArrayList<DiscoveryBox.Restriction>();
        for (int k = 0; k < data.inputs(); k++) {
            if (!restricted(box, k)) {
                continue;
            }
            // the box without this restriction
            double[] l = box.lower().clone();
            double[] u = box.upper().clone();
            long[] a = box.allowed().clone();
            l[k] = Double.NEGATIVE_INFINITY;
            u[k] = Double.POSITIVE_INFINITY;
            a[k] = -1L;
            var wider = new Snapshot(l, u, a, 0, 0, 0, 1, 1);
            int nk = 0;
            int yk = 0;
            for (int i = 0; i < n; i++) {
                if (active[i] && wider.holds(data, i)) {
                    nk++;
                    yk += data.y()[i] ? 1 : 0;
                }
            }
            double p = box.cases() == 0 ? 1 : Beta.regularizedBeta((double) yk / nk, box.cases(),
                    box.count() - box.cases() + 1.0);
            if (data.categorical(k)) {
                var values = new ArrayList<String>();
                for (int v = 0; v < data.levels().get(k).size(); v++) {
                    if ((box.allowed()[k] & present0[k] & (1L << v)) != 0) {
                        values.add(data.levels().get(k).get(v));
                    }
                }
                out.add(new DiscoveryBox.Restriction(data.names().get(k), Double.NaN, Double.NaN, values, p));
            } else {
                out.add(new DiscoveryBox.Restriction(data.names().get(k),
                        box.lower()[k] > min0[k] ? box.lower()[k] : Double.NaN,
                        box.upper()[k] < max0[k] ? box.upper()[k] : Double.NaN, List.of(), p));
            }
        }
        return out;
    }

    private boolean restricted(Snapshot box, int k) {
        return data.categorical(k) ? (box.allowed()[k] & present0[k]) != present0[k]
                : box.lower()[k] > min0[k] || box.upper()[k] < max0[k];
    }

    private void count() {
        nIn = 0;
        yIn = 0;
        for (int i = 0; i < n; i++) {
            if (inBox[i]) {
                nIn++;
                yIn += data.y()[i] ? 1 : 0;
            }
        }
    }

    private Snapshot snapshot() {
        var s = new Snapshot(lower.clone(), upper.clone(), allowed.clone(), nIn, yIn, 0, n, totalCases);
        int r = 0;
        for (int k = 0; k < lower.length; k++) {
            r += restricted(s, k) ? 1 : 0;
        }
        return new Snapshot(s.lower(), s.upper(), s.allowed(), nIn, yIn, r, n, totalCases);
    }
}
