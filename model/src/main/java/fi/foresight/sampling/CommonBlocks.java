package fi.foresight.sampling;

import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.FiniteOutcomes;
import fi.foresight.evaluation.Kernel;
import java.util.List;

/**
 * One thread's evaluation of blocks of several runs (scenario × lever) on common random numbers: block b of every
 * run fills its inputs from the stream of (seed, b), so all runs share their random numbers and differences
 * between them are not blurred by sampling noise. Kernels and samplers are made on first use; use one instance
 * per thread. The decision analyses and scenario discovery evaluate their futures this way.
 */
public final class CommonBlocks {
    private final List<Evaluator> evaluators;
    private final List<SamplingPlan> plans;
    private final long seed;
    private final BlockSampler[] samplers;
    private final Kernel[] kernels;

    /**
     * The runs' evaluators and sampling plans, aligned, and the seed of the streams.
     *
     * @param evaluators one evaluator per run
     * @param plans      one sampling plan per run, for its evaluator's inputs
     * @param seed       the seed of every block's stream
     */
    public CommonBlocks(List<Evaluator> evaluators, List<SamplingPlan> plans, long seed) {
        this.evaluators = List.copyOf(evaluators);
        this.plans = List.copyOf(plans);
        this.seed = seed;
        this.samplers = new BlockSampler[evaluators.size()];
        this.kernels = new Kernel[evaluators.size()];
    }

    /**
     * One block of one run's inputs and outputs.
     *
     * @param inputs  the drawn inputs, one column of n per input of the run's evaluator
     * @param outputs the evaluated outputs, one column of n per output
     */
    public record Block(double[][] inputs, double[][] outputs) {
    }

    /**
     * Draws and evaluates a block of a run, and checks that one outcome is defined for every future of it.
     *
     * @param run     the run's index
     * @param block   the block index (its stream is that of (seed, block))
     * @param n       the futures in the block
     * @param column  the output column of the outcome checked
     * @param outcome the outcome's name, for the message when it is undefined
     * @return the block's inputs and outputs
     * @throws IllegalStateException (from {@link FiniteOutcomes}) when the outcome is not finite somewhere
     */
    public Block evaluate(int run, long block, int n, int column, String outcome) {
        Evaluator ev = evaluators.get(run);
        if (kernels[run] == null) {
            kernels[run] = ev.kernel();
            samplers[run] = plans.get(run).sampler();
        }
        double[][] in = new double[ev.inputs().size()][n];
        double[][] out = new double[ev.outputs().size()][n];
        samplers[run].fill(BlockStreams.forBlock(seed, block), in, n);
        kernels[run].evaluate(in, n, out);
        double[] y = out[column];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw FiniteOutcomes.undefined(ev, in, y, outcome, n, "futures in block " + block);
            }
        }
        return new Block(in, out);
    }
}
