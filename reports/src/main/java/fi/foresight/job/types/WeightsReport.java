package fi.foresight.job.types;

import fi.foresight.analysis.Finding;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.sensitivity.RankedAlternative;
import fi.foresight.sensitivity.WeightInterval;
import fi.foresight.sensitivity.WeightSensitivityResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import fi.foresight.chart.FileNames;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Text;
import tech.tablesaw.api.Table;

/**
 * A {@link WeightSensitivityResult} for the run directory and the report: the {@code weights} table with the most
 * fragile weights first (smallest move that lets the runner-up overtake the best alternative), one stability chart
 * per panel, the chance of each alternative to rank first, and findings on whose weights matter. The report's pages
 * leave out the {@code weight-rankings} table (CSV and XLSX keep it).
 *
 * <p>Findings besides the result's own: {@code weights.fragile} (the single weight whose smallest move changes the
 * best alternative: {@code outcome, panel, variable, weight, reversal_weight, points, alternative,
 * alternative_second}) or {@code weights.best_robust} when no single weight can; then
 * {@code weights.others.<1|2|3>} (the other panels, most sensitive first: {@code panel_i, points_i}, how far their
 * most sensitive weight may move) and {@code weights.panels_robust} ({@code panel_list}: panels none of whose
 * weights alone can change the best).
 */
final class WeightsReport {
    static final int CHART_ALTERNATIVES = 12;

    private WeightsReport() {
    }

    static Reported of(WeightSensitivityResult r, Model model) {
        var own = new ArrayList<Finding>();
        for (Finding f : r.findings()) {
            // without ranking probabilities (samples: 0) the best alternative is reported at the stated weights only
            own.add(f.key().equals("weights.best_alternative") && !f.arguments().containsKey("probability_first")
                    ? new Finding("weights.best_alternative.point", f.arguments(), f.rank()) : f);
        }
        var tables = new ArrayList<Table>();
        for (Table t : r.tables()) {
            tables.add(t.name().equals("weights") ? Rows.sortedWithin(t, "outcome", "top_two_change", false, true) : t);
        }
        var charts = new LinkedHashMap<String, ChartSpec>();
        var findings = new ArrayList<>(own);
        for (int o = 0; o < r.outcomes().size(); o++) {
            String outcome = r.outcomes().get(o);
            List<WeightInterval> intervals = r.intervals(outcome);
            List<RankedAlternative> alts = r.alternatives(outcome);
            for (String panel : intervals.stream().map(WeightInterval::panel).distinct().toList()) {
                charts.put("weights-" + FileNames.slug(outcome, "outcome") + "-" + FileNames.slug(panel, "outcome"),
                        stability(model, outcome, panel, intervals.stream().filter(i -> i.panel().equals(panel)).toList()));
            }
            if (alts.size() > 1 && alts.stream().allMatch(a -> Double.isFinite(a.probabilityFirst()))) {
                charts.put("weights-first-" + FileNames.slug(outcome, "outcome"), first(model, outcome, alts));
            }
            findings.addAll(findings(outcome, o, intervals, alts));
        }
        return new Reported(r.kind(), tables, charts, findings, Set.of("weight-rankings"));
    }

    private static List<Finding> findings(String outcome, int o, List<WeightInterval> intervals,
                                          List<RankedAlternative> alts) {
        var out = new ArrayList<Finding>();
        if (alts.size() < 2 || intervals.isEmpty()) {
            return out;
        }
        Optional<WeightInterval> fragile = mostFragile(intervals);
        if (fragile.isPresent()) {
            WeightInterval w = fragile.get();
            var args = new LinkedHashMap<String, Object>();
            args.put("outcome", outcome);
            args.put("panel", w.panel());
            args.put("variable", w.variable());
            args.put("weight", w.weight());
            args.put("reversal_weight", w.topTwoWeight());
            args.put("points", Math.abs(w.topTwoChange()) * 100);
            args.put("alternative", alts.get(0).alternative());
            args.put("alternative_second", alts.get(1).alternative());
            out.add(new Finding("weights.fragile", args, 12 + o));
        } else {
            out.add(new Finding("weights.best_robust", Map.of("outcome", outcome, "alternative",
                    alts.get(0).alternative()), 12 + o));
        }
        // the other panels, most sensitive first, and those whose single weights cannot change the best
        var margins = new LinkedHashMap<String, Double>();
        var robust = new ArrayList<String>();
        for (String panel : intervals.stream().map(WeightInterval::panel).distinct().toList()) {
            var own = mostFragile(intervals.stream().filter(i -> i.panel().equals(panel)).toList());
            if (own.isEmpty()) {
                robust.add(panel);
            } else if (fragile.isEmpty() || !panel.equals(fragile.get().panel())) {
                margins.put(panel, Math.abs(own.get().topTwoChange()) * 100);
            }
        }
        var others = margins.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(3).toList();
        if (fragile.isPresent() && !others.isEmpty()) {
            var args = new LinkedHashMap<String, Object>();
            args.put("outcome", outcome);
            for (int i = 0; i < others.size(); i++) {
                args.put("panel_" + (i + 1), others.get(i).getKey());
                args.put("points_" + (i + 1), others.get(i).getValue());
            }
            out.add(new Finding("weights.others." + others.size(), args, 14 + o));
        }
        if (fragile.isPresent() && !robust.isEmpty()) {
            out.add(new Finding("weights.panels_robust", Map.of("outcome", outcome, "panel_list", List.copyOf(robust)),
                    16 + o));
        }
        return out;
    }

