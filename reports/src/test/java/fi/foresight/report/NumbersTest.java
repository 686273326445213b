package fi.foresight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One number style per language: the cases the report meets, in English and in Finnish. */
class NumbersTest {
    private static final String NBSP = "\u00a0";
    private final Numbers en = new Numbers(Locale.ENGLISH);
    private final Numbers fi = new Numbers(Locale.forLanguageTag("fi"));

    @Test
    void valuesKeepThreeSignificantDigitsWithoutScientificNotation() {
        assertEquals("0.45", en.number(0.45));
        assertEquals("0,45", fi.number(0.45));
        assertEquals("0.517", en.number(0.51697));
        assertEquals("0.0000866", en.number(8.66e-5));
        assertEquals("0,0000866", fi.number(8.66e-5));
        assertEquals("2,000", en.number(2000.0));
        assertEquals("2" + NBSP + "000", fi.number(2000.0));
        assertEquals("20,000", en.number(20_000));
        assertEquals("20" + NBSP + "000", fi.number(20_000));
        assertEquals("2,650", en.number(2654.4));
        assertEquals("1,230,000,000", en.number(1.23e9));
        assertEquals("\u2013", en.number(Double.NaN));
        assertEquals("0", fi.number(0));
        assertFalse(en.number(-3.2e-7).contains("E"));
    }

    @Test
    void aColumnSharesItsDecimals() {
        int d = Numbers.decimalsFor(new double[] {0.517, 0.5133, 0.48}, Numbers.DIGITS);
        assertEquals(3, d);
        assertEquals("0.513", en.fixed(0.5133, d));
        assertEquals("0.480", en.fixed(0.48, d));
        assertEquals("0,480", fi.fixed(0.48, d));
        assertEquals(0, Numbers.decimalsFor(new double[] {2654.2, 1800.9}, Numbers.DIGITS));
        assertEquals(0, Numbers.decimalsFor(new double[] {20000, 5000}, Numbers.DIGITS));
        assertEquals("2,654", en.fixed(2654.2, 0));
        assertEquals("2" + NBSP + "654", fi.fixed(2654.2, 0));
        assertEquals("0", en.fixed(-0.0001, 0));
    }

    @Test
    void yearsHaveNoSeparator() {
        assertEquals("2019", en.year(2019));
        assertEquals("2030", fi.year(2030));
        assertEquals("20,000", en.integer(20_000));
        assertEquals("20" + NBSP + "000", fi.integer(20_000));
    }

    @Test
    void probabilitiesArePercentagesWithOneDecimalBelowTenPercent() {
        assertEquals("54%", en.percent(0.53595));
        assertEquals("54" + NBSP + "%", fi.percent(0.53595));
        assertEquals("5.3%", en.percent(0.053));
        assertEquals("5,3" + NBSP + "%", fi.percent(0.053));
        assertEquals("5.0%", en.percent(0.05));
        assertEquals("0.1%", en.percent(0.0012));
        assertEquals("9.9%", en.percent(0.0987));
        assertEquals("10%", en.percent(0.0999));
        assertEquals("94.6%", en.percent(0.946));
        assertEquals("< 0.1%", en.percent(0.00015));
        assertEquals("< 0,1" + NBSP + "%", fi.percent(0.00015));
        assertEquals("> 99.9%", en.percent(0.9999));
        assertEquals("0%", en.percent(0));
        assertEquals("100%", en.percent(1));
        assertEquals("\u22122.3%", en.percent(-0.023));
        assertEquals("\u2013", en.percent(Double.NaN));
    }
}
