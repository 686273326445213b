package fi.foresight.expression;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds arbitrary text to the parser. A text either fails with {@link ExpressionSyntaxException} (with a
 * column inside the text or just after it) or parses, and then its canonical form parses to the same
 * canonical form and its compiled column program agrees bit for bit with scalar evaluation. Any other
 * exception, a stack overflow included, is a finding.
 *
 * <p>{@code mvn test} runs the inputs in {@code ExpressionParserFuzzTestInputs/fuzzParse/} (regression
 * mode). To fuzz: {@code JAZZER_FUZZ=1 ./mvnw -pl model test -Dtest=ExpressionParserFuzzTest}.
 */
class ExpressionParserFuzzTest {

    private static final int N = 24;

    @FuzzTest(maxDuration = "60s")
    void fuzzParse(@NotNull String text) {
        Expression expression;
        try {
            expression = Expression.parse(text);
        } catch (ExpressionSyntaxException e) {
            check(e.column() >= 1 && e.column() <= text.length() + 1, "column " + e.column() + " outside the text");
            check(!e.message().isEmpty(), "empty message");
            check(e.excerpt().contains("^"), "excerpt without a caret");
            return;
        }
        String canonical = expression.canonical();
        if (canonical.length() <= Expression.MAX_LENGTH) {
            String again = Expression.parse(canonical).canonical();
            check(again.equals(canonical), "canonical form '" + canonical + "' re-prints as '" + again + "'");
        }
        List<String> names = new ArrayList<>(expression.names());
        double[][] columns = columns(names.size());
        double[] out = new double[N];
        expression.compile(names).evaluate(columns, N, out);
        for (int k = 0; k < N; k++) {
            int sample = k;
            double scalar = expression.evaluate(name -> columns[names.indexOf(name)][sample]);
            check(Double.doubleToLongBits(scalar) == Double.doubleToLongBits(out[k]),
                    "sample " + k + ": scalar " + scalar + ", column " + out[k]);
        }
    }

    /** Columns that cycle through special values, shifted per column so that combinations vary. */
    private static double[][] columns(int count) {
        double[] values = {0.0, -0.0, 1, -1, 0.5, 2.5, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e-300, 1e300, Math.PI, -3, 7, 1e-9, 100};
        double[][] columns = new double[count][N];
        for (int c = 0; c < count; c++) {
            for (int k = 0; k < N; k++) {
                columns[c][k] = values[(k * (2 * c + 1) + c) % values.length];
            }
        }
        return columns;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
