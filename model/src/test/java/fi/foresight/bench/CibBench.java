package fi.foresight.bench;

import fi.foresight.cib.Basins;
import fi.foresight.cib.Cib;
import fi.foresight.model.CibMatrix;
import fi.foresight.cib.CibResult;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.cib.ScenarioWizard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cross-impact balance on the ScenarioWizard sample projects:
 * <ul>
 * <li>{@code consistentNested}: all consistent scenarios of CIB_nested (17 descriptors, 408,146,688 scenarios)
 * by the pruned exact search;</li>
 * <li>{@code bruteForceNested}: the baseline, a plain enumeration of all 408,146,688 scenarios in Java (odometer
 * order, balances updated by adding and subtracting rows, every scenario checked) — one single-shot run;</li>
 * <li>{@code basinsSimplified}: the exhaustive succession-basin scan of CIB_nested_simplified_standardized
 * (22,674,816 start scenarios).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class CibBench {

    private CrossImpactSystem nested;
    private CrossImpactSystem simplified;

    /** Number of worker threads. */
    @State(Scope.Benchmark)
    public static class Threads {
        @Param({"1", "2"})
        public int threads;
    }

    @Setup
    public void load() {
        nested = read("CIB_nested");
        simplified = read("CIB_nested_simplified_standardized");
    }

    private static CrossImpactSystem read(String stem) {
        String path = "/fi/foresight/cib/scenariowizard/" + stem + ".scw";
        try (InputStream in = CibBench.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return ScenarioWizard.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path).system();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public CibResult consistentNested(Threads t) {
        return Cib.of(nested).threads(t.threads).consistent();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public long bruteForceNested() {
        long found = bruteForce(nested.matrix());
        if (found != 20) {
            throw new IllegalStateException("brute force found " + found + " consistent scenarios; expected 20");
        }
        return found;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Basins basinsSimplified(Threads t) {
        return Cib.of(simplified).threads(t.threads).basins();
    }

    /** Counts the consistent scenarios by visiting every scenario of the space. */
    static long bruteForce(CibMatrix m) {
        int n = m.descriptors();
        int total = m.size();
        int[][] rows = m.toRows();
        int[] first = new int[n];
        int[] sizes = m.variantCounts();
        for (int d = 1; d < n; d++) {
            first[d] = first[d - 1] + sizes[d - 1];
        }
        int[] s = new int[n];
        int[] theta = new int[total];
        for (int d = 0; d < n; d++) {
            add(theta, rows[first[d]], 1);
        }
        long consistent = 0;
        while (true) {
            boolean ok = true;
            for (int j = 0; j < n && ok; j++) {
                int chosen = theta[first[j] + s[j]];
                for (int b = 0; b < sizes[j] && ok; b++) {
                    ok = theta[first[j] + b] <= chosen;
                }
            }
            if (ok) {
                consistent++;
            }
            int d = n - 1;
            while (d >= 0) {
                add(theta, rows[first[d] + s[d]], -1);
                s[d] = (s[d] + 1) % sizes[d];
                add(theta, rows[first[d] + s[d]], 1);
                if (s[d] != 0) {
                    break;
                }
                d--;
            }
            if (d < 0) {
                return consistent;
            }
        }
    }

    private static void add(int[] theta, int[] row, int sign) {
        for (int c = 0; c < theta.length; c++) {
            theta[c] += sign * row[c];
        }
    }
}
