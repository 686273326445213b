package fi.foresight.decision;

import fi.foresight.analysis.InOrderMerger;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.PartialBytes;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.sampling.CommonBlocksPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link FutureGrid} as tasks: task b is block b of every run, each run drawing from the stream of (seed, b), so
 * all runs share their random numbers. Partials carry the block's sums and target counts per run (and the kept
 * futures and inputs) and merge in block order.
 */
final class FutureGridBlocks extends CommonBlocksPlan<FutureGridResult> {
    private final String outcome;
    private final List<String> scenarios;
    private final List<String> leverIds;
    private final List<Evaluator> evaluators;
    private final boolean[] keepInputs;
    private final boolean keepFutures;
    private final int samples;
    private final double atLeast;
    private final double atMost;

    FutureGridBlocks(Model model, String outcome, List<String> scenarios, List<Lever> levers, boolean[] keepInputs,
                     boolean keepFutures, int samples, long seed, double atLeast, double atMost) {
        super(runs(model, scenarios, levers), model.correlations(), outcome, samples, seed, FutureGrid.BLOCK);
        this.outcome = outcome;
        this.scenarios = scenarios;
        this.leverIds = levers.stream().map(Lever::id).toList();
        this.evaluators = evaluators();
        this.keepInputs = keepInputs;
        this.keepFutures = keepFutures;
        this.samples = samples;
        this.atLeast = atLeast;
        this.atMost = atMost;
    }

    /** One evaluator per run: scenario r with lever r. */
    private static List<Evaluator> runs(Model model, List<String> scenarios, List<Lever> levers) {
        var out = new ArrayList<Evaluator>();
        for (int r = 0; r < levers.size(); r++) {
            out.add(Evaluator.of(model, model.scenario(scenarios.get(r)), levers.get(r)));
        }
        return out;
    }

    @Override
    public BlockPlan.Merger<FutureGridResult> merger() {
        return new Merger();
    }

    private boolean meets(double y) {
        return !(y < atLeast) && !(y > atMost);
    }

    @Override
    protected void write(PartialBytes.Writer w, int run, double[][] in, double[] y, int n) {
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
        if (keepInputs[run]) {
            for (double[] c : in) {
                w.putDoubles(c, 0, n);
            }
        }
    }

    /** Adds the blocks' sums in block order and places kept futures at their offsets. */
    private final class Merger extends InOrderMerger<FutureGridResult> {
        private final double[] sums = new double[evaluators.size()];
        private final long[] met = new long[evaluators.size()];
        private final double[][] futures = keepFutures ? new double[evaluators.size()][samples] : null;
        private final double[][][] inputs = new double[evaluators.size()][][];

        Merger() {
            super(tasks());
            for (int r = 0; r < inputs.length; r++) {
                if (keepInputs[r]) {
                    inputs[r] = new double[evaluators.get(r).inputs().size()][samples];
                }
            }
        }

        @Override
        protected void merge(long task, PartialBytes.Reader rd) {
            int n = header(task, rd);
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
        }

        @Override
        protected FutureGridResult finish() {
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
