package fi.foresight.time;

import fi.foresight.montecarlo.Moments;

/**
 * What one block of paths contributes to a scenario × lever: per year and tracked column the sorted values and
 * their moments; per target and year how many paths met it, and how many first reached it in that year (index
 * {@code years} counts the paths that never did); the kept sample paths of block 0.
 */
record BlockResult(long block, int n, double[][][] sorted, Moments[][] moments, long[][] met, long[][] firstPassage,
                   double[][][] samplePaths) {
}
