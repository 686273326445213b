package fi.foresight.sensitivity;

import fi.foresight.analysis.InOrderMerger;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.PartialBytes;
import fi.foresight.evaluation.Kernel;
import fi.foresight.sampling.BlockStreams;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Sobol' analysis as tasks ({@link Sobol#blocks()}): task b evaluates block b of the Saltelli design (rows
 * b · {@value SaltelliDesign#BLOCK} …) and returns f(A), f(B), f(AB_i) (and f(BA_i)) of those rows; the merger
 * places them and runs the estimators; {@link Sobol#run()} is this plan on this machine's threads. The plan holds
 * the analysis' settings as they were when it was made ({@link SobolSettings}), never the builder.
 */
final class SobolBlocks implements BlockPlan<SobolResult> {
    private final Sobol.Prepared prepared;
    private final int n;
    private final boolean second;

    SobolBlocks(Sobol.Prepared prepared) {
        this.prepared = prepared;
        this.n = prepared.settings().samples();
        this.second = prepared.settings().secondOrder();
    }

    @Override
    public long tasks() {
        return SaltelliDesign.blocks(n);
    }

    @Override
    public BlockPlan.Worker worker() {
        return new BlockPlan.Worker() {
            private final Kernel kernel = prepared.space().evaluator.kernel();
            private BlockStreams.Sequence streams;

            @Override
            public byte[] compute(long task) {
                int block = checked(task);
                UniformRandomProvider rng = null;
                if (!prepared.design().isSobol()) {
                    if (streams == null || streams.nextBlock() != block) {
                        streams = BlockStreams.sequence(prepared.design().streamSeed(), block);
                    }
                    rng = streams.next();
                }
                var part = SaltelliRun.block(prepared.space(), prepared.design(), prepared.copula(), n, second, block,
                        rng, kernel);
                var w = new PartialBytes.Writer().putInt(block).putInt(part.n);
                for (int o = 0; o < part.fa.length; o++) {
                    w.putDoubles(part.fa[o], 0, part.n).putDoubles(part.fb[o], 0, part.n);
                    for (double[] col : part.fab[o]) {
                        w.putDoubles(col, 0, part.n);
                    }
                    if (second) {
                        for (double[] col : part.fba[o]) {
                            w.putDoubles(col, 0, part.n);
                        }
                    }
                }
                return w.toByteArray();
            }
        };
    }

    private int checked(long task) {
        if (task < 0 || task >= tasks()) {
            throw new IllegalArgumentException("task " + task + " does not exist; tasks are 0 to " + (tasks() - 1));
        }
        return (int) task;
    }

    @Override
    public BlockPlan.Merger<SobolResult> merger() {
        return new InOrderMerger<>(tasks()) {
            private final SaltelliRun run = SaltelliRun.empty(prepared.space(), n, second);

            @Override
            protected void merge(long task, PartialBytes.Reader r) {
                int block = r.getInt();
                int rows = r.getInt();
                int start = block * SaltelliDesign.BLOCK;
                if (block != task || rows != Math.min(SaltelliDesign.BLOCK, n - start)) {
                    throw new IllegalArgumentException("partial of block " + block + " with " + rows
                            + " rows handed in as task " + task);
                }
                for (int o = 0; o < run.fa.length; o++) {
                    r.getDoubles(run.fa[o], start, rows);
                    r.getDoubles(run.fb[o], start, rows);
                    for (double[] col : run.fab[o]) {
                        r.getDoubles(col, start, rows);
                    }
                    if (second) {
                        for (double[] col : run.fba[o]) {
                            r.getDoubles(col, start, rows);
                        }
                    }
                }
            }

            @Override
            protected SobolResult finish() {
                return Sobol.estimate(prepared, run);
            }
        };
    }
}
