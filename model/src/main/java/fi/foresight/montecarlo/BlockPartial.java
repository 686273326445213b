package fi.foresight.montecarlo;

/**
 * The mergeable summary of one evaluated block: per outcome column its moments and sorted values, per target
 * the number of samples meeting it, and, when raw samples are kept, copies of the input and outcome columns.
 */
record BlockPartial(long block, int n, Moments[] moments, double[][] sorted, long[] met,
                    double[][] inputs, double[][] outputs) {
}
