package fi.foresight.sampling;

import org.apache.commons.rng.UniformRandomProvider;

/** Stratified uniforms for one column of a Latin hypercube block. */
final class LatinHypercube {
    /** The largest double below 1: a jittered stratum position never reaches 1 after rounding. */
    private static final double BELOW_ONE = Math.nextDown(1.0);

    private LatinHypercube() {
    }

    /**
     * Fills {@code u[0..n)} with one point in each stratum [k/n, (k+1)/n), in random order: a Fisher–Yates
     * permutation of the strata (n − 1 bounded integers from {@code rng}), then n uniform positions.
     *
     * @param perm scratch of length &ge; n
     */
    static void fill(UniformRandomProvider rng, double[] u, int[] perm, int n) {
        for (int k = 0; k < n; k++) {
            perm[k] = k;
        }
        for (int k = n - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = perm[k];
            perm[k] = perm[j];
            perm[j] = t;
        }
        double width = 1.0 / n;
        for (int k = 0; k < n; k++) {
            u[k] = Math.min(BELOW_ONE, (perm[k] + rng.nextDouble()) * width);
        }
    }
}
