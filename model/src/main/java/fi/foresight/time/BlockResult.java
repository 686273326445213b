package fi.foresight.time;

import fi.foresight.statistics.Moments;

/**
 * What one block of paths contributes to a scenario × lever: per year and tracked column the sorted values and
 * their moments; per target and year how many paths met it, and how many first reached it in that year (index
 * {@code years} counts the paths that never did); the kept sample paths of block 0.
 * {@code events[e][j]}: the last year's moments of tracked column j over the paths without (index 0) and with
 * (index 1) event e by the horizon's end.
 */
record BlockResult(long block, int n, double[][][] sorted, Moments[][] moments, long[][] met, long[][] firstPassage,
                   double[][][] samplePaths, Moments[][][] events) {
}
