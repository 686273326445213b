package fi.foresight.decision;

import java.util.List;

/**
 * What a {@link FutureGrid} yields: per run (in the order added) the outcome's sum over its futures and the count
 * of futures meeting the target; with kept futures, every future's outcome and the kept runs' input draws.
 *
 * @param outcome    the outcome column
 * @param scenarios  the scenario id of each run
 * @param levers     the lever id of each run
 * @param samples    futures per run
 * @param atLeast    the target's lower bound, NaN for none
 * @param atMost     the target's upper bound, NaN for none
 * @param sums       the outcome summed over each run's futures, in block order
 * @param met        each run's futures meeting the target (every future when there is no target)
 * @param futures    {@code futures[run][i]}: the outcome in future i, or null when not kept
 * @param inputNames each run's input names (empty when its inputs are not kept)
 * @param inputs     {@code inputs[run][k][i]}: input k in future i, or null for a run whose inputs are not kept
 */
public record FutureGridResult(String outcome, List<String> scenarios, List<String> levers, int samples,
                               double atLeast, double atMost, double[] sums, long[] met, double[][] futures,
                               List<List<String>> inputNames, double[][][] inputs) {
    /**
     * The number of runs.
     *
     * @return runs
     */
    public int runs() {
        return sums.length;
    }

    /**
     * The mean outcome of a run.
     *
     * @param run the run index
     * @return its mean over the futures
     */
    public double mean(int run) {
        return sums[run] / samples;
    }

    /**
     * The share of a run's futures that meet the target (NaN without a target).
     *
     * @param run the run index
     * @return a share in [0, 1], or NaN
     */
    public double metShare(int run) {
        return hasTarget() ? (double) met[run] / samples : Double.NaN;
    }

    /**
     * Whether a target was counted.
     *
     * @return true with a lower or upper bound
     */
    public boolean hasTarget() {
        return !Double.isNaN(atLeast) || !Double.isNaN(atMost);
    }

    /**
     * The index of the run of a scenario and lever, or -1.
     *
     * @param scenario a scenario id
     * @param lever    a lever id
     * @return the first run with both, or -1
     */
    public int indexOf(String scenario, String lever) {
        for (int r = 0; r < runs(); r++) {
            if (scenarios.get(r).equals(scenario) && levers.get(r).equals(lever)) {
                return r;
            }
        }
        return -1;
    }
}
