package fi.foresight.decision;

import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.PartialBytes;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.sampling.CommonBlocks;
import fi.foresight.sampling.Design;
import fi.foresight.sampling.SamplingPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link FutureGrid} as tasks: task b is block b of every run, each run drawing from the stream of (seed, b), so
 * all runs share their random numbers. Partials carry the block's sums and target counts per run (and the kept
 * futures and inputs) and merge in block order.
 */
final class FutureGridBlocks implements BlockPlan<FutureGridResult> {
    private final String outcome;
    private final List<String> scenarios;
    private final List<String> leverIds = new ArrayList<>();
    private final List<Evaluator> evaluators = new ArrayList<>();
    private final List<SamplingPlan> plans = new ArrayList<>();
    private final int[] column;
    private final boolean[] keepInputs;
    private final boolean keepFutures;
    private final int samples;
    private final long seed;
    private final double atLeast;
    private final double atMost;
    private final long blocks;

    FutureGridBlocks(Model model, String outcome, List<String> scenarios, List<Lever> levers, boolean[] keepInputs,
                     boolean keepFutures, int samples, long seed, double atLeast, double atMost) {
        this.outcome = outcome;
        this.scenarios = scenarios;
        this.keepInputs = keepInputs;
        this.keepFutures = keepFutures;
        this.samples = samples;
        this.seed = seed;
        this.atLeast = atLeast;
        this.atMost = atMost;
        this.column = new int[levers.size()];
        for (int r = 0; r < levers.size(); r++) {
            Evaluator ev = Evaluator.of(model, model.scenario(scenarios.get(r)), levers.get(r));
            evaluators.add(ev);
            plans.add(SamplingPlan.of(ev.inputs(), model.correlations(), Design.MONTE_CARLO));
            leverIds.add(levers.get(r).id());
            column[r] = ev.outputIndex(outcome);
        }
        this.blocks = (samples + (long) FutureGrid.BLOCK - 1) / FutureGrid.BLOCK;
    }

    @Override
    public long tasks() {
        return blocks;
    }

    @Override
    public BlockPlan.Worker worker() {
        return new Worker();
    }

    @Override
    public BlockPlan.Merger<FutureGridResult> merger() {
        return new Merger();
    }

    private int length(long block) {
        return (int) Math.min(FutureGrid.BLOCK, samples - block * FutureGrid.BLOCK);
    }

    private boolean meets(double y) {
        return !(y < atLeast) && !(y > atMost);
    }

    /** Evaluates one block of every run on common random numbers ({@link CommonBlocks}). */
    private final class Worker implements BlockPlan.Worker {
        private final CommonBlocks runs = new CommonBlocks(evaluators, plans, seed);

        @Override
        public byte[] compute(long task) {
            if (task < 0 || task >= blocks) {
                throw new IllegalArgumentException("task " + task + " does not exist; tasks are 0 to " + (blocks - 1));
            }
            int n = length(task);
            var w = new PartialBytes.Writer();
            w.putLong(task).putInt(n);
            for (int r = 0; r < evaluators.size(); r++) {
                CommonBlocks.Block block = runs.evaluate(r, task, n, column[r], outcome);
                double[][] in = block.inputs();
                double[] y = block.outputs()[column[r]];
                double sum = 0;
                long met = 0;
                for (int i = 0; i < n; i++) {
                    sum += y[i];
                    met += meets(y[i]) ? 1 : 0;
                }
                w.putDouble(sum).putLong(met);
                if (keepFutures) {
                    w.putDoubles(y, 0, n);
                }
                if (keepInputs[r]) {
                    for (double[] c : in) {
                        w.putDoubles(c, 0, n);
                    }
                }
            }
            return w.toByteArray();
        }
    }

    /** Adds the blocks' sums in block order and places kept futures at their offsets. */
    private final class Merger implements BlockPlan.Merger<FutureGridResult> {
        private final double[] sums = new double[evaluators.size()];
        private final long[] met = new long[evaluators.size()];
        private final double[][] futures = keepFutures ? new double[evaluators.size()][samples] : null;
        private final double[][][] inputs = new double[evaluators.size()][][];
        private long next;

        Merger() {
            for (int r = 0; r < inputs.length; r++) {
                if (keepInputs[r]) {
                    inputs[r] = new double[evaluators.get(r).inputs().size()][samples];
                }
            }
        }

        @Override
        public long next() {
            return next;
        }

        @Override
        public void accept(long task, byte[] partial) {
            if (task != next || next >= blocks) {
                throw new IllegalStateException("task " + task + " arrived while the merge needs task " + next
                        + " of " + blocks + "; partials must be merged in task order");
            }
            var rd = new PartialBytes.Reader(partial);
            long block = rd.getLong();
            int n = rd.getInt();
            if (block != task || n != length(task)) {
                throw new IllegalArgumentException("the partial of task " + task + " holds block " + block
                        + "; it was not written by this plan");
            }
            int offset = (int) (task * FutureGrid.BLOCK);
            for (int r = 0; r < sums.length; r++) {
                sums[r] += rd.getDouble();
                met[r] += rd.getLong();
                if (keepFutures) {
                    rd.getDoubles(futures[r], offset, n);
                }
                if (keepInputs[r]) {
                    for (double[] c : inputs[r]) {
                        rd.getDoubles(c, offset, n);
                    }
                }
            }
            rd.end();
            next++;
        }

        @Override
        public FutureGridResult result() {
            if (next < blocks) {
                throw new IllegalStateException("the merge is at task " + next + " of " + blocks
                        + "; merge every partial first");
            }
            var names = new ArrayList<List<String>>();
            for (int r = 0; r < evaluators.size(); r++) {
                names.add(keepInputs[r] ? evaluators.get(r).inputs().stream().map(Input::name).toList() : List.of());
            }
            long[] counted = met.clone();
            if (Double.isNaN(atLeast) && Double.isNaN(atMost)) {
                java.util.Arrays.fill(counted, samples);
            }
            return new FutureGridResult(outcome, scenarios, List.copyOf(leverIds), samples, atLeast, atMost,
                    sums.clone(), counted, futures, List.copyOf(names), inputs);
        }
    }
}
