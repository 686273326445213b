package fi.foresight.jupyter;

import fi.foresight.chart.ChartExport;
import java.util.Base64;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * How a chart shows in a notebook: SVG for the browser and PNG for everything else (nbconvert, GitHub's
 * preview), with the title as the plain-text fallback. The only place that knows how charts become pictures,
 * so that showing the workbench's chart specs instead of XChart charts is a change here alone.
 */
final class ChartDisplay {
    /** PNG resolution: one and a half pixels per point, sharp on most screens and small enough to embed. */
    static final int PNG_DPI = 110;

    private ChartDisplay() {
    }

    /**
     * True when {@code value} is a chart this class can show.
     *
     * @param value any value
     * @return whether {@link #of(Object)} accepts it
     */
    static boolean isChart(Object value) {
        return value instanceof Chart<?, ?>;
    }

    /**
     * The chart as {@code image/svg+xml}, {@code image/png} and {@code text/plain}.
     *
     * @param value a chart ({@link #isChart(Object)})
     * @return the display data
     */
    static DisplayData of(Object value) {
        Chart<?, ?> chart = (Chart<?, ?>) value;
        DisplayData data = new DisplayData("chart: " + (chart.getTitle() == null ? "(untitled)" : chart.getTitle()));
        data.putSVG(ChartExport.svgString(chart));
        data.putData("image/png", Base64.getEncoder().encodeToString(ChartExport.pngBytes(chart, PNG_DPI)));
        // shown at the chart's size in points, so the extra pixels make it sharp rather than large
        data.putMetaData("image/png", java.util.Map.of("width", chart.getWidth(), "height", chart.getHeight()));
        return data;
    }
}
