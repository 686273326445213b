package fi.foresight.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExpressionEvaluateTest {

    private static double eval(String text, double x) {
        return Expression.parse(text).evaluate(Map.of("x", x));
    }

    private static double eval(String text) {
        return Expression.parse(text).evaluate(Map.of());
    }

    @Test
    void everyOneArgumentFunctionIsTheJavaMathFunction() {
        for (double x : new double[] {-2.5, -1, -0.0, 0, 0.3, 1, 2, 10, 1e-8, 700}) {
            assertEquals(Math.abs(x), eval("abs(x)", x));
            assertEquals(Math.sqrt(x), eval("sqrt(x)", x));
            assertEquals(Math.exp(x), eval("exp(x)", x));
            assertEquals(Math.log(x), eval("log(x)", x));
            assertEquals(Math.log10(x), eval("log10(x)", x));
            assertEquals(Math.sin(x), eval("sin(x)", x));
            assertEquals(Math.cos(x), eval("cos(x)", x));
            assertEquals(Math.tan(x), eval("tan(x)", x));
        }
    }

    @Test
    void functionsAtKnownPoints() {
        assertEquals(3.0, eval("sqrt(9)"));
        assertEquals(2.0, eval("log10(100)"));
        assertEquals(1.0, eval("log(e)"));
        assertEquals(1.0, eval("exp(0)"));
        assertEquals(0.0, eval("sin(0)"));
        assertEquals(-1.0, eval("cos(pi)"));
        assertEquals(1.0, eval("tan(pi/4)"), 1e-15);
        assertEquals(4.5, eval("abs(-4.5)"));
        assertTrue(Double.isNaN(eval("sqrt(-1)")), "IEEE: sqrt of a negative number is NaN");
        assertTrue(Double.isNaN(eval("log(-1)")));
        assertEquals(Double.NEGATIVE_INFINITY, eval("log(0)"));
        assertEquals(Double.POSITIVE_INFINITY, eval("1/0"));
        assertTrue(Double.isNaN(eval("0/0")));
    }

    @Test
    void constantsAreJavaMathConstants() {
        assertEquals(Math.PI, eval("pi"));
        assertEquals(Math.E, eval("e"));
        assertEquals(Math.E * 1000, eval("e * 1e3"), "the e of 1e3 is an exponent, the other e the constant");
    }

    @Test
    void minAndMaxTakeTwoOrMoreArguments() {
        assertEquals(1.0, eval("min(3, 1)"));
        assertEquals(-2.0, eval("min(3, 1, -2, 5)"));
        assertEquals(5.0, eval("max(3, 1, -2, 5)"));
        assertEquals(3.0, eval("max(3, 1)"));
        assertTrue(Double.isNaN(eval("min(1, 0/0, 2)")), "NaN propagates as in Math.min");
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(eval("min(0, -0)")));
    }

    @Test
    void clampLimitsToTheRangeAndIsNanForAnEmptyRange() {
        assertEquals(0.0, eval("clamp(-3, 0, 1)"));
        assertEquals(0.25, eval("clamp(0.25, 0, 1)"));
        assertEquals(1.0, eval("clamp(7, 0, 1)"));
        assertEquals(2.0, eval("clamp(2, 2, 2)"));
        assertTrue(Double.isNaN(eval("clamp(0.5, 1, 0)")), "lo > hi is a mistake, not a silent bound");
        assertTrue(Double.isNaN(eval("clamp(0/0, 0, 1)")));
    }

    @Test
    void comparisonsGiveOneOrZero() {
        assertEquals(1.0, eval("1 < 2"));
        assertEquals(0.0, eval("2 < 2"));
        assertEquals(1.0, eval("2 <= 2"));
        assertEquals(0.0, eval("3 <= 2"));
        assertEquals(1.0, eval("3 > 2"));
        assertEquals(0.0, eval("2 > 2"));
        assertEquals(1.0, eval("2 >= 2"));
        assertEquals(0.0, eval("1 >= 2"));
        assertEquals(1.0, eval("2 == 2"));
        assertEquals(0.0, eval("2 == 3"));
        assertEquals(1.0, eval("2 != 3"));
        assertEquals(0.0, eval("2 != 2"));
        assertEquals(0.0, eval("0/0 == 0/0"), "NaN equals nothing");
        assertEquals(1.0, eval("0/0 != 0/0"));
        assertEquals(0.0, eval("0/0 < 1"));
    }

    @Test
    void logicTreatsNonZeroAsTrue() {
        assertEquals(1.0, eval("2 and -3"));
        assertEquals(0.0, eval("2 and 0"));
        assertEquals(0.0, eval("0 and 2"));
        assertEquals(1.0, eval("0 or 0.5"));
        assertEquals(0.0, eval("0 or 0"));
        assertEquals(1.0, eval("not 0"));
        assertEquals(0.0, eval("not 7"));
        assertEquals(1.0, eval("(0/0) and 1"), "NaN is non-zero, hence true");
        assertEquals(1.0, eval("1 and 1 and 1 and 1"));
        assertEquals(0.0, eval("1 and 1 and 0 and 1"));
        assertEquals(1.0, eval("-0 or 0 or 0 or 3"));
    }

    @Test
    void ifChoosesByConditionAndAsksOnlyForTheTakenBranch() {
        assertEquals(10.0, eval("if(x > 0, 10, 20)", 1));
        assertEquals(20.0, eval("if(x > 0, 10, 20)", -1));
        assertEquals(10.0, eval("if(0/0, 10, 20)"), "a NaN condition counts as true");
        List<String> asked = new ArrayList<>();
        double v = Expression.parse("if(c, a, b)").evaluate(name -> {
            asked.add(name);
            return name.equals("c") ? 0 : 5;
        });
        assertEquals(5.0, v);
        assertEquals(List.of("c", "b"), asked);
    }

    @Test
    void ishigamiMatchesJavaMath() {
        Expression ishigami = Expression.parse("sin(x1) + 7 * sin(x2)^2 + 0.1 * x3^4 * sin(x1)");
        assertEquals(List.of("x1", "x2", "x3"), List.copyOf(ishigami.names()));
        SplittableRandom random = new SplittableRandom(20240601);
        for (int i = 0; i < 1000; i++) {
            double x1 = random.nextDouble(-Math.PI, Math.PI);
            double x2 = random.nextDouble(-Math.PI, Math.PI);
            double x3 = random.nextDouble(-Math.PI, Math.PI);
            double expected = Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
            assertEquals(expected, ishigami.evaluate(Map.of("x1", x1, "x2", x2, "x3", x3)),
                    "same operations in the same order give the same double");
        }
    }

    @Test
    void mapEvaluationNamesAMissingValue() {
        Expression e = Expression.parse("a + redines");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> e.evaluate(Map.of("a", 1)));
        assertEquals("no value for 'redines' (column 5 of 'a + redines')", error.getMessage());
    }

    @Test
    void functionEvaluationPassesEachNameToTheLookup() {
        Expression e = Expression.parse("a * 10 + b");
        assertEquals(12.0, e.evaluate(name -> name.equals("a") ? 1 : 2));
    }
}
