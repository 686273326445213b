package fi.foresight.discovery;

import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.PartialBytes;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Model;
import fi.foresight.sampling.CommonBlocks;
import fi.foresight.sampling.Design;
import fi.foresight.sampling.SamplingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The futures that scenario discovery keeps, as tasks: task b is block b of every scenario × lever run, each run
 * drawing from the stream of (seed, b) (common random numbers, as the decision analyses do). A partial holds the
 * block's outcomes and the drivers that every run shares; the merger places them at their offsets in block order
 * and hands the kept sample to the search, so the result is the same for any thread count and engine.
 */
final class DiscoveryBlocks implements BlockPlan<DiscoveryResult> {
    private final String outcome;
    private final List<String> scenarios;
    private final List<String> levers;
    private final List<Evaluator> evaluators = new ArrayList<>();
    private final List<SamplingPlan> plans = new ArrayList<>();
    private final List<String> drivers;
    private final int[][] driverColumn;
    private final int[] column;
    private final int samples;
    private final long seed;
    private final long blocks;
    private final Function<DiscoverySample, DiscoveryResult> search;

    DiscoveryBlocks(Model model, String outcome, List<String> scenarios, List<String> levers, int samples, long seed,
                    Function<DiscoverySample, DiscoveryResult> search) {
        this.outcome = outcome;
        this.scenarios = scenarios;
        this.levers = levers;
        this.samples = samples;
        this.seed = seed;
        this.search = search;
        for (String s : scenarios) {
            for (String l : levers) {
                Evaluator ev = Evaluator.of(model, s, l);
                evaluators.add(ev);
                plans.add(SamplingPlan.of(ev.inputs(), model.correlations(), Design.MONTE_CARLO));
            }
        }
        // the drivers every run has, in the first run's order
        var shared = new ArrayList<String>();
        for (Input in : evaluators.get(0).inputs()) {
            if (in.kind() == Input.Kind.DRIVER && evaluators.stream().allMatch(ev -> index(ev, in.name()) >= 0)) {
                shared.add(in.name());
            }
        }
        this.drivers = List.copyOf(shared);
        this.driverColumn = new int[evaluators.size()][drivers.size()];
        this.column = new int[evaluators.size()];
        for (int r = 0; r < evaluators.size(); r++) {
            for (int k = 0; k < drivers.size(); k++) {
                driverColumn[r][k] = index(evaluators.get(r), drivers.get(k));
            }
            column[r] = evaluators.get(r).outputIndex(outcome);
        }
        this.blocks = (samples + (long) ScenarioDiscovery.BLOCK - 1) / ScenarioDiscovery.BLOCK;
    }

    private static int index(Evaluator ev, String name) {
        List<Input> inputs = ev.inputs();
        for (int k = 0; k < inputs.size(); k++) {
            if (inputs.get(k).name().equals(name) && inputs.get(k).kind() == Input.Kind.DRIVER) {
                return k;
            }
        }
        return -1;
    }

    /** The drivers kept as inputs. */
    List<String> drivers() {
        return drivers;
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
    public BlockPlan.Merger<DiscoveryResult> merger() {
        return new Merger();
    }

    private int length(long block) {
        return (int) Math.min(ScenarioDiscovery.BLOCK, samples - block * ScenarioDiscovery.BLOCK);
    }

    /** Evaluates one block of every run. */
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
                w.putDoubles(y, 0, n);
                for (int k : driverColumn[r]) {
                    w.putDoubles(in[k], 0, n);
                }
            }
            return w.toByteArray();
        }
    }

    /** Places the blocks' futures at their offsets, in block order. */
    private final class Merger implements BlockPlan.Merger<DiscoveryResult> {
        private final int runs = evaluators.size();
        private final double[] outcomes = new double[runs * samples];
        private final double[][] inputs = new double[drivers.size()][runs * samples];
        private long next;

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
            for (int r = 0; r < runs; r++) {
                int offset = r * samples + (int) (task * ScenarioDiscovery.BLOCK);
                rd.getDoubles(outcomes, offset, n);
                for (double[] c : inputs) {
                    rd.getDoubles(c, offset, n);
                }
            }
            rd.end();
            next++;
        }

        @Override
        public DiscoveryResult result() {
            if (next < blocks) {
                throw new IllegalStateException("the merge is at task " + next + " of " + blocks
                        + "; merge every partial first");
            }
            return search.apply(new DiscoverySample(outcome, scenarios, levers, samples, drivers, inputs, outcomes));
        }
    }
}
