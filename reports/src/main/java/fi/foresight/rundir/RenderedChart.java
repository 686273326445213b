package fi.foresight.rundir;

import fi.foresight.chart.ChartExport;
import java.util.Objects;
import fi.foresight.chart.ChartSpec;

/**
 * A chart in the three forms a run keeps: PNG (for quick looks and the HTML fallback), SVG (for the HTML report
 * and editing) and PDF (vector, embedded in the PDF report).
 *
 * @param name  the file stem under {@code charts/}
 * @param title the chart's title
 * @param png   PNG bytes at {@link #DPI} dpi
 * @param svg   SVG text
 * @param pdf   a one-page PDF holding the chart as vectors
 */
public record RenderedChart(String name, String title, byte[] png, String svg, byte[] pdf) {
    /** PNG resolution: 150 dpi keeps charts sharp on screens and in print. */
    public static final int DPI = 150;

    public RenderedChart {
        Objects.requireNonNull(name, "name");
        title = title == null ? "" : title;
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(pdf, "pdf");
    }

    private static final java.util.concurrent.atomic.AtomicLong RENDERS = new java.util.concurrent.atomic.AtomicLong();

    /** Renders a chart in all three forms. */
    public static RenderedChart of(String name, ChartSpec chart) {
        RENDERS.incrementAndGet();
        return new RenderedChart(name, chart.getTitle(), ChartExport.pngBytes(chart, DPI), ChartExport.svgString(chart),
                ChartExport.pdfBytes(chart));
    }

    /** How many charts this process has rendered so far (a count for tests of what a run draws). */
    public static long renders() {
        return RENDERS.get();
    }
}
