package fi.foresight.expression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ColumnProgramTest {

    private static final List<String> XYZ = List.of("x", "y", "z");

    private static double[][] uniformColumns(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] columns = new double[3][n];
        for (double[] column : columns) {
            for (int k = 0; k < n; k++) {
                column[k] = random.nextDouble(-Math.PI, Math.PI);
            }
        }
        return columns;
    }

    /** Asserts column results equal scalar results bit for bit over the special-value columns. */
    private static void assertMatchesScalar(String text) {
        Expression e = Expression.parse(text);
        int n = 60;
        double[][] columns = RandomTrees.columns(n, 11);
        ColumnProgram program = e.compile(RandomTrees.NAMES);
        double[] out = new double[n];
        program.evaluate(columns, n, out);
        for (int k = 0; k < n; k++) {
            int sample = k;
            double expected = e.evaluate(name -> columns[RandomTrees.NAMES.indexOf(name)][sample]);
            assertTrue(RandomTrees.same(expected, out[k]),
                    () -> text + " at " + sample + ": scalar " + expected + ", column " + out[sample]);
        }
    }

    @Test
    void ishigamiColumnsEqualTheFormulaBitForBit() {
        Expression ishigami = Expression.parse("sin(x1) + 7 * sin(x2)^2 + 0.1 * x3^4 * sin(x1)");
        int n = 4096;
        double[][] columns = uniformColumns(n, 42);
        double[] out = new double[n];
        ishigami.compile(List.of("x1", "x2", "x3")).evaluate(columns, n, out);
        for (int k = 0; k < n; k++) {
            double x1 = columns[0][k];
            double x2 = columns[1][k];
            double x3 = columns[2][k];
            assertEquals(Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1), out[k]);
        }
    }

    @Test
    void everyOperatorWithColumnsAndConstantsOnEitherSide() {
        for (String op : List.of("+", "-", "*", "/", "^", "<", "<=", ">", ">=", "==", "!=", "and", "or")) {
            assertMatchesScalar("x " + op + " y");
            assertMatchesScalar("x " + op + " 2");
            assertMatchesScalar("2 " + op + " x");
            assertMatchesScalar("0 " + op + " x");
            assertMatchesScalar("x " + op + " x");
        }
        for (String f : List.of("abs", "sqrt", "exp", "log", "log10", "sin", "cos", "tan")) {
            assertMatchesScalar(f + "(x)");
            assertMatchesScalar("-" + f + "(x * y)");
        }
        for (String text : List.of("min(x, y)", "min(0, x)", "max(x, -0)", "min(x, y, z, 1)", "max(1, x, 2, y)",
                "clamp(x, -1, 1)", "clamp(x, y, z)", "clamp(1, y, 3)", "clamp(x, 1, 0)", "if(x, y, z)",
                "if(x > 0, 1, -1)", "if(x > 0, y, 0)", "not x", "not x < y", "-x", "x", "w.1 - x")) {
            assertMatchesScalar(text);
        }
    }

    @Test
    void constantExpressionsFillTheOutput() {
        double[] out = new double[5];
        Expression.parse("2^10 + sqrt(16)").compile(List.of()).evaluate(new double[0][], 5, out);
        assertArrayEquals(new double[] {1028, 1028, 1028, 1028, 1028}, out);
    }

    @Test
    void constantSubtreesAreFoldedAtCompileTime() {
        ColumnProgram program = Expression.parse("x * (2 * pi) + sqrt(4) - if(1 < 2, 3, y)").compile(XYZ);
        assertEquals("ColumnProgram for x * (2 * pi) + sqrt(4) - if(1 < 2, 3, y)\n"
                + "  out = x * " + (2 * Math.PI) + "\n"
                + "  out = out + 2.0\n"
                + "  out = out - 3.0", program.toString());
        assertEquals("ColumnProgram for 1 + 2 * 3\n  out = 7.0", Expression.parse("1 + 2 * 3").compile(XYZ).toString());
    }

    @Test
    void onlyALeadingRunOfConstantsInAChainIsFolded() {
        assertEquals("ColumnProgram for 1 + 2 + x + 3 + 4\n  out = x + 3.0\n  out = out + 3.0\n  out = out + 4.0",
                Expression.parse("1 + 2 + x + 3 + 4").compile(XYZ).toString(),
                "(x + 3) + 4 differs from x + 7 in floating point, so it is kept");
    }

    @Test
    void temporariesAreReusedInPlace() {
        String listing = Expression.parse("sin(x) * cos(y) + sin(y) * cos(z)").compile(XYZ).toString();
        assertEquals("ColumnProgram for sin(x) * cos(y) + sin(y) * cos(z)\n"
                + "  out = sin(x)\n  t0 = cos(y)\n  out = out * t0\n"
                + "  t0 = sin(y)\n  t1 = cos(z)\n  t0 = t0 * t1\n  out = out + t0", listing,
                "the output column accumulates in place and two temporaries serve the whole expression");
    }

    @Test
    void onlyTheFirstNEntriesAreWrittenAndBlocksMayGrowAndShrink() {
        ColumnProgram program = Expression.parse("x * y - z").compile(XYZ);
        double[][] columns = uniformColumns(1000, 3);
        for (int n : new int[] {10, 1000, 0, 7, 999}) {
            double[] out = new double[1000];
            java.util.Arrays.fill(out, -99);
            program.evaluate(columns, n, out);
            for (int k = 0; k < 1000; k++) {
                double expected = k < n ? columns[0][k] * columns[1][k] - columns[2][k] : -99;
                assertEquals(expected, out[k], "n = " + n + ", k = " + k);
            }
        }
    }

    @Test
    void namesSharingASlotReadTheSameColumn() {
        double[] out = new double[3];
        Expression.parse("a - b").compile(Map.of("a", 0, "b", 0)).evaluate(new double[][] {{1, 2, 3}}, 3, out);
        assertArrayEquals(new double[] {0, 0, 0}, out);
    }

    @Test
    void slotsComeFromTheMapAndExtraSlotsAreIgnored() {
        double[] out = new double[2];
        Expression.parse("b / a").compile(Map.of("a", 2, "b", 0, "unused", 1))
                .evaluate(new double[][] {{10, 20}, null, {2, 4}}, 2, out);
        assertArrayEquals(new double[] {5, 5}, out);
    }

    @Test
    void copiesOnSeveralThreadsComputeTheSameAsOneInstance() throws Exception {
        Expression e = Expression.parse("if(x > 0, sqrt(x) * y, clamp(z, -1, 1)) + max(x, y, z)");
        ColumnProgram prototype = e.compile(XYZ);
        int n = 2048;
        int blocks = 16;
        double[][][] inputs = new double[blocks][][];
        double[][] expected = new double[blocks][n];
        for (int b = 0; b < blocks; b++) {
            inputs[b] = uniformColumns(n, 100 + b);
            prototype.evaluate(inputs[b], n, expected[b]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[][]>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 2; t++) {
                results.add(pool.submit(() -> {
                    ColumnProgram mine = prototype.copy();
                    double[][] outs = new double[blocks][n];
                    for (int b = 0; b < blocks; b++) {
                        mine.evaluate(inputs[b], n, outs[b]);
                    }
                    return outs;
                }));
            }
            for (Future<double[][]> result : results) {
                double[][] outs = result.get();
                for (int b = 0; b < blocks; b++) {
                    assertArrayEquals(expected[b], outs[b]);
                }
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(e, prototype.copy().expression());
    }

    @Test
    void unknownSlotNamesTheName() {
        Expression e = Expression.parse("x1 + x3");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> e.compile(Map.of("x1", 0, "x2", 1)));
        assertEquals("no slot for 'x3' (column 6 of 'x1 + x3'); slots are given for [x1, x2]", error.getMessage());
        assertEquals("slot for 'x1' is -1; slots must be >= 0",
                assertThrows(IllegalArgumentException.class, () -> e.compile(Map.of("x1", -1, "x3", 0))).getMessage());
        assertEquals("slot name 'x1' appears twice in [x1, x3, x1]",
                assertThrows(IllegalArgumentException.class, () -> e.compile(List.of("x1", "x3", "x1"))).getMessage());
    }

    @Test
    void badBlocksAreRejectedWithTheReason() {
        ColumnProgram program = Expression.parse("x + z").compile(XYZ);
        double[] out = new double[4];
        double[] x = {1, 2, 3, 4};
        assertEquals("n (5) must be in [0, out.length = 4]", assertThrows(IllegalArgumentException.class,
                () -> program.evaluate(new double[][] {x, x, x}, 5, out)).getMessage());
        assertEquals("n (-1) must be in [0, out.length = 4]", assertThrows(IllegalArgumentException.class,
                () -> program.evaluate(new double[][] {x, x, x}, -1, out)).getMessage());
        assertEquals("'z' reads slot 2 but columns has only 2 arrays", assertThrows(IllegalArgumentException.class,
                () -> program.evaluate(new double[][] {x, x}, 4, out)).getMessage());
        assertEquals("column 2 ('z') has length 3; it needs at least n = 4", assertThrows(IllegalArgumentException.class,
                () -> program.evaluate(new double[][] {x, x, new double[3]}, 4, out)).getMessage());
        assertEquals("column 2 ('z') has no array; it needs at least n = 4", assertThrows(IllegalArgumentException.class,
                () -> program.evaluate(new double[][] {x, x, null}, 4, out)).getMessage());
        assertEquals("out is column 0 ('x'), which the program reads; pass a separate output array",
                assertThrows(IllegalArgumentException.class, () -> program.evaluate(new double[][] {x, x, x}, 4, x)).getMessage());
        program.evaluate(new double[][] {x, null, new double[] {1, 1, 1}}, 3, out);
        assertArrayEquals(new double[] {2, 3, 4, 0}, out, "the unread slot 1 may be null; 3 entries suffice for n = 3");
    }
}
