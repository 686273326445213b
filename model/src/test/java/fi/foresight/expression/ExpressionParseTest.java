package fi.foresight.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionParseTest {

    private static double eval(String text) {
        return Expression.parse(text).evaluate(Map.of());
    }

    private static String canonical(String text) {
        return Expression.parse(text).canonical();
    }

    @Test
    void powerIsRightAssociative() {
        assertEquals(512.0, eval("2^3^2"));
        assertEquals(64.0, eval("(2^3)^2"));
        assertEquals("2^3^2", canonical("2 ^ (3 ^ 2)"));
        assertEquals("(2^3)^2", canonical("(2^3)^2"));
    }

    @Test
    void unaryMinusBindsLooserThanPower() {
        assertEquals(-4.0, eval("-2^2"));
        assertEquals(4.0, eval("(-2)^2"));
        assertEquals(0.5, eval("2^-1"));
        assertEquals(-0.25, eval("-2^-2"));
        assertEquals(0.5, eval("2^-1^-1"), "2^(-(1^(-1)))");
    }

    @Test
    void unaryMinusBindsTighterThanProduct() {
        assertEquals(-6.0, eval("-2 * 3"));
        assertEquals(6.0, eval("-2 * -3"));
        assertEquals(-1.0, eval("- - -1"));
        assertEquals(3.0, eval("+3"));
        assertEquals(-3.0, eval("+-+3"));
        assertEquals(1.0, eval("2 - -(-1)"));
    }

    @Test
    void productsBindTighterThanSumsAndBothGroupLeft() {
        assertEquals(7.0, eval("1 + 2 * 3"));
        assertEquals(9.0, eval("(1 + 2) * 3"));
        assertEquals(-4.0, eval("1 - 2 - 3"));
        assertEquals(2.0, eval("1 - (2 - 3)"));
        assertEquals(1.0, eval("8 / 4 / 2"));
        assertEquals(4.0, eval("8 / (4 / 2)"));
        assertEquals(6.0, eval("8 / 4 * 3"));
        assertEquals("1 - (2 - 3)", canonical("1-(2-3)"));
        assertEquals("1 - 2 - 3", canonical("(1-2)-3"));
        assertEquals("a + b * c", canonical("a+(b*c)"));
        assertEquals("(a + b) * c", canonical("(a+b)*c"));
    }

    @Test
    void comparisonsBindLooserThanArithmetic() {
        assertEquals(1.0, eval("1 + 1 == 2"));
        assertEquals(0.0, eval("2 * 3 < 5"));
        assertEquals(1.0, eval("-1 < 0"));
    }

    @Test
    void notBindsLooserThanComparisonAndTighterThanAnd() {
        assertEquals(0.0, eval("not 1 < 2"), "not (1 < 2)");
        assertEquals(1.0, eval("not 0 and 1"), "(not 0) and 1");
        assertEquals(0.0, eval("not (0 and 1) and 0"));
        assertEquals(1.0, eval("not not 3"));
        assertEquals("not a < b", canonical("not (a < b)"));
        assertEquals("not (a and b)", canonical("not (a and b)"));
    }

    @Test
    void andBindsTighterThanOr() {
        assertEquals(1.0, eval("1 or 0 and 0"), "1 or (0 and 0)");
        assertEquals(0.0, eval("(1 or 0) and 0"));
        assertEquals("a or b and c", canonical("a or (b and c)"));
        assertEquals("(a or b) and c", canonical("(a or b) and c"));
    }

    @Test
    void numbersInEveryAcceptedForm() {
        assertEquals(0.001, eval("1e-3"));
        assertEquals(1500.0, eval("1.5E+3"));
        assertEquals(0.5, eval(".5"));
        assertEquals(5.0, eval("5."));
        assertEquals(25.0, eval("2.5e1"));
        assertEquals(0.0, eval("1e-400"), "underflow to zero is accepted");
        assertEquals(42.0, eval("0042"));
    }

    @Test
    void namesMayContainDotsDigitsAndUnderscores() {
        Expression e = Expression.parse("index.entrepreneurs * _w2 + x.1.y");
        assertEquals(List.of("index.entrepreneurs", "_w2", "x.1.y"), List.copyOf(e.names()));
        assertEquals(9.0, e.evaluate(Map.of("index.entrepreneurs", 2, "_w2", 4, "x.1.y", 1)));
    }

    @Test
    void namesAreOrderedByFirstAppearanceAndReferencesKeepEveryColumn() {
        Expression e = Expression.parse("b + a*b - sqrt(c) + a");
        assertEquals(List.of("b", "a", "c"), List.copyOf(e.names()));
        assertEquals(List.of(new NameRef("b", 1), new NameRef("a", 5), new NameRef("b", 7), new NameRef("c", 16),
                new NameRef("a", 21)), e.references());
        assertThrows(UnsupportedOperationException.class, () -> e.names().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> e.references().add(new NameRef("x", 1)));
    }

    @Test
    void constantsAreNotNames() {
        Expression e = Expression.parse("pi * r^2 + e");
        assertEquals(List.of("r"), List.copyOf(e.names()));
        assertEquals(Math.PI * 4 + Math.E, e.evaluate(Map.of("r", 2)));
    }

    @Test
    void whitespaceIncludingLineBreaksIsIgnoredAndColumnsCountEveryCharacter() {
        Expression e = Expression.parse("a +\n\t b");
        assertEquals(List.of(new NameRef("a", 1), new NameRef("b", 7)), e.references());
        assertEquals("a + b", e.canonical());
    }

    @Test
    void textAndToStringKeepTheGivenText() {
        Expression e = Expression.parse(" a+(b) ");
        assertEquals(" a+(b) ", e.text());
        assertEquals(" a+(b) ", e.toString());
        assertEquals("a + b", e.canonical());
        assertEquals(e, Expression.parse(" a+(b) "));
        assertEquals(e.hashCode(), Expression.parse(" a+(b) ").hashCode());
        assertNotEquals(e, Expression.parse("a+b"));
    }

    @Test
    void canonicalFormOfFunctionsAndUnaryOperators() {
        assertEquals("if(a > 0, min(a, b, 2), clamp(-x, 0, 1))", canonical("if(a>0,min(a,b,2),clamp(-x,0,1))"));
        assertEquals("-(a + b)", canonical("-(a+b)"));
        assertEquals("-sqrt(x)^2", canonical("-(sqrt(x)^2)"));
        assertEquals("(-x)^2", canonical("(-x)^2"));
        assertEquals("0.1 * x3^4", canonical("0.1*x3^4"));
        assertEquals("1.0E-5 + 1.0E20", canonical("1e-5 + 1e20"));
        assertEquals("(a < b) == (c < d)", canonical("(a<b)==(c<d)"));
    }

    @Test
    void canonicalTextParsesToTheSameCanonicalText() {
        for (String text : List.of("a - -b", "--x", "-2^2", "2^-x^y", "not not a or b and not c < d",
                "(1 + 2) * (3 - 4) / -(5 ^ 6)", "min(max(a, b), 3) - abs(-(c))", "(x < -1) == 0")) {
            String once = canonical(text);
            assertEquals(once, canonical(once), text);
        }
    }
}
