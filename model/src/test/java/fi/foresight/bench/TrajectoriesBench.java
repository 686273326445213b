package fi.foresight.bench;

import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Driver;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.model.Target;
import fi.foresight.model.TimeEvent;
import fi.foresight.model.TimeProcess;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.time.Trajectories;
import fi.foresight.time.TrajectoryResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The trajectory job of issue 9: 1,000,000 paths over a 12-year horizon (2019–2030) of the Monte Carlo
 * benchmark's eight triangular drivers, three of them growing at a rate drawn per path, three on random walks,
 * one switched off by an event in a random year; outcomes: their weighted sum and its running total
 * ({@code prev}); per year mean and nine percentiles from the quantile sketch, target exceedance and first
 * passage. Timed per job.
 *
 * <ul>
 *   <li>{@code trajectories}: {@link Trajectories} on 1 thread and on all cores; the peak heap in use is printed
 *       at the end of each trial. The JVM is capped at 64 MiB of heap, as for the static engine.</li>
 *   <li>{@code staticBaseline}: the static {@link MonteCarlo} engine on the same model with 12,000,000 samples,
 *       the same number of kernel evaluations (what twelve independent static runs would cost).</li>
 * </ul>
 *
 * Run: {@code mvn -o -Pbench -pl model test-compile exec:exec -Dbench=TrajectoriesBench}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class TrajectoriesBench {
    static final int PATHS = 1_000_000;

    /** The Monte Carlo benchmark's drivers with processes, an event, a stock and a target. */
    static Model model() {
        var b = Model.builder("bench_time").horizon(2019, 2030);
        var w = new LinkedHashMap<String, Double>();
        for (int i = 0; i < MonteCarloBench.MODES.length; i++) {
            Driver d = Driver.of("x" + (i + 1), Triangular.of(0, MonteCarloBench.MODES[i], 1)).range(0, 1);
            if (i < 3) {
                d = d.process(TimeProcess.growth(Uniform.of(0, 0.02)));
            } else if (i < 6) {
                d = d.process(TimeProcess.randomWalk(0.005, 0.01));
            }
            b.variable(d);
            w.put("x" + (i + 1), MonteCarloBench.WEIGHTS[i]);
        }
        return b.panel(Panel.of("weights").weights(w).normalise(false)).weightedIndex("sum")
                .outcome("total", "prev(total) + sum")
                .target(Target.atLeast("sum", 0.55))
                .event(TimeEvent.of("shock", Uniform.of(2019, 2031)).probability(0.3).set("x8", 0))
                .build();
    }

    @State(Scope.Benchmark)
    public static class Job {
        @Param({"1", "0"})
        public int threads;
        Model model;
        double last;
        long cpuAtStart;

        @Setup(Level.Trial)
        public void setUp() {
            model = model();
            if (threads == 0) {
                threads = Runtime.getRuntime().availableProcessors();
            }
            MonteCarloBench.resetPeaks();
        }

        @Setup(Level.Iteration)
        public void startCpu() {
            cpuAtStart = MonteCarloBench.processCpuNanos();
        }

        @TearDown(Level.Iteration)
        public void reportCpu() {
            System.out.printf(Locale.ROOT, " [cpu %.0f ms]", (MonteCarloBench.processCpuNanos() - cpuAtStart) / 1e6);
        }

        @TearDown(Level.Trial)
        public void report() {
            System.out.printf(Locale.ROOT, "%n[threads=%d] peak heap used %.1f MiB of max %.1f MiB; last value %.6f%n",
                    threads, MonteCarloBench.peakHeapMiB(), Runtime.getRuntime().maxMemory() / 1048576.0, last);
        }
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
    public double trajectories(Job s) {
        TrajectoryResult r = Trajectories.of(s.model).samples(PATHS).seed(42).threads(s.threads).run();
        s.last = r.outcome("base", "none", "sum").in(2030).percentile(50);
        return s.last;
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
    public double staticBaseline(Job s) {
        var r = MonteCarlo.of(s.model).samples(12L * PATHS).seed(42).threads(s.threads).run();
        s.last = r.statistics("base", "none", "sum").percentile(50);
        return s.last;
    }
}
