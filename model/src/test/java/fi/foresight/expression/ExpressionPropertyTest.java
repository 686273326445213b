package fi.foresight.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Random trees: printing and re-parsing keeps their meaning, and column evaluation equals scalar evaluation. */
class ExpressionPropertyTest {

    private static final int N = 48;
    private static final double[][] COLUMNS = RandomTrees.columns(N, 7);

    private static double scalar(SyntaxNode tree, int k) {
        return ScalarEvaluator.evaluate(tree, name -> COLUMNS[RandomTrees.NAMES.indexOf(name)][k]);
    }

    @Test
    void printedTreesParseBackToTheSameTextAndValues() {
        qt().withFixedSeed(20240601L).withExamples(3000).forAll(RandomTrees.upTo(5)).checkAssert(tree -> {
            String text = Printer.print(tree);
            Expression parsed = Expression.parse(text);
            assertEquals(text, parsed.canonical(), "printing the re-parsed tree gives the same text");
            for (int k = 0; k < N; k++) {
                double expected = scalar(tree, k);
                double actual = scalar(parsed.root(), k);
                assertTrue(RandomTrees.same(expected, actual), () -> text + " gave " + actual
                        + " but the generated tree gives " + expected);
            }
        });
    }

    @Test
    void columnEvaluationIsBitIdenticalToScalarEvaluation() {
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < RandomTrees.NAMES.size(); i++) {
            slots.put(RandomTrees.NAMES.get(i), i);
        }
        qt().withFixedSeed(20240602L).withExamples(3000).forAll(RandomTrees.upTo(5)).checkAssert(tree -> {
            Expression expression = Expression.parse(Printer.print(tree));
            ColumnProgram program = expression.compile(slots);
            double[] out = new double[N];
            program.evaluate(COLUMNS, N, out);
            double[] again = new double[N];
            program.copy().evaluate(COLUMNS, N, again);
            for (int k = 0; k < N; k++) {
                int sample = k;
                double expected = expression.evaluate(name -> COLUMNS[slots.get(name)][sample]);
                assertTrue(RandomTrees.same(expected, out[k]), () -> expression + " at sample " + sample + ": scalar "
                        + expected + ", column " + out[sample] + "\n" + program);
                assertTrue(RandomTrees.same(out[k], again[k]), "a copy computes the same");
            }
        });
    }
}
