package fi.foresight.jupyter;

import fi.foresight.model.Model;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import tech.tablesaw.api.Table;

/**
 * What a value looks like in a notebook: a table as HTML, a chart as SVG and PNG, a model as a summary, a run
 * directory as links to its report, anything else as its text.
 */
final class Displays {

    private Displays() {
    }

    /**
     * The display of {@code value}.
     *
     * @param value any value, not null
     * @return the display data (always with {@code text/plain})
     */
    static DisplayData of(Object value) {
        if (value instanceof Table table) {
            return TableDisplay.of(table, TableDisplay.FIRST_ROWS);
        }
        if (ChartDisplay.isChart(value)) {
            return ChartDisplay.of(value);
        }
        if (value instanceof Model model) {
            return ModelSummary.of(model);
        }
        if (RunLinks.isRun(value)) {
            return RunLinks.of((Path) value);
        }
        return new DisplayData(value instanceof String s ? '"' + s + '"' : String.valueOf(value));
    }

    /**
     * Shows a small table and chart into the void, so that the classes a first display needs (Tablesaw, JFreeChart,
     * Batik, Java 2D, the SVG and PNG writers) are loaded while JShell's compiler starts on another thread.
     */
    static void warmUp() {
        try {
            of(tech.tablesaw.api.Table.create("warm-up", tech.tablesaw.api.DoubleColumn.create("x", 1.0)));
            of(fi.foresight.chart.Charts.bars(fi.foresight.chart.Text.plain("warm-up"),
                    fi.foresight.chart.Text.plain("y"), java.util.List.of(fi.foresight.chart.Text.plain("a")),
                    java.util.Map.of(fi.foresight.chart.Text.plain("s"), new double[] {1})));
        } catch (RuntimeException | LinkageError e) {
            // only a head start: the first real display reports any problem
        }
    }
}
