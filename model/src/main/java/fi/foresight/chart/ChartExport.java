package fi.foresight.chart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a {@link ChartSpec} in a language as PNG, SVG or PDF files (see {@link ChartRenderer} for the forms).
 * Files are written to a temporary file in the target directory and then moved into place, so a reader never
 * sees half a chart.
 *
 * <pre>{@code
 * ChartExport.png(spec, "en", Path.of("out/tornado.png"), 150);   // 800x500 pt -> 1667x1042 px
 * ChartExport.svg(spec, "fi", Path.of("out/tornado.fi.svg"));
 * ChartExport.pdf(spec, "en", Path.of("out/tornado.pdf"));
 * }</pre>
 */
public final class ChartExport {

    /** The resolution at which one chart point is one pixel. */
    public static final int BASE_DPI = 72;

    private ChartExport() {
    }

    /**
     * Writes the chart as a PNG at {@code dpi} and returns {@code file}.
     *
     * @param chart    the chart
     * @param language {@code "en"} or {@code "fi"}
     * @param file     the file to write (atomically)
     * @param dpi      dots per inch, 18 to 1200
     * @return {@code file}
     */
    public static Path png(ChartSpec chart, String language, Path file, int dpi) {
        byte[] bytes = ChartRenderer.png(chart, language, dpi);
        return AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * Writes the chart as SVG and returns {@code file}.
     *
     * @param chart    the chart
     * @param language {@code "en"} or {@code "fi"}
     * @param file     the file to write (atomically)
     * @return {@code file}
     */
    public static Path svg(ChartSpec chart, String language, Path file) {
        byte[] bytes = ChartRenderer.svg(chart, language).getBytes(StandardCharsets.UTF_8);
        return AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * Writes the chart as a one-page vector PDF and returns {@code file}.
     *
     * @param chart    the chart
     * @param language {@code "en"} or {@code "fi"}
     * @param file     the file to write (atomically)
     * @return {@code file}
     */
    public static Path pdf(ChartSpec chart, String language, Path file) {
        byte[] bytes = ChartRenderer.pdf(chart, language);
        return AtomicFiles.write(file, out -> out.write(bytes));
    }
}
