package fi.foresight.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a reader expects them in the report's language ({@code 0.25} and {@code 1,234} in English,
 * {@code 0,25} and {@code 1 234} in Finnish), rounded to four significant digits. CSV files do not use this; they
 * keep full precision in a locale-independent form.
 */
public final class Numbers {
    private final Locale locale;

    public Numbers(Locale locale) {
        this.locale = locale;
    }

    /** A number rounded to 4 significant digits (for tables); NaN is shown as an en dash (no value). */
    public String number(double v) {
        return significant(v, 4);
    }

    /** A number rounded to 3 significant digits, for sentences. */
    public String prose(double v) {
        return significant(v, 3);
    }

    private String significant(double v, int digits) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "\u2212\u221e";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal bd = new BigDecimal(v).round(new MathContext(digits));
        double abs = Math.abs(v);
        if (abs >= 1e9 || abs < 1e-4) {
            DecimalFormat f = new DecimalFormat("0.###E0", DecimalFormatSymbols.getInstance(locale));
            return f.format(bd);
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(abs >= 10_000);
        f.setMaximumFractionDigits(Math.max(0, bd.scale()));
        f.setMinimumFractionDigits(0);
        return f.format(bd);
    }

    /** A whole number with grouping. */
    public String integer(long v) {
        return NumberFormat.getIntegerInstance(locale).format(v);
    }

    /** A share as a percentage with one decimal: {@code 12.5%} / {@code 12,5 %}. */
    public String percent(double share) {
        if (Double.isNaN(share)) {
            return "\u2013";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(share != 0 && Math.abs(share) < 0.001 ? 2 : 0);
        if (share != 0 && Math.abs(share) < 0.001) {
            f.setMaximumFractionDigits(2);
        }
        return f.format(share);
    }
}
