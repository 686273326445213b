package fi.foresight.bench;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.BlockAnalysis;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.BlockStudy;
import fi.foresight.cib.Basins;
import fi.foresight.cib.BasinBlocks;
import fi.foresight.cib.Cib;
import fi.foresight.cib.CrossImpactSystem;
import fi.foresight.job.ModelSource;
import fi.foresight.job.ModelSources;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.rundir.CsvTables;
import fi.foresight.sensitivity.Sobol;
import fi.foresight.spark.SparkEngines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkConf;
import tech.tablesaw.api.Table;

/**
 * A timed harness (not JMH: a Spark context is a process-level resource): the same studies on the local engine
 * (2 threads), on a plain 2-thread loop over the same block tasks, and on Spark local[2], alternating, with the
 * tables checked byte for byte. Prints a Markdown table for docs/benchmarks.md.
 *
 * <pre>
 * mvn -o -q -B -Pbench -pl spark -am test-compile      # runs this class after compiling
 * </pre>
 * Sizes: -Dbench.mc=samples per scenario x lever, -Dbench.sobol=base sample N, -Dbench.cib=starts,
 * -Dbench.rounds=repeats (JVM options in spark/pom.xml, profile bench).
 */
public final class SparkBench {
    private static final int THREADS = 2;

    private SparkBench() {
    }

