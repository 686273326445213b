package fi.foresight.discovery;

import java.util.Arrays;

/**
 * PRIM's pasting step: the futures outside a box on exactly one input are the candidates for widening it on that
 * input; per input and side the nearest α-share of the box's size (at least one future, and all ties) is tried, and
 * per categorical input each excluded value. The widening with the highest density wins if it keeps or raises the
 * box's density.
 */
final class PrimPaste {
    private final DiscoveryData data;
    private final boolean[] active;
    private final double alpha;

    PrimPaste(DiscoveryData data, boolean[] active, double alpha) {
        this.data = data;
        this.active = active;
        this.alpha = alpha;
    }

    /** Widens the limits in place by the best paste; false (limits unchanged) when none keeps the density. */
    boolean widen(double[] lower, double[] upper, long[] allowed, int nIn, int yIn) {
        int d = data.inputs();
        int n = data.size();
        // per future outside the box: its only violated input and side (2k lower, 2k + 1 upper / category), or -1
        int[] only = new int[n];
        int[] sizes = new int[2 * d];
        for (int i = 0; i < n; i++) {
            only[i] = -1;
            if (!active[i]) {
                continue;
            }
            int violated = 0;
            int which = -1;
            for (int k = 0; k < d && violated < 2; k++) {
                double v = data.x()[k][i];
                if (data.categorical(k)) {
                    if ((allowed[k] & (1L << (int) v)) == 0) {
                        violated++;
                        which = 2 * k;
                    }
                } else if (v < lower[k]) {
                    violated++;
                    which = 2 * k;
                } else if (v > upper[k]) {
                    violated++;
                    which = 2 * k + 1;
                }
            }
            if (violated == 1) {
                only[i] = which;
                sizes[which]++;
            }
        }
        double[][] values = new double[2 * d][];
        for (int s = 0; s < values.length; s++) {
            values[s] = new double[sizes[s]];
        }
        int[] fill = new int[2 * d];
        for (int i = 0; i < n; i++) {
            if (only[i] >= 0) {
                values[only[i]][fill[only[i]]++] = data.x()[only[i] / 2][i];
            }
        }
        int m = Math.max(1, (int) Math.floor(alpha * nIn));
        double best = (double) yIn / Math.max(1, nIn);
        int bestS = -1;
        double bestValue = 0;
        int bestN = -1;
        for (int s = 0; s < values.length; s++) {
            int k = s / 2;
            if (values[s].length == 0) {
                continue;
            }
            if (data.categorical(k)) {
                int levels = data.levels().get(k).size();
                int[] c = new int[levels];
                int[] y = new int[levels];
                for (int i = 0; i < n; i++) {
                    if (only[i] == s) {
                        c[(int) data.x()[k][i]]++;
                        y[(int) data.x()[k][i]] += data.y()[i] ? 1 : 0;
                    }
                }
                for (int v = 0; v < levels; v++) {
                    double dens = (double) (yIn + y[v]) / (nIn + c[v]);
                    if (c[v] > 0 && (dens > best || (dens == best && (bestS < 0 || nIn + c[v] > bestN)))) {
                        best = dens;
                        bestS = s;
                        bestValue = v;
                        bestN = nIn + c[v];
                    }
                }
                continue;
            }
            double[] v = values[s];
            Arrays.sort(v);
            boolean low = s % 2 == 0;
            double q = low ? v[Math.max(0, v.length - m)] : v[Math.min(v.length - 1, m - 1)];
            int c = 0;
            int y = 0;
            for (int i = 0; i < n; i++) {
                if (only[i] == s && (low ? data.x()[k][i] >= q : data.x()[k][i] <= q)) {
                    c++;
                    y += data.y()[i] ? 1 : 0;
                }
            }
            double dens = (double) (yIn + y) / (nIn + c);
            if (dens > best || (dens == best && (bestS < 0 || nIn + c > bestN))) {
                best = dens;
                bestS = s;
                bestValue = q;
                bestN = nIn + c;
            }
        }
        if (bestS < 0) {
            return false;
        }
        int k = bestS / 2;
        if (data.categorical(k)) {
            allowed[k] |= 1L << (int) bestValue;
        } else if (bestS % 2 == 0) {
            lower[k] = bestValue;
        } else {
            upper[k] = bestValue;
        }
        return true;
    }
}
