package fi.foresight.rundir;

import fi.foresight.chart.ChartRenderer;
import fi.foresight.chart.ChartSpec;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A chart drawn in one language, in the forms a run needs: PNG (for quick looks), SVG (for the HTML report and
 * editing; real text, inlined once) and PDF (vector with text as text, embedded in the PDF report). A form that
 * no output needs is left empty.
 *
 * <p>Files: {@code charts/<name>.svg} (English) and {@code charts/<name>.fi.svg} (Finnish), likewise {@code .png}
 * and {@code .pdf} ({@link #stem}).
 *
 * @param name     the chart's name (the file stem of its English files)
 * @param language the language code, {@code en} or {@code fi}
 * @param title    the chart's title in that language
 * @param png      PNG bytes at {@link #DPI} dpi, or empty
 * @param svg      SVG text, or empty
 * @param pdf      a one-page PDF holding the chart as vectors, or empty
 */
public record RenderedChart(String name, String language, String title, byte[] png, String svg, byte[] pdf) {
    /** PNG resolution: 150 dpi keeps charts sharp on screens and in print. */
    public static final int DPI = 150;
    private static final AtomicLong RENDERS = new AtomicLong();

    /**
     * Checks the parts.
     *
     * @param name     the name
     * @param language the language code
     * @param title    the title
     * @param png      the PNG bytes or empty
     * @param svg      the SVG text or empty
     * @param pdf      the PDF bytes or empty
     */
    public RenderedChart {
        Objects.requireNonNull(name, "name");
        language = language == null ? "en" : language;
        title = title == null ? "" : title;
        png = png == null ? new byte[0] : png;
        svg = svg == null ? "" : svg;
        pdf = pdf == null ? new byte[0] : pdf;
    }

    /**
     * Draws a chart in a language, in the forms asked for.
     *
     * @param name     the chart's name
     * @param spec     the chart
     * @param language {@code en} or {@code fi}
     * @param png      whether to draw the PNG
     * @param svg      whether to draw the SVG
     * @param pdf      whether to draw the PDF
     * @return the drawn chart
     */
    public static RenderedChart of(String name, ChartSpec spec, String language, boolean png, boolean svg,
                                   boolean pdf) {
        RENDERS.incrementAndGet();
        return new RenderedChart(name, language, spec.title().in(language),
                png ? ChartRenderer.png(spec, language, DPI) : null,
                svg ? ChartRenderer.svg(spec, language, stem(name, language).replace('.', '-')) : null,
                pdf ? ChartRenderer.pdf(spec, language) : null);
    }

    /**
     * The file stem of a chart in a language: the name in English, {@code name.fi} in Finnish.
     *
     * @param name     the chart's name
     * @param language the language code
     * @return the stem under {@code charts/}
     */
    public static String stem(String name, String language) {
        return "en".equals(language) ? name : name + "." + language;
    }

    /**
     * How many charts (chart × language) this process has drawn so far (a count for tests of what a run draws).
     *
     * @return the count
     */
    public static long renders() {
        return RENDERS.get();
    }
}
