package fi.foresight.jupyter;

import fi.foresight.chart.ChartRenderer;
import fi.foresight.chart.ChartSpec;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * How a chart shows in a notebook: SVG for the browser and PNG for everything else (nbconvert, GitHub's
 * preview), with the title as the plain-text fallback. The only place that knows how chart specifications
 * ({@link ChartSpec}) become pictures in a notebook; they are drawn by the workbench's {@link ChartRenderer}, in
 * English ({@link #LANGUAGE}).
 */
final class ChartDisplay {
    /** PNG resolution: one and a half pixels per point, sharp on most screens and small enough to embed. */
    static final int PNG_DPI = 110;
    /** The language charts are drawn in. */
    static final String LANGUAGE = "en";
    /** Numbers the charts shown, so that the SVGs inlined in one notebook page never share an id. */
    private static final AtomicLong SHOWN = new AtomicLong();

    private ChartDisplay() {
    }

    /**
     * True when {@code value} is a chart this class can show.
     *
     * @param value any value
     * @return whether {@link #of(Object)} accepts it
     */
    static boolean isChart(Object value) {
        return value instanceof ChartSpec;
    }

    /**
     * The chart as {@code image/svg+xml}, {@code image/png} and {@code text/plain}.
     *
     * @param value a chart ({@link #isChart(Object)})
     * @return the display data
     */
    static DisplayData of(Object value) {
        ChartSpec chart = (ChartSpec) value;
        String title = chart.title().in(LANGUAGE);
        DisplayData data = new DisplayData("chart: " + (title.isBlank() ? "(untitled)" : title));
        data.putSVG(ChartRenderer.svg(chart, LANGUAGE, "nb" + SHOWN.incrementAndGet() + "-"));
        data.putData("image/png", Base64.getEncoder().encodeToString(ChartRenderer.png(chart, LANGUAGE, PNG_DPI)));
        // shown at the chart's size in points, so the extra pixels make it sharp rather than large
        data.putMetaData("image/png", java.util.Map.of("width", chart.width(), "height", chart.height()));
        return data;
    }
}
