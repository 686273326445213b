package fi.foresight.bench;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.BlockStudy;
import fi.foresight.cib.BasinBlocks;
import fi.foresight.cib.Cib;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.job.ModelSource;
import fi.foresight.job.ModelSources;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.rundir.CsvTables;
import fi.foresight.sensitivity.Sobol;
import fi.foresight.sensitivity.SobolResult;
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
        int mcDefault = Integer.getInteger("bench.mc", 400_000);
        int sobolDefault = Integer.getInteger("bench.sobol", 1 << 16);
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
        final int rounds = sized ? 1 : Integer.getInteger("bench.rounds", 3);
        ModelSource kh = ModelSources.load(Path.of("../scenarios/kanta-hame/model.yaml").toAbsolutePath().normalize());
        MERGE.setLength(0);
        out("load before: " + uptime());
        SparkConf conf = SparkEngines.conf("local[" + THREADS + "]").set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        long c0 = System.nanoTime();
        try (SparkEngines spark = SparkEngines.start(conf)) {
            outf("Spark local[2] context started in %.1f s", (System.nanoTime() - c0) / 1e9);
            out("| study | size | engine | wall s (best of " + rounds + ") | CPU s | work per wall s | "
                    + "vs local engine (wall) | vs local engine (CPU) |");
            out("|---|---|---|---:|---:|---:|---:|---:|");
            String only = System.getProperty("bench.only", "mc,sobol,cib");
            if (only.contains("mc")) {
                BlockStudy<MonteCarloResult> mc = m -> MonteCarlo.of(m).samples(mcSamples).seed(20181122)
                        .threads(THREADS);
                long work = (long) mcSamples * 36;
                measure("Monte Carlo, Kanta-Häme, 6 scenarios x 6 levers", String.format(Locale.ROOT,
                        "%,d samples", work), work, "samples", rounds,
                        () -> csv(mc.configure(kh.model()).run()),
                        () -> csv(Loop.run(mc.configure(kh.model()).blocks(), THREADS)),
                        () -> csv(spark.forModel(kh).run(mc)));
            }
            if (only.contains("sobol")) {
                BlockStudy<SobolResult> sobol = m -> Sobol.of(m).outcome("internationalisation_index")
                        .samples(sobolN).bootstrap(100).seed(1).threads(THREADS);
                measure("Sobol' (Saltelli), Kanta-Häme index", "N = " + sobolN, sobolN, "rows", rounds,
                        () -> csv(sobol.configure(kh.model()).run()),
                        () -> csv(Loop.run(sobol.configure(kh.model()).blocks(), THREADS)),
                        () -> csv(spark.forModel(kh).run(sobol)));
            }
            if (only.contains("cib")) {
                CrossImpactSystem system = system(10, 4, 3);
                measure("CIB succession basins, 10 descriptors x 4 variants", String.format(Locale.ROOT,
                        "%,d starts", cibStarts), cibStarts, "starts", rounds,
                        () -> csv(Cib.of(system).threads(THREADS).basins(cibStarts, 7L).table()),
                        () -> csv(Loop.run(BasinBlocks.of(system.matrix(), cibStarts, 7L), THREADS).table()),
                        () -> csv(spark.basins(system.matrix(), cibStarts, 7L).table()));
            }
            outf("On the merging thread of the plain loops (per run): %s", MERGE);
        }
        out("load after: " + uptime());
    }

    private static final StringBuilder MERGE = new StringBuilder();

    /**
     * Runs the three engines {@code rounds} times, rotating which goes first, checks that their tables agree,
     * and prints the best wall time of each with the process CPU time of that run.
     */
    @SafeVarargs
    private static void measure(String name, String size, long work, String unit, int rounds,
                                java.util.function.Supplier<String>... engines) {
        double[] wall = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] cpu = new double[3];
        for (int r = 0; r < rounds; r++) {
            String expected = null;
            for (int i = 0; i < 3; i++) {
                int e = (i + r) % 3;
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                String tables = engines[e].get();
                double seconds = (System.nanoTime() - t0) / 1e9;
                double cpuSeconds = (cpuNanos() - c0) / 1e9;
                if (expected != null && !expected.equals(tables)) {
                    throw new IllegalStateException(name + ": the tables of engine " + e + " differ");
                }
                expected = tables;
                if (seconds < wall[e]) {
                    wall[e] = seconds;
                    cpu[e] = cpuSeconds;
                }
            }
        }
        String[] labels = {"local engine, 2 threads", "block tasks, plain 2-thread loop", "block tasks, Spark local[2]"};
        for (int e = 0; e < 3; e++) {
            outf("| %s | %s | %s | %.2f | %.2f | %,.0f %s | %.2f | %.2f |", e == 0 ? name : "", e == 0 ? size : "",
                    labels[e], wall[e], cpu[e], work / wall[e], unit, wall[0] / wall[e], cpu[0] / cpu[e]);
        }
    }

    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
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

        static <R> R run(BlockPlan<R> plan, int threads) {
            var mergeNanos = new AtomicLong();
            var resultNanos = new AtomicLong();
            long w0 = System.nanoTime();
            R r = run(plan, threads, mergeNanos, resultNanos);
            MERGE.append(String.format(Locale.ROOT, "merge %.2f s + result %.2f s of %.2f s; ",
                    mergeNanos.get() / 1e9, resultNanos.get() / 1e9, (System.nanoTime() - w0) / 1e9));
            return r;
        }

        static <R> R run(BlockPlan<R> plan, int threads, AtomicLong mergeNanos, AtomicLong resultNanos) {
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
            long r0 = System.nanoTime();
            R result = m.result();
            resultNanos.addAndGet(System.nanoTime() - r0);
            return result;
        }
    }
}