    public static void main(String[] args) throws Exception {
        int mcDefault = Integer.getInteger("bench.mc", 100_000);
        int sobolDefault = Integer.getInteger("bench.sobol", 1 << 13);
        long cibDefault = Long.getLong("bench.cib", 50_000_000L);
        boolean warmUp = !Boolean.getBoolean("bench.warm");
        if (warmUp) {
            // one unreported pass at a tenth of the sizes, in this JVM, so that every engine runs compiled code
            System.setProperty("bench.warm", "true");
            System.setProperty("bench.quiet", "true");
            main(new String[] {String.valueOf(mcDefault / 10), String.valueOf(Math.max(1024, sobolDefault / 8)),
                String.valueOf(cibDefault / 10)});
            System.clearProperty("bench.quiet");
        }
        boolean sized = args.length == 3;
        final int mcSamples = sized ? Integer.parseInt(args[0]) : mcDefault;
        final int sobolN = sized ? Integer.parseInt(args[1]) : sobolDefault;
        final long cibStarts = sized ? Long.parseLong(args[2]) : cibDefault;
        final int rounds = sized ? 1 : Integer.getInteger("bench.rounds", 2);
        ModelSource kh = ModelSources.load(Path.of("../scenarios/kanta-hame/model.yaml").toAbsolutePath().normalize());
        out("load before: " + uptime());
        SparkConf conf = SparkEngines.conf("local[" + THREADS + "]").set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        long c0 = System.nanoTime();
        try (SparkEngines spark = SparkEngines.start(conf)) {
            outf("Spark local[2] context started in %.1f s%n", (System.nanoTime() - c0) / 1e9);
            out("| study | size | engine | seconds (best of " + rounds + ") | work/s | vs local engine |");
            out("|---|---|---|---:|---:|---:|");

            BlockStudy<fi.foresight.montecarlo.MonteCarloResult> mc = m -> MonteCarlo.of(m).samples(mcSamples).seed(20181122)
                    .threads(THREADS);
            long mcWork = (long) mcSamples * 36;
            compare("Monte Carlo, Kanta-Häme, 6 scenarios x 6 levers", String.format(Locale.ROOT,
                    "%,d samples", mcWork), mcWork, "samples", rounds, mc, kh, spark);

            BlockStudy<fi.foresight.sensitivity.SobolResult> sobol = m -> Sobol.of(m).outcome("internationalisation_index")
                    .samples(sobolN).bootstrap(100).seed(1).threads(THREADS);
            compare("Sobol' (Saltelli), Kanta-Häme index", "N = " + sobolN, sobolN, "rows", rounds, sobol, kh, spark);

            CrossImpactSystem system = system(10, 4, 3);
            double best = Double.POSITIVE_INFINITY;
            double bestSpark = Double.POSITIVE_INFINITY;
            double bestLoop = Double.POSITIVE_INFINITY;
            String expected = null;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                Basins here = Cib.of(system).threads(THREADS).basins(cibStarts, 7L);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                expected = csv(here.table());
                t0 = System.nanoTime();
                Basins loop = Loop.run(BasinBlocks.of(system.matrix(), cibStarts, 7L), THREADS, null);
                bestLoop = Math.min(bestLoop, (System.nanoTime() - t0) / 1e9);
                check(expected, csv(loop.table()), "cib loop");
                t0 = System.nanoTime();
                Basins there = spark.basins(system.matrix(), cibStarts, 7L);
                bestSpark = Math.min(bestSpark, (System.nanoTime() - t0) / 1e9);
                check(expected, csv(there.table()), "cib spark");
            }
            row("CIB succession basins, 10 descriptors x 4 variants", String.format(Locale.ROOT, "%,d starts",
                    cibStarts), cibStarts, "starts", best, bestLoop, bestSpark);
        }
        out("load after: " + uptime());
    }

    private static <R extends AnalysisResult> void compare(String name, String size, long work, String unit,
                                                           int rounds, BlockStudy<R> study,
                                                           ModelSource model, SparkEngines spark) {
        double local = Double.POSITIVE_INFINITY;
        double loop = Double.POSITIVE_INFINITY;
        double onSpark = Double.POSITIVE_INFINITY;
        double merge = 0;
        for (int r = 0; r < rounds; r++) {
            BlockAnalysis<R> a = study.configure(model.model());
            long t0 = System.nanoTime();
            String expected = csv(a.run());
            local = Math.min(local, (System.nanoTime() - t0) / 1e9);
            var mergeNanos = new AtomicLong();
            t0 = System.nanoTime();
            AnalysisResult viaLoop = Loop.run(study.configure(model.model()).blocks(), THREADS, mergeNanos);
            loop = Math.min(loop, (System.nanoTime() - t0) / 1e9);
            merge = mergeNanos.get() / 1e9;
            check(expected, csv(viaLoop), name + " loop");
            t0 = System.nanoTime();
            AnalysisResult there = spark.forModel(model).run(study);
            onSpark = Math.min(onSpark, (System.nanoTime() - t0) / 1e9);
            check(expected, csv(there), name + " spark");
        }
        row(name, size, work, unit, local, loop, onSpark);
        outf("|   (merge on the driver: %.2f s of the plain loop's run) | | | | | |%n", merge);
    }

    private static void row(String name, String size, long work, String unit, double local, double loop,
                            double spark) {
        outf("| %s | %s | local engine, 2 threads | %.2f | %,.0f %s | 1.00 |%n", name, size,
                local, work / local, unit);
        outf("| | | block tasks, plain 2-thread loop | %.2f | %,.0f %s | %.2f |%n", loop,
                work / loop, unit, local / loop);
        outf("| | | block tasks, Spark local[2] | %.2f | %,.0f %s | %.2f |%n", spark,
                work / spark, unit, local / spark);
    }

    private static void check(String expected, String actual, String what) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(what + ": tables differ from the local engine's");
        }
    }

    static String csv(AnalysisResult r) {
        return csv(r.tables().toArray(Table[]::new));
    }

    static String csv(Table... tables) {
        var sb = new StringBuilder();
        for (Table t : tables) {
            sb.append(new String(CsvTables.bytes(t), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static void out(String line) {
        if (!Boolean.getBoolean("bench.quiet")) {
            System.out.println(line);
        }
    }

    private static void outf(String format, Object... args) {
        out(String.format(Locale.ROOT, format, args).stripTrailing());
    }

    static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Descriptors that reinforce equal variants, with seeded noise (several basins). */
    static CrossImpactSystem system(int descriptors, int variants, long seed) {
        var r = new java.util.SplittableRandom(seed);
        var b = CrossImpactSystem.builder("bench");
        String[] names = new String[variants];
        for (int v = 0; v < variants; v++) {
            names[v] = "v" + (v + 1);
        }
        for (int d = 0; d < descriptors; d++) {
            b.descriptor("D" + d, names);
        }
        for (int i = 0; i < descriptors; i++) {
            for (int j = 0; j < descriptors; j++) {
                if (i != j) {
                    for (String u : names) {
                        for (String w : names) {
                            b.impact("D" + i, u, "D" + j, w, (u.equals(w) ? 2 : -1) + r.nextInt(5) - 2);
                        }
                    }
                }
            }
        }
        return b.build();
    }

    /**
     * The plain baseline: the plan's block tasks on {@code threads} Java threads taking tasks from a shared
     * counter, merged in task order by the calling thread as they arrive.
     */
    static final class Loop {
        private Loop() {
        }

        static <R> R run(BlockPlan<R> plan, int threads, AtomicLong mergeNanos) {
            long tasks = plan.tasks();
            var done = new ConcurrentHashMap<Long, byte[]>();
            var next = new AtomicLong();
            var merged = new AtomicLong();
            long window = 8L * threads;
            Thread[] workers = new Thread[threads];
            for (int i = 0; i < threads; i++) {
                workers[i] = new Thread(() -> {
                    BlockPlan.Worker w = plan.worker();
                    for (long t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                        synchronized (done) {
                            while (t >= merged.get() + window) {
                                try {
                                    done.wait(100);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        }
                        done.put(t, w.compute(t));
                        synchronized (done) {
                            done.notifyAll();
                        }
                    }
                });
                workers[i].setDaemon(true);
                workers[i].start();
            }
            BlockPlan.Merger<R> m = plan.merger();
            try {
                while (m.next() < tasks) {
                    long t = m.next();
                    byte[] p;
                    synchronized (done) {
                        while ((p = done.remove(t)) == null) {
                            done.wait(100);
                        }
                    }
                    long t0 = System.nanoTime();
                    m.accept(t, p);
                    if (mergeNanos != null) {
                        mergeNanos.addAndGet(System.nanoTime() - t0);
                    }
                    for (long skipped = t + 1; skipped < m.next(); skipped++) {
                        done.remove(skipped);
                    }
                    merged.set(m.next());
                    synchronized (done) {
                        done.notifyAll();
                    }
                }
                next.set(tasks);
                for (Thread w : workers) {
                    w.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return m.result();
        }
    }
}
