package fi.foresight.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a reader expects them in the report's language: one style for the whole report. English
 * {@code 0.45}, {@code 20,000}, {@code 12%}; Finnish {@code 0,45}, {@code 20 000}, {@code 12 %}. Values keep three
 * significant digits, never in scientific notation ({@code 0.0000866}, not {@code 8.66E-5}); whole numbers show no
 * decimals ({@code 2,000}, not {@code 2000.0}); years have no thousands separator ({@code 2019}); probabilities
 * are percentages, with one decimal below 10 % and above 90 %. CSV files do not use this; they keep full precision in
 * a locale-independent form.
 */
public final class Numbers {
    /** Significant digits of a value in a table or a sentence. */
    public static final int DIGITS = 3;

    private final Locale locale;

    /**
     * Numbers for one language.
     *
     * @param locale the report language's locale (decimal and grouping signs)
     */
    public Numbers(Locale locale) {
        this.locale = locale;
    }

    /**
     * A value rounded to {@value #DIGITS} significant digits; NaN is shown as an en dash (no value).
     *
     * @param v the value
     * @return the value as text
     */
    public String number(double v) {
        return significant(v, DIGITS);
    }

    /**
     * A value in a sentence: the same style as {@link #number(double)}.
     *
     * @param v the value
     * @return the value as text
     */
    public String prose(double v) {
        return significant(v, DIGITS);
    }

    /**
     * A value rounded to {@code digits} significant digits, with thousands separators and without scientific
     * notation.
     *
     * @param v      the value
     * @param digits significant digits, at least 1
     * @return the value as text
     */
    public String significant(double v, int digits) {
        String special = special(v);
        if (special != null) {
            return special;
        }
        BigDecimal bd = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return fixed(bd.doubleValue(), Math.max(0, bd.stripTrailingZeros().scale()));
    }

    /**
     * The decimals that give a column of values a common precision: {@code digits} significant digits for the
     * largest magnitude, so that {@code 0.517} and {@code 0.513} stand one above the other (not {@code 0.517} and
     * {@code 0.5133}); 0 when every value is whole.
     *
     * @param values the column's values (NaN and infinite values are ignored)
     * @param digits significant digits of the largest value
     * @return decimals to show, 0 or more
     */
    public static int decimalsFor(double[] values, int digits) {
        double max = 0;
        boolean whole = true;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
                whole &= v == Math.rint(v);
            }
        }
        if (whole || max == 0) {
            return 0;
        }
        int magnitude = (int) Math.floor(Math.log10(max));
        return Math.max(0, Math.min(12, digits - 1 - magnitude));
    }

    /**
     * A value with a fixed number of decimals and thousands separators.
     *
     * @param v        the value
     * @param decimals decimals to show
     * @return the value as text
     */
    public String fixed(double v, int decimals) {
        String special = special(v);
        if (special != null) {
            return special;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(true);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        String s = f.format(v);
        return isNegativeZero(s) ? s.substring(s.indexOf('0')) : s;
    }

    /**
     * A whole number with thousands separators.
     *
     * @param v the number
     * @return the number as text
     */
    public String integer(long v) {
        return NumberFormat.getIntegerInstance(locale).format(v);
    }

    /**
     * A year, without a thousands separator ({@code 2019}).
     *
     * @param year the year
     * @return the year as text
     */
    public String year(long year) {
        return Long.toString(year);
    }

    /**
     * A share as a percentage: whole percents from 10 % to 90 %, one decimal below 10 % and above 90 %,
     * {@code < 0.1 %} and {@code > 99.9 %} for shares that would otherwise round to 0 or 100 without being so.
     *
     * @param share the share, 1 = 100 %
     * @return the percentage as text
     */
    public String percent(double share) {
        if (!Double.isFinite(share)) {
            return special(share);
        }
        double a = Math.abs(share);
        if (a != 0 && a < 0.0005) {
            return "< " + percentText(0.001, 1);
        }
        if (a != 1 && a > 0.9995 && a < 1) {
            return "> " + percentText(0.999, 1);
        }
        int decimals = a == 0 || a == 1 || (a >= 0.0995 && a <= 0.9005) ? 0 : 1;
        return (share < 0 ? "\u2212" : "") + percentText(a, decimals);
    }

    private String percentText(double share, int decimals) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(share);
    }

    private String special(double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "\u2212\u221e";
        }
        if (v == 0) {
            return "0";
        }
        return null;
    }

    private boolean isNegativeZero(String s) {
        char minus = DecimalFormatSymbols.getInstance(locale).getMinusSign();
        return (s.startsWith("-") || s.charAt(0) == minus) && s.chars().noneMatch(c -> c >= '1' && c <= '9');
    }
}
