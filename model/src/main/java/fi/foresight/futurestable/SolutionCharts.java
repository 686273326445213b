package fi.foresight.futurestable;

import fi.foresight.chart.Charts;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;

/** The tableau of a futures table's consistent configurations. */
final class SolutionCharts {
    /** Most configurations the tableau shows. */
    static final int MAX_COLUMNS = 30;
    private static final int COLOURS = 7;

    private SolutionCharts() {
    }

    /** Factors (rows) × listed configurations ({@code ft_1} …), each cell the state's label coloured by its number. */
    static HeatMapChart tableau(SolutionSpace space) {
        FuturesTable t = space.futuresTable();
        int shown = Math.min(MAX_COLUMNS, space.solutions().size());
        if (shown == 0) {
            throw new IllegalStateException("the futures table has no consistent configuration; nothing to draw");
        }
        List<String> rows = t.factors().stream().map(Factor::label).toList();
        List<String> columns = new ArrayList<>();
        String[][] texts = new String[rows.size()][shown];
        int[][] colours = new int[rows.size()][shown];
        for (int k = 0; k < shown; k++) {
            Configuration c = space.solutions().get(k).configuration();
            columns.add("ft_" + (k + 1));
            for (int f = 0; f < rows.size(); f++) {
                texts[f][k] = t.factors().get(f).states().get(c.state(f)).label();
                colours[f][k] = c.state(f) % COLOURS;
            }
        }
        String title = "Consistent configurations" + (shown < space.count() ? " (the first " + shown + " of "
                + space.count() + ")" : " (" + space.count() + " of " + t.size() + ")");
        return Charts.heatGrid(title, rows, columns, texts, colours);
    }
}
