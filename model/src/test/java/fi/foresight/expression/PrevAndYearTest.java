package fi.foresight.expression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code prev(x)}: parsed, printed, evaluated and compiled under its own key; {@code year} is a plain name. */
class PrevAndYearTest {

    @Test
    void prevNamesAreListedApartFromTheNamesReadNow() {
        Expression e = Expression.parse("stock + prev(stock) * (1 + prev(rate)) - year");
        assertEquals(Set.of("stock", "year"), e.names());
        assertEquals(List.of(new NameRef("stock", 1), new NameRef("year", 42)), e.references());
        assertEquals(List.of(new NameRef("stock", 14), new NameRef("rate", 33)), e.previous());
        assertEquals("prev(stock)", Expression.previousKey("stock"));
        assertEquals("stock + prev(stock) * (1 + prev(rate)) - year", e.canonical());
        assertEquals("prev(index.entrepreneurs)", Expression.parse("prev( index.entrepreneurs )").canonical());
    }

    @Test
    void scalarEvaluationAsksForThePrevKey() {
        Expression e = Expression.parse("x - prev(x)");
        assertEquals(1.5, e.evaluate(Map.of("x", 4.0, "prev(x)", 2.5)));
        var missing = assertThrows(IllegalArgumentException.class, () -> e.evaluate(Map.of("x", 4.0)));
        assertTrue(missing.getMessage().startsWith("no value for 'prev(x)' (column 10"), missing.getMessage());
    }

    @Test
    void columnProgramsReadThePrevSlot() {
        Expression e = Expression.parse("if(year >= 2025, x - prev(x), 0)");
        ColumnProgram p = e.compile(Map.of("x", 0, "prev(x)", 1, "year", 2));
        double[][] columns = {{5, 7, 9}, {4, 4, 4}, {2024, 2025, 2026}};
        double[] out = new double[3];
        p.evaluate(columns, 3, out);
        assertArrayEquals(new double[] {0, 3, 5}, out);
        var e2 = assertThrows(IllegalArgumentException.class, () -> e.compile(Map.of("x", 0, "year", 2)));
        assertTrue(e2.getMessage().startsWith("no slot for 'prev(x)'"), e2.getMessage());
    }

    @Test
    void badUsesOfPrevAreSyntaxErrorsThatSayWhatWouldBeValid() {
        assertError("prev(2 * x)", 5, "prev takes one variable name, e.g. prev(exports), got number '2'");
        assertError("prev(x * 2)", 7, "prev takes one variable name, e.g. prev(exports); an expression such as "
                + "prev(a + b) is written prev(a) + prev(b)");
        assertError("prev()", 5, "prev takes one variable name, e.g. prev(exports), got no argument");
        assertError("prev(year)", 5, "prev(year) is not needed: the previous year is year - 1");
        assertError("prev(pi)", 5, "prev takes one variable name, e.g. prev(exports); 'pi' is a reserved word");
        assertError("prev + 1", 0, "'prev' needs the name of a variable");
        assertError("prev(x", 6, "missing ')' to close prev(x)");
    }

    private static void assertError(String text, int position, String start) {
        var e = assertThrows(ExpressionSyntaxException.class, () -> Expression.parse(text));
        assertEquals(position + 1, e.column(), e.getMessage());
        assertTrue(e.message().startsWith(start), e.message());
    }
}
