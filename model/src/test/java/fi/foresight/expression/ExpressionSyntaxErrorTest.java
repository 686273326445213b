package fi.foresight.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionSyntaxErrorTest {

    private static ExpressionSyntaxException error(String text) {
        return assertThrows(ExpressionSyntaxException.class, () -> Expression.parse(text));
    }

    private static void assertError(String text, int column, String message) {
        ExpressionSyntaxException e = error(text);
        assertEquals(message, e.message(), text);
        assertEquals(column, e.column(), text);
        assertEquals(text, e.text());
        assertEquals("at column " + column + ": " + message, e.getMessage());
    }

    @Test
    void missingOperandPointsAtTheUnexpectedToken() {
        assertError("1 + * 2", 5, "unexpected '*'; expected a number, a name, '(' or a function call");
        assertError("(a + )", 6, "unexpected ')'; expected a number, a name, '(' or a function call");
        assertError("a *", 4, "unexpected end of expression; expected a number, a name, '(' or a function call");
        assertError("min(a, )", 8, "unexpected ')'; expected a number, a name, '(' or a function call");
        assertError("a + and", 5, "unexpected 'and'; expected a number, a name, '(' or a function call");
    }

    @Test
    void emptyOrBlankText() {
        assertError("", 1, "empty expression; expected a number, a name, '(' or a function call");
        assertError("  \n ", 1, "empty expression; expected a number, a name, '(' or a function call");
    }

    @Test
    void trailingGarbage() {
        assertError("1 2", 3, "unexpected number '2'; expected an operator or the end of the expression");
        assertError("a b", 3, "unexpected name 'b'; expected an operator or the end of the expression");
        assertError("a + b)", 6, "unexpected ')' with no matching '('");
        assertError("a AND b", 3, "unexpected name 'AND'; expected an operator or the end of the expression"
                + " (keywords are lower-case: and)");
        assertError("(a b)", 4, "unexpected name 'b'; expected an operator or ')' to close the '(' at column 1");
    }

    @Test
    void unbalancedParentheses() {
        assertError("(1 + 2", 7, "missing ')' to close the '(' at column 1");
        assertError("sqrt(1 + 2", 11, "missing ')' to close the call of sqrt at column 5");
        assertError("min(a b)", 7, "unexpected name 'b'; expected an operator, ',' or ')' in the call of min");
    }

    @Test
    void comparisonsDoNotChain() {
        assertError("a < b < c", 7, "comparisons do not chain; combine them with 'and', e.g. a < b and b < c");
        assertError("a == b != c", 8, "comparisons do not chain; combine them with 'and', e.g. a < b and b < c");
        assertEquals(1.0, Expression.parse("(1 < 2) < 3").evaluate(java.util.Map.of()), "parenthesised is fine");
    }

    @Test
    void unknownFunctionsGetASuggestionWhenOneIsClose() {
        assertError("1 + sqr(x)", 5, "unknown function 'sqr'; did you mean sqrt?");
        assertError("SQRT(x)", 1, "unknown function 'SQRT'; did you mean sqrt?");
        assertError("lg(x)", 1, "unknown function 'lg'; did you mean log?");
        assertError("mx(a, b)", 1, "unknown function 'mx'; did you mean max?");
        assertError("frobnicate(x)", 1, "unknown function 'frobnicate'; the functions are abs, clamp, cos, exp, if,"
                + " log, log10, max, min, sin, sqrt, tan");
        assertError("pi(2)", 1, "'pi' is a constant, not a function");
    }

    @Test
    void wrongArityNamesTheValidArity() {
        assertError("min(x)", 1, "min takes 2 or more arguments, got 1");
        assertError("a + max()", 5, "max takes 2 or more arguments, got 0");
        assertError("sqrt(1, 2)", 1, "sqrt takes 1 argument, got 2");
        assertError("abs()", 1, "abs takes 1 argument, got 0");
        assertError("clamp(x, 1)", 1, "clamp takes 3 arguments (x, lo, hi), got 2");
        assertError("if(a, b)", 1, "if takes 3 arguments (condition, then, else), got 2");
    }

    @Test
    void reservedWordsInTheWrongPlace() {
        assertError("sqrt + 1", 1, "'sqrt' is a function; call it with arguments, e.g. sqrt(x)");
        assertError("if + 1", 1, "'if' needs arguments: if(condition, then, else)");
        assertError("1 + not x", 5, "'not' cannot stand here: it binds more loosely than comparisons and arithmetic;"
                + " put it in parentheses, e.g. (not x)");
        assertEquals(1.0, Expression.parse("1 + (not 1)").evaluate(java.util.Map.of()));
        assertEquals(0.0, Expression.parse("not(1)").evaluate(java.util.Map.of()), "not applied to (1)");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " :: ", quoteCharacter = '`', value = {
        "a && b :: 3 :: '&&' is not an operator; use 'and'",
        "a & b :: 3 :: '&' is not an operator; use 'and'",
        "a || b :: 3 :: '||' is not an operator; use 'or'",
        "!a :: 1 :: '!' is not an operator; use 'not'",
        "a = b :: 3 :: '=' is not an operator; use '==' to compare",
        "a ** 2 :: 3 :: '**' is not an operator; use '^' for powers, e.g. x^2",
        "a <> b :: 3 :: '<>' is not an operator; use '!=' for 'not equal'",
        "a % b :: 3 :: unexpected character '%' (U+0025)",
        "1e :: 1 :: malformed number '1e'; an exponent needs digits, e.g. 1e-3",
        "2 * 1e+ :: 5 :: malformed number '1e+'; an exponent needs digits, e.g. 1e-3",
        "1.2.3 :: 1 :: malformed number '1.2.3'",
        "2x + 1 :: 1 :: malformed number '2x'; put an operator between a number and a name, e.g. 2 * x",
        "1e400 :: 1 :: number '1e400' is too large; the largest is about 1.8e308",
        "väki + 1 :: 2 :: unexpected character 'ä' (U+00E4); names use only A-Z, a-z, 0-9, '_' and '.'",
    })
    void lexicalMistakesFromOtherLanguages(String text, int column, String message) {
        assertError(text, column, message);
    }

    @Test
    void controlCharactersAreShownByCodePoint() {
        assertError("a +\u0000b", 4, "unexpected character U+0000");
    }

    @Test
    void theFirstProblemInReadingOrderIsReported() {
        assertError("1 + * 2 # 3", 5, "unexpected '*'; expected a number, a name, '(' or a function call");
    }

    @Test
    void nestingBeyondTheLimitIsASyntaxErrorNotAStackOverflow() {
        String ok = "(".repeat(Expression.MAX_NESTING) + "x" + ")".repeat(Expression.MAX_NESTING);
        assertEquals(3.0, Expression.parse(ok).evaluate(java.util.Map.of("x", 3)));
        ExpressionSyntaxException e = error("(".repeat(Expression.MAX_NESTING + 1) + "x" + ")".repeat(Expression.MAX_NESTING + 1));
        assertEquals(Expression.MAX_NESTING + 1, e.column());
        assertEquals("expression nests too deeply: more than 200 levels of parentheses, function arguments, signs,"
                + " 'not' or powers", e.message());
        assertEquals(Expression.MAX_NESTING + 1, error("-".repeat(5000) + "x").column());
        assertTrue(error("not ".repeat(2000) + "x").message().startsWith("expression nests too deeply"));
        assertTrue(error("2^".repeat(3000) + "2").message().startsWith("expression nests too deeply"));
        assertTrue(error("sqrt(".repeat(1000) + "x" + ")".repeat(1000)).message().startsWith("expression nests too deeply"));
    }

    @Test
    void theDeepestTreeAllowedIsWalkedOnASmallStack() throws Exception {
        // every level stacks or, and, a comparison, a sum, a product and a power: the tallest tree per level
        String level = "a or a and a < a + a * a^(";
        String text = level.repeat(Expression.MAX_NESTING / 2) + "a" + ")".repeat(Expression.MAX_NESTING / 2);
        double[] results = new double[3];
        Throwable[] failure = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                Expression e = Expression.parse(text);
                results[0] = e.evaluate(java.util.Map.of("a", 0.5));
                double[] out = new double[1];
                e.compile(java.util.List.of("a")).evaluate(new double[][] {{0.5}}, 1, out);
                results[1] = out[0];
                results[2] = Expression.parse(e.canonical()).evaluate(java.util.Map.of("a", 0.5));
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "small-stack", 512 * 1024);
        small.start();
        small.join();
        assertEquals(null, failure[0]);
        assertEquals(1.0, results[0], "0.5 or ... is true");
        assertEquals(results[0], results[1]);
        assertEquals(results[0], results[2]);
        error(level.repeat(Expression.MAX_NESTING / 2 + 1) + "a" + ")".repeat(Expression.MAX_NESTING / 2 + 1));
    }

    @Test
    void longFlatSumsAreNotNesting() {
        String sum = "1" + " + 1".repeat(2000);
        Expression e = Expression.parse(sum);
        assertEquals(2001.0, e.evaluate(java.util.Map.of()));
        assertEquals(sum, e.canonical());
    }

    @Test
    void textsLongerThanTheLimitAreRejectedWithTheirLength() {
        String tooLong = "1" + " ".repeat(Expression.MAX_LENGTH);
        ExpressionSyntaxException e = error(tooLong);
        assertEquals("expression is too long: 10001 characters; the limit is 10000", e.message());
        assertEquals(Expression.MAX_LENGTH + 1, e.column());
        Expression.parse("1" + " ".repeat(Expression.MAX_LENGTH - 1));
    }

    @Test
    void excerptPutsACaretUnderTheColumn() {
        assertEquals("1 + * 2\n    ^", error("1 + * 2").excerpt());
        assertEquals("  b c\n    ^", error("a +\n  b c").excerpt());
        assertEquals("(a\n  ^", error("(a").excerpt());
    }
}