    private static Optional<WeightInterval> mostFragile(List<WeightInterval> list) {
        return list.stream().filter(i -> Double.isFinite(i.topTwoChange()))
                .min(Comparator.comparingDouble(i -> Math.abs(i.topTwoChange())));
    }

    /**
     * How far each of the panel's weights may fall and rise (percentage points of the panel's total) before the best
     * alternative changes, the most sensitive weight first.
     */
    private static ChartSpec stability(Model model, String outcome, String panel, List<WeightInterval> list) {
        Text panelLabel = fi.foresight.analysis.ModelTexts.panel(model, panel);
        List<WeightInterval> sorted = list.stream().sorted(Comparator.comparingDouble((WeightInterval i) ->
                Math.min(i.weight() - i.bestLow(), i.bestHigh() - i.weight()))).toList();
        var series = new LinkedHashMap<Text, double[]>();
        series.put(Text.of("May fall by", "Voi laskea"), sorted.stream().mapToDouble(i -> 100 * (i.bestLow() - i.weight())).toArray());
        series.put(Text.of("May rise by", "Voi nousta"), sorted.stream().mapToDouble(i -> 100 * (i.bestHigh() - i.weight())).toArray());
        return ReportCharts.bars(Text.of("Weights of ", "Painot: ").plus(panelLabel),
                Text.of("Room before the best changes (percentage points)",
                        "Liikkumavara ennen kuin paras vaihtuu (prosenttiyksikköä)"),
                sorted.stream().map(i -> InputLabels.of(model, i.variable())).toList(), series);
    }

    /** The alternatives most likely to rank first under uncertain weights. */
    private static ChartSpec first(Model model, String outcome, List<RankedAlternative> alts) {
        List<RankedAlternative> top = alts.stream()
                .sorted(Comparator.comparingDouble(RankedAlternative::probabilityFirst).reversed())
                .limit(CHART_ALTERNATIVES).toList();
        var series = new LinkedHashMap<Text, double[]>();
        series.put(Text.of("Ranked first", "Ensimmäisenä"), top.stream().mapToDouble(RankedAlternative::probabilityFirst).toArray());
        return ReportCharts.bars(Text.of("Chance to be best when the weights vary",
                        "Mahdollisuus olla paras, kun painot vaihtelevat").plus(alts.size() > top.size()
                        ? Text.of(" (top " + top.size() + " of " + alts.size() + ")", " (" + top.size() + " parasta "
                        + alts.size() + ":stä)") : Text.EMPTY),
                Text.of("Probability of ranking first on ", "Todennäköisyys olla ensimmäinen: ")
                        .plus(InputLabels.outcome(model, outcome)),
                top.stream().map(a -> alternative(model, a)).toList(), series);
    }

    private static Text alternative(Model model, RankedAlternative a) {
        Text s = fi.foresight.analysis.ModelTexts.scenario(model, a.scenario());
        Text l = fi.foresight.analysis.ModelTexts.lever(model, a.lever());
        return a.lever().equals(Lever.NONE) ? (a.scenario().equals(Scenario.BASE)
                ? s.plus(Text.of(" (no lever)", " (ei keinoa)")) : s)
                : a.scenario().equals(Scenario.BASE) ? l : s.plus(" + ").plus(l);
    }
}
