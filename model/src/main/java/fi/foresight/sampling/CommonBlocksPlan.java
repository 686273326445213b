package fi.foresight.sampling;

import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.PartialBytes;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.model.Correlation;
import java.util.ArrayList;
import java.util.List;

/**
 * A block plan over several runs (scenario × lever) of one outcome on common random numbers: task b is block b of
 * every run ({@link CommonBlocks}). Its partial starts with the block and its length; what follows per run is the
 * plan's own ({@link #write}). The decision grid and scenario discovery are such plans.
 *
 * @param <R> the result type
 */
public abstract class CommonBlocksPlan<R> implements BlockPlan<R> {
    private final List<Evaluator> evaluators;
    private final List<SamplingPlan> plans = new ArrayList<>();
    private final String outcome;
    private final int[] column;
    private final int samples;
    private final long seed;
    private final int blockSize;
    private final long blocks;

    /**
     * The plan of the runs, each sampled with plain Monte Carlo and the model's correlations.
     *
     * @param evaluators   one evaluator per run
     * @param correlations the model's rank correlations
     * @param outcome      the outcome evaluated
     * @param samples      futures per run
     * @param seed         the seed of the blocks' streams
     * @param blockSize    futures per block
     */
    protected CommonBlocksPlan(List<Evaluator> evaluators, List<Correlation> correlations, String outcome,
                               int samples, long seed, int blockSize) {
        this.evaluators = List.copyOf(evaluators);
        this.outcome = outcome;
        this.samples = samples;
        this.seed = seed;
        this.blockSize = blockSize;
        this.column = new int[evaluators.size()];
        for (int r = 0; r < evaluators.size(); r++) {
            Evaluator ev = evaluators.get(r);
            plans.add(SamplingPlan.of(ev.inputs(), correlations, Design.MONTE_CARLO));
            column[r] = ev.outputIndex(outcome);
        }
        this.blocks = (samples + (long) blockSize - 1) / blockSize;
    }

    /**
     * The runs' evaluators.
     *
     * @return one evaluator per run
     */
    protected final List<Evaluator> evaluators() {
        return evaluators;
    }

    @Override
    public final long tasks() {
        return blocks;
    }

    /**
     * The futures in a block (the last one may be short).
     *
     * @param block the block index
     * @return its number of futures
     */
    protected final int length(long block) {
        return (int) Math.min(blockSize, samples - block * blockSize);
    }

    @Override
    public final BlockPlan.Worker worker() {
        var runs = new CommonBlocks(evaluators, plans, seed);
        return task -> {
            if (task < 0 || task >= blocks) {
                throw new IllegalArgumentException("task " + task + " does not exist; tasks are 0 to " + (blocks - 1));
            }
            int n = length(task);
            var w = new PartialBytes.Writer();
            w.putLong(task).putInt(n);
            for (int r = 0; r < evaluators.size(); r++) {
                CommonBlocks.Block block = runs.evaluate(r, task, n, column[r], outcome);
                write(w, r, block.inputs(), block.outputs()[column[r]], n);
            }
            return w.toByteArray();
        };
    }

    /**
     * Writes what the plan keeps of one run's block.
     *
     * @param out    the partial being written
     * @param run    the run's index
     * @param inputs the block's inputs, one column of n per input of the run's evaluator
     * @param values the outcome's values in the block (all finite)
     * @param n      the futures in the block
     */
    protected abstract void write(PartialBytes.Writer out, int run, double[][] inputs, double[] values, int n);

    /**
     * Reads a partial's block and length and checks them against the task.
     *
     * @param task the task the partial was handed in as
     * @param in   the partial, at its start
     * @return the futures in the block
     * @throws IllegalArgumentException when the partial was not written by this plan for this task
     */
    protected final int header(long task, PartialBytes.Reader in) {
        long block = in.getLong();
        int n = in.getInt();
        if (block != task || n != length(task)) {
            throw new IllegalArgumentException("the partial of task " + task + " holds block " + block
                    + "; it was not written by this plan");
        }
        return n;
    }
}
