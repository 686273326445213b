package fi.foresight.sensitivity;

import fi.foresight.analysis.InOrderMerger;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.PartialBytes;
import fi.foresight.evaluation.Kernel;

/**
 * A Morris screening as tasks ({@link Morris#blocks()}; {@link Morris#run()} runs them on this machine's threads):
 * task b evaluates the trajectories of block b and returns the outcomes at their points; the merger places them and
 * computes the elementary effects and their statistics. The plan holds the settings as they were when it was made
 * ({@link MorrisSettings}), never the builder.
 */
final class MorrisBlocks implements BlockPlan<MorrisResult> {
    private final Morris.Prepared prepared;

    MorrisBlocks(Morris.Prepared prepared) {
        this.prepared = prepared;
    }

    @Override
    public long tasks() {
        return prepared.blocks();
    }

    private int checked(long task) {
        if (task < 0 || task >= tasks()) {
            throw new IllegalArgumentException("task " + task + " does not exist; tasks are 0 to " + (tasks() - 1));
        }
        return (int) task;
    }

    @Override
    public BlockPlan.Worker worker() {
        return new BlockPlan.Worker() {
            private final Kernel kernel = prepared.space().evaluator.kernel();

            @Override
            public byte[] compute(long task) {
                int block = checked(task);
                int t0 = prepared.first(block);
                int count = prepared.end(block) - t0;
                int points = prepared.k() + 1;
                int outs = prepared.space().outcomes.size();
                double[][][] f = new double[outs][count][points];
                prepared.evaluate(block, kernel, f, t0);
                var w = new PartialBytes.Writer().putInt(block).putInt(count);
                for (double[][] byTrajectory : f) {
                    for (double[] y : byTrajectory) {
                        w.putDoubles(y, 0, points);
                    }
                }
                return w.toByteArray();
            }
        };
    }

    @Override
    public BlockPlan.Merger<MorrisResult> merger() {
        return new InOrderMerger<>(tasks()) {
            private final double[][][] f = prepared.outputs();

            @Override
            protected void merge(long task, PartialBytes.Reader r) {
                int block = r.getInt();
                int count = r.getInt();
                int t0 = prepared.first(block);
                if (block != task || count != prepared.end(block) - t0) {
                    throw new IllegalArgumentException("partial of block " + block + " with " + count
                            + " trajectories handed in as task " + task);
                }
                int points = prepared.k() + 1;
                for (double[][] byTrajectory : f) {
                    for (int t = t0; t < t0 + count; t++) {
                        r.getDoubles(byTrajectory[t], 0, points);
                    }
                }
            }

            @Override
            protected MorrisResult finish() {
                return Morris.finish(prepared, f);
            }
        };
    }
}
