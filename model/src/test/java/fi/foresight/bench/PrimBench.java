package fi.foresight.bench;

import fi.foresight.discovery.DiscoveryBox;
import fi.foresight.discovery.DiscoveryData;
import fi.foresight.discovery.Prim;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
 * PRIM on sampled futures: 10^6 futures × 40 uniform inputs with a planted box on two of them (y = 1 when
 * x1 > 0.7 and x2 < 0.3), one box (peeling, choice, pasting, quasi-p values), as the EMA Workbench's
 * {@code prim.Prim(x, y, threshold=0.8).find_box()}. Reported in seconds per search; the data are drawn once.
 *
 * <pre>./mvnw -o -Pbench -pl model test-compile exec:exec -Dbench=PrimBench</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class PrimBench {
    @Param({"1000000"})
    public int futures;

    @Param({"40"})
    public int inputs;

    private DiscoveryData data;

    @Setup
    public void setUp() {
        var rng = new SplittableRandom(1);
        double[][] x = new double[inputs][futures];
        boolean[] y = new boolean[futures];
        for (int k = 0; k < inputs; k++) {
            for (int i = 0; i < futures; i++) {
                x[k][i] = rng.nextDouble();
            }
        }
        for (int i = 0; i < futures; i++) {
            y[i] = x[0][i] > 0.7 && x[1][i] < 0.3;
        }
        var names = new ArrayList<String>();
        var levels = new ArrayList<List<String>>();
        for (int k = 0; k < inputs; k++) {
            names.add("x" + (k + 1));
            levels.add(List.of());
        }
        data = new DiscoveryData(names, levels, x, y);
    }

    /** One PRIM box on the planted data. */
    @Benchmark
    public List<DiscoveryBox> oneBox() {
        return new Prim().boxes(1).find(data);
    }
}
