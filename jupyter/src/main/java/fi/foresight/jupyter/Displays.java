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
}
