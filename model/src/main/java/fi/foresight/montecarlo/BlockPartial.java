package fi.foresight.montecarlo;

import fi.foresight.statistics.Moments;

/**
 * The summary of one evaluated block: per outcome column its moments (and, when a precision rule may stop
 * inside a chunk, its sorted values), per target the number of samples meeting it, and, when raw samples are
 * kept, copies of the input and outcome columns; with a conditional tornado, the outcomes' moments per input bin
 * (else null).
 */
record BlockPartial(long block, int n, Moments[] moments, double[][] sorted, long[] met,
                    double[][] inputs, double[][] outputs, BinnedMoments binned) {
    /** A partial without binned moments. */
    BlockPartial(long block, int n, Moments[] moments, double[][] sorted, long[] met, double[][] inputs,
                 double[][] outputs) {
        this(block, n, moments, sorted, met, inputs, outputs, null);
    }
}
