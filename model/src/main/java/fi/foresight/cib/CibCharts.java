package fi.foresight.cib;

import fi.foresight.chart.Charts;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HorizontalBarChart;

/** The charts of a CIB result: the scenario tableau and the impact balances of one scenario. */
final class CibCharts {
    /** Most scenarios the tableau shows. */
    static final int MAX_COLUMNS = 30;
    /** Colours the tableau cycles through by variant index. */
    private static final int COLOURS = 7;

    private CibCharts() {
    }

    /**
     * Descriptors (rows) × scenarios (columns, named {@code cib_1} … as the bridged scenarios are), each cell the
     * variant's label on a colour of its variant number.
     */
    static HeatMapChart tableau(CibResult r) {
        CrossImpactSystem system = r.system();
        int shown = Math.min(MAX_COLUMNS, r.size());
        if (shown == 0) {
            throw new IllegalStateException("no scenario has inconsistency <= " + r.tolerance()
                    + "; there is nothing to draw");
        }
        List<String> rows = system.descriptors().stream().map(Descriptor::label).toList();
        List<String> columns = new ArrayList<>();
        String[][] texts = new String[system.size()][shown];
        int[][] colours = new int[system.size()][shown];
        for (int k = 0; k < shown; k++) {
            CibScenario s = r.scenarios().get(k).scenario();
            columns.add("cib_" + (k + 1));
            for (int d = 0; d < system.size(); d++) {
                texts[d][k] = system.descriptors().get(d).variants().get(s.variant(d)).label();
                colours[d][k] = s.variant(d) % COLOURS;
            }
        }
        String what = r.tolerance() == 0 ? "Consistent scenarios" : "Scenarios with inconsistency <= " + r.tolerance();
        String title = what + (shown < r.size() ? " (the first " + shown + " of " + r.size() + ")"
                : " (" + r.size() + " of " + r.system().matrix().scenarioCount() + ")");
        return Charts.heatGrid(title, rows, columns, texts, colours);
    }

    /** The impact balance of every variant under {@code s}, the chosen variants highlighted. */
    static HorizontalBarChart balances(CrossImpactSystem system, CibScenario s, String name) {
        ImpactBalances b = ImpactBalances.of(system, s);
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Boolean> chosen = new ArrayList<>();
        for (int d = 0; d < system.size(); d++) {
            Descriptor desc = system.descriptors().get(d);
            for (int v = 0; v < desc.size(); v++) {
                categories.add(desc.label() + ": " + desc.variants().get(v).label());
                values.add((double) b.balance(d, v));
                chosen.add(s.variant(d) == v);
            }
        }
        double[] vals = values.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] flags = new boolean[chosen.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = chosen.get(i);
        }
        ScenarioScore score = b.score();
        return Charts.highlightBars("Impact balances in " + name + " (CV " + score.consistencyValue() + ", TIS "
                + score.totalImpactScore() + ")", "Impact balance", categories, vals, flags, "The scenario's variant",
                "Other variants");
    }
}
