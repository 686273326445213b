package fi.foresight.job.types;

import fi.foresight.chart.FileNames;
import fi.foresight.chart.Charts;
import fi.foresight.chart.Text;
import fi.foresight.model.Model;
import fi.foresight.sensitivity.MorrisEffect;
import fi.foresight.sensitivity.MorrisResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.Table;

/**
 * A {@link MorrisResult} for the run directory and the report: the {@code morris} table ordered by μ* within each
 * outcome (largest first) and a μ*–σ map of the inputs with the largest μ*, labelled.
 */
final class MorrisReport {
    static final int CHART_INPUTS = 12;

    private MorrisReport() {
    }

    static Reported of(MorrisResult r, Model model) {
        var tables = new ArrayList<Table>();
        for (Table t : r.tables()) {
            tables.add(t.name().equals("morris") ? Rows.sortedWithin(t, "outcome", "mu_star", true) : t);
        }
        var charts = new LinkedHashMap<String, ChartSpec>();
        for (String outcome : r.outcomes()) {
            List<MorrisEffect> all = r.effects(outcome);
            List<MorrisEffect> top = all.stream().filter(e -> Double.isFinite(e.muStar()) && Double.isFinite(e.sigma()))
                    .sorted(Comparator.comparingDouble(MorrisEffect::muStar).reversed()).limit(CHART_INPUTS).toList();
            if (top.isEmpty()) {
                continue;
            }
            Text axis = Text.of("\u03bc* (mean absolute elementary effect)",
                    "\u03bc* (alkeisvaikutusten itseisarvojen keskiarvo)").plus(all.size() > top.size()
                    ? Text.of(", the " + top.size() + " largest of " + all.size() + " inputs",
                    ", " + top.size() + " suurinta " + all.size() + " syötteestä") : Text.EMPTY);
            charts.put("morris-" + FileNames.slug(outcome, "outcome"), Charts.scatterLabelled(Text.of("Morris screening: ",
                            "Morrisin seulonta: ").plus(InputLabels.outcome(model, outcome)), axis,
                    Text.of("\u03c3 (spread of the effects)", "\u03c3 (vaikutusten hajonta)"),
                    top.stream().mapToDouble(MorrisEffect::muStar).toArray(),
                    top.stream().mapToDouble(MorrisEffect::sigma).toArray(),
                    top.stream().map(e -> InputLabels.of(model, e.variable())).toList()));
        }
        // Sobol' indices and the tornado name the assumptions that matter; Morris's top input comes after them
        var findings = r.findings().stream().map(f -> new fi.foresight.analysis.Finding(f.key(), f.arguments(),
                Math.max(f.rank(), 30))).toList();
        return new Reported(r.kind(), tables, charts, findings);
    }
}
