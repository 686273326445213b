package fi.foresight.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Axis numbers in a report language: Finnish {@code 0,45} and {@code 20 000} (a no-break space between
 * thousands), English {@code 0.45} and {@code 20,000}; years without separators; at most 4 significant digits
 * (the axis' tick step decides the decimals, so a tick never reads {@code 1.21068}); a minus sign, not a hyphen.
 */
public final class TickFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    /** The no-break space that Finnish puts between thousands. */
    public static final char THOUSANDS_FI = '\u00a0';

    private final String language;
    private final int decimals;
    private final boolean grouping;
    private final double offset;

    private TickFormat(String language, int decimals, boolean grouping, double offset) {
        this.language = language;
        this.decimals = decimals;
        this.grouping = grouping;
        this.offset = offset;
    }

    /**
     * A format for ticks {@code step} apart.
     *
     * @param language {@code "fi"} or {@code "en"}
     * @param step     the tick step (its decimals are shown, at most 4 significant digits)
     * @param grouping whether thousands are separated (false for years)
     * @param offset   when finite, ticks show the signed change from it ("+5", "−5")
     * @return the format
     */
    public static TickFormat of(String language, double step, boolean grouping, double offset) {
        int decimals = 0;
        if (step > 0 && Double.isFinite(step)) {
            decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
            decimals = Math.min(decimals, 6);
        }
        return new TickFormat(language, decimals, grouping, offset);
    }

    /**
     * One number in a report language with {@code decimals} decimals.
     *
     * @param language {@code "fi"} or {@code "en"}
     * @param v        the number
     * @param decimals the decimals
     * @return the text
     */
    public static String number(String language, double v, int decimals) {
        return new TickFormat(language, decimals, true, Double.NaN).format(v);
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
        double v = Double.isFinite(offset) ? number - offset : number;
        if (Math.abs(v) < Math.pow(10, -decimals) / 2) {
            v = 0;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if ("fi".equals(language)) {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator(THOUSANDS_FI);
        }
        DecimalFormat f = new DecimalFormat(grouping ? "#,##0" : "0", symbols);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        String text = f.format(Math.abs(v));
        String sign = v < 0 ? "\u2212" : Double.isFinite(offset) && v > 0 ? "+" : "";
        return to.append(sign).append(text);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
        return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("tick labels are not parsed");
    }
}
