package fi.foresight.discovery;

/**
 * The best Gini split of a tree node: on a numeric input at a threshold (left: values below it), on a categorical
 * input by a set of values (left: the values in {@code left}).
 *
 * @param input     the input split on
 * @param threshold the numeric threshold (midpoint between neighbouring values), NaN for a categorical input
 * @param left      the categorical values sent left, as a bit set
 */
record CartSplit(int input, double threshold, long left) {
    /** The best split of the futures {@code idx} with at least {@code minLeaf} on each side, or null. */
    static CartSplit best(DiscoveryData data, int[] idx, int minLeaf) {
        int n = idx.length;
        int cases = 0;
        for (int i : idx) {
            cases += data.y()[i] ? 1 : 0;
        }
        double bestImpurity = gini(cases, n) * n - 1e-9 * n;
        CartSplit best = null;
        for (int k = 0; k < data.inputs(); k++) {
            double[] x = data.x()[k];
            if (data.categorical(k)) {
                int levels = data.levels().get(k).size();
                int[] c = new int[levels];
                int[] y = new int[levels];
                for (int i : idx) {
                    c[(int) x[i]]++;
                    y[(int) x[i]] += data.y()[i] ? 1 : 0;
                }
                // for two classes, the best subset is a prefix of the values ordered by their share of cases
                Integer[] byShare = new Integer[levels];
                for (int v = 0; v < levels; v++) {
                    byShare[v] = v;
                }
                java.util.Arrays.sort(byShare, (a, b) -> Double.compare(share(y[a], c[a]), share(y[b], c[b])));
                int ln = 0;
                int ly = 0;
                long set = 0;
                for (int j = 0; j < levels - 1; j++) {
                    int v = byShare[j];
                    ln += c[v];
                    ly += y[v];
                    set |= 1L << v;
                    if (c[v] == 0 || ln < minLeaf || n - ln < minLeaf) {
                        continue;
                    }
                    double imp = gini(ly, ln) * ln + gini(cases - ly, n - ln) * (n - ln);
                    if (imp < bestImpurity) {
                        bestImpurity = imp;
                        best = new CartSplit(k, Double.NaN, set);
                    }
                }
                continue;
            }
            int[] ord = Orders.sortBy(idx.clone(), x);
            int ly = 0;
            for (int j = 0; j < n - 1; j++) {
                ly += data.y()[ord[j]] ? 1 : 0;
                int ln = j + 1;
                if (ln < minLeaf || n - ln < minLeaf || x[ord[j]] == x[ord[j + 1]]) {
                    continue;
                }
                double imp = gini(ly, ln) * ln + gini(cases - ly, n - ln) * (n - ln);
                if (imp < bestImpurity) {
                    bestImpurity = imp;
                    best = new CartSplit(k, (x[ord[j]] + x[ord[j + 1]]) / 2, 0);
                }
            }
        }
        return best;
    }

    /** The futures sent left and right. */
    int[][] partition(DiscoveryData data, int[] idx) {
        int left = 0;
        for (int i : idx) {
            left += goesLeft(data, i) ? 1 : 0;
        }
        int[][] parts = {new int[left], new int[idx.length - left]};
        int a = 0;
        int b = 0;
        for (int i : idx) {
            if (goesLeft(data, i)) {
                parts[0][a++] = i;
            } else {
                parts[1][b++] = i;
            }
        }
        return parts;
    }

    private boolean goesLeft(DiscoveryData data, int i) {
        double v = data.x()[input][i];
        return data.categorical(input) ? (left & (1L << (int) v)) != 0 : v < threshold;
    }

    private static double share(int y, int c) {
        return c == 0 ? 0 : (double) y / c;
    }

    private static double gini(int y, int n) {
        double p = n == 0 ? 0 : (double) y / n;
        return 2 * p * (1 - p);
    }
}
