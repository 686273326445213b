package fi.foresight.discovery;

import fi.foresight.analysis.InOrderMerger;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.PartialBytes;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Model;
import fi.foresight.sampling.CommonBlocksPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The futures that scenario discovery keeps, as tasks: task b is block b of every scenario × lever run, each run
 * drawing from the stream of (seed, b) (common random numbers, as the decision analyses do). A partial holds the
 * block's outcomes and the drivers that every run shares; the merger places them at their offsets in block order
 * and hands the kept sample to the search, so the result is the same for any thread count and engine.
 */
final class DiscoveryBlocks extends CommonBlocksPlan<DiscoveryResult> {
    private final String outcome;
    private final List<String> scenarios;
    private final List<String> levers;
    private final List<Evaluator> evaluators;
    private final List<String> drivers;
    private final int[][] driverColumn;
    private final int samples;
    private final Function<DiscoverySample, DiscoveryResult> search;

    DiscoveryBlocks(Model model, String outcome, List<String> scenarios, List<String> levers, int samples, long seed,
                    Function<DiscoverySample, DiscoveryResult> search) {
        super(runs(model, scenarios, levers), model.correlations(), outcome, samples, seed, ScenarioDiscovery.BLOCK);
        this.outcome = outcome;
        this.scenarios = scenarios;
        this.levers = levers;
        this.samples = samples;
        this.search = search;
        this.evaluators = evaluators();
        // the drivers every run has, in the first run's order
        var shared = new ArrayList<String>();
        for (Input in : evaluators.get(0).inputs()) {
            if (in.kind() == Input.Kind.DRIVER && evaluators.stream().allMatch(ev -> index(ev, in.name()) >= 0)) {
                shared.add(in.name());
            }
        }
        this.drivers = List.copyOf(shared);
        this.driverColumn = new int[evaluators.size()][drivers.size()];
        for (int r = 0; r < evaluators.size(); r++) {
            for (int k = 0; k < drivers.size(); k++) {
                driverColumn[r][k] = index(evaluators.get(r), drivers.get(k));
            }
        }
    }

    /** One evaluator per run: every scenario with every lever. */
    private static List<Evaluator> runs(Model model, List<String> scenarios, List<String> levers) {
        var out = new ArrayList<Evaluator>();
        for (String s : scenarios) {
            for (String l : levers) {
                out.add(Evaluator.of(model, s, l));
            }
        }
        return out;
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
    public BlockPlan.Merger<DiscoveryResult> merger() {
        return new Merger();
    }

    @Override
    protected void write(PartialBytes.Writer w, int run, double[][] in, double[] y, int n) {
        w.putDoubles(y, 0, n);
        for (int k : driverColumn[run]) {
            w.putDoubles(in[k], 0, n);
        }
    }

    /** Places the blocks' futures at their offsets, in block order. */
    private final class Merger extends InOrderMerger<DiscoveryResult> {
        private final int runs = evaluators.size();
        private final double[] outcomes = new double[runs * samples];
        private final double[][] inputs = new double[drivers.size()][runs * samples];

        Merger() {
            super(tasks());
        }
        @Override
        protected void merge(long task, PartialBytes.Reader rd) {
            int n = header(task, rd);
            for (int r = 0; r < runs; r++) {
                int offset = r * samples + (int) (task * ScenarioDiscovery.BLOCK);
                rd.getDoubles(outcomes, offset, n);
                for (double[] c : inputs) {
                    rd.getDoubles(c, offset, n);
                }
            }
        }

        @Override
        protected DiscoveryResult finish() {
            return search.apply(new DiscoverySample(outcome, scenarios, levers, samples, drivers, inputs, outcomes));
        }
    }
}
