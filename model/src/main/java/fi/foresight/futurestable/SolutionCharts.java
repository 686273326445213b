package fi.foresight.futurestable;

import fi.foresight.model.FuturesTable;
import fi.foresight.model.Configuration;
import fi.foresight.chart.Charts;
import fi.foresight.chart.GridSpec;
import fi.foresight.chart.Text;
import java.util.ArrayList;
import java.util.List;

/** The tableau of a futures table's consistent configurations. */
final class SolutionCharts {
    /** Most configurations the tableau shows. */
    static final int MAX_COLUMNS = 30;
    private static final int COLOURS = 7;

    private SolutionCharts() {
    }

    /** Factors (rows) × listed configurations ({@code ft_1} …), each cell the state's label coloured by its number. */
    static GridSpec tableau(SolutionSpace space) {
        FuturesTable t = space.futuresTable();
        int shown = Math.min(MAX_COLUMNS, space.solutions().size());
        if (shown == 0) {
            throw new IllegalStateException("the futures table has no consistent configuration; nothing to draw");
        }
        List<Text> rows = t.factors().stream().map(f -> Text.plain(f.label())).toList();
        List<Text> columns = new ArrayList<>();
        Text[][] texts = new Text[rows.size()][shown];
        int[][] colours = new int[rows.size()][shown];
        for (int k = 0; k < shown; k++) {
            Configuration c = space.solutions().get(k).configuration();
            columns.add(Text.plain("ft_" + (k + 1)));
            for (int f = 0; f < rows.size(); f++) {
                texts[f][k] = Text.plain(t.factors().get(f).states().get(c.state(f)).label());
                colours[f][k] = c.state(f) % COLOURS;
            }
        }
        Text title = Text.of("Consistent configurations", "Konsistentit yhdistelmät").plus(shown < space.count()
                ? Text.of(" (the first " + shown + " of " + space.count() + ")", " (" + space.count()
                        + ":stä ensimmäiset " + shown + ")")
                : Text.of(" (" + space.count() + " of " + t.size() + ")", " (" + space.count() + " / " + t.size() + ")"));
        return Charts.heatGrid(title, rows, columns, texts, colours);
    }
}
