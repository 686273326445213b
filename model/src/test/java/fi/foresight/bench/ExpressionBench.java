package fi.foresight.bench;

import fi.foresight.expression.ColumnProgram;
import fi.foresight.expression.Expression;
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
 * One block of samples through an outcome formula three ways: the compiled {@link ColumnProgram} (the
 * Monte Carlo hot path), scalar {@link Expression#evaluate} per sample, and the same formula written by hand
 * in Java as the baseline. Reported as nanoseconds per block of {@code n} samples.
 *
 * <pre>./mvnw -o -Pbench -pl model test-compile exec:exec -Dbench=ExpressionBench</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExpressionBench {

    private static final String ISHIGAMI = "sin(x1) + 7 * sin(x2)^2 + 0.1 * x3^4 * sin(x1)";
    private static final String OUTCOME = "clamp(0.6 * x1 + 0.3 * x2 - 0.1 * x3, -1, 1) + if(x1 > 0 and x2 < 0.5, x3 * x3, 0)";

    @Param({"ishigami", "outcome"})
    public String formula;

    @Param({"4096"})
    public int n;

    private double[][] columns;
    private double[] out;
    private Expression expression;
    private ColumnProgram program;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        columns = new double[3][n];
        for (double[] column : columns) {
            for (int k = 0; k < n; k++) {
                column[k] = random.nextDouble(-Math.PI, Math.PI);
            }
        }
        out = new double[n];
        expression = Expression.parse(formula.equals("ishigami") ? ISHIGAMI : OUTCOME);
        program = expression.compile(List.of("x1", "x2", "x3"));
    }

    @Benchmark
    public double[] columnProgram() {
        program.evaluate(columns, n, out);
        return out;
    }

    @Benchmark
    public double[] scalarPerSample() {
        double[] x1 = columns[0];
        double[] x2 = columns[1];
        double[] x3 = columns[2];
        for (int k = 0; k < n; k++) {
            int sample = k;
            out[k] = expression.evaluate(name -> name.equals("x1") ? x1[sample] : name.equals("x2") ? x2[sample] : x3[sample]);
        }
        return out;
    }

    @Benchmark
    public double[] handWritten() {
        double[] x1 = columns[0];
        double[] x2 = columns[1];
        double[] x3 = columns[2];
        if (formula.equals("ishigami")) {
            for (int k = 0; k < n; k++) {
                out[k] = Math.sin(x1[k]) + 7 * Math.pow(Math.sin(x2[k]), 2) + 0.1 * Math.pow(x3[k], 4) * Math.sin(x1[k]);
            }
        } else {
            for (int k = 0; k < n; k++) {
                double lo = 0.6 * x1[k] + 0.3 * x2[k] - 0.1 * x3[k];
                out[k] = Math.min(Math.max(lo, -1), 1) + (x1[k] > 0 && x2[k] < 0.5 ? x3[k] * x3[k] : 0);
            }
        }
        return out;
    }
}
