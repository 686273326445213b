package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.CibScenario;
import fi.foresight.chart.BarSpec;
import fi.foresight.chart.Charts;
import fi.foresight.chart.GridSpec;
import fi.foresight.chart.Text;
import java.util.ArrayList;
import java.util.List;

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
    static GridSpec tableau(CibResult r) {
        CrossImpactSystem system = r.system();
        int shown = Math.min(MAX_COLUMNS, r.size());
        if (shown == 0) {
            throw new IllegalStateException("no scenario has inconsistency <= " + r.tolerance()
                    + "; there is nothing to draw");
        }
        List<Text> rows = system.descriptors().stream().map(d -> Text.plain(d.label())).toList();
        List<Text> columns = new ArrayList<>();
        Text[][] texts = new Text[system.size()][shown];
        int[][] colours = new int[system.size()][shown];
        for (int k = 0; k < shown; k++) {
            CibScenario s = r.scenarios().get(k).scenario();
            columns.add(Text.plain("cib_" + (k + 1)));
            for (int d = 0; d < system.size(); d++) {
                texts[d][k] = Text.plain(system.descriptors().get(d).variants().get(s.variant(d)).label());
                colours[d][k] = s.variant(d) % COLOURS;
            }
        }
        Text what = r.tolerance() == 0 ? Text.of("Consistent scenarios", "Konsistentit skenaariot")
                : Text.of("Scenarios with inconsistency at most ", "Skenaariot, joiden epäkonsistenssi on enintään ")
                        .plus(Integer.toString(r.tolerance()));
        Text title = what.plus(shown < r.size() ? Text.of(" (the first " + shown + " of " + r.size() + ")",
                " (" + r.size() + ":stä ensimmäiset " + shown + ")")
                : Text.of(" (" + r.size() + " of " + r.system().matrix().scenarioCount() + ")",
                " (" + r.size() + " / " + r.system().matrix().scenarioCount() + ")"));
        return Charts.heatGrid(title, rows, columns, texts, colours);
    }

    /** The impact balance of every variant under {@code s}, the chosen variants highlighted. */
    static BarSpec balances(CrossImpactSystem system, CibScenario s, String name) {
        ImpactBalances b = ImpactBalances.of(system, s);
        List<Text> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Boolean> chosen = new ArrayList<>();
        for (int d = 0; d < system.size(); d++) {
            Descriptor desc = system.descriptors().get(d);
            for (int v = 0; v < desc.size(); v++) {
                categories.add(Text.plain(desc.label() + ": " + desc.variants().get(v).label()));
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
        return Charts.highlightBars(Text.of("Impact balances in ", "Vaikutustaseet: ").plus(name + " (CV "
                + score.consistencyValue() + ", TIS " + score.totalImpactScore() + ")"),
                Text.of("Impact balance", "Vaikutustase"), categories, vals, flags,
                Text.of("The scenario's variant", "Skenaarion muunnelma"), Text.of("Other variants", "Muut muunnelmat"));
    }
}
