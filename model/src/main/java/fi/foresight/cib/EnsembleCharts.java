package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;

import fi.foresight.chart.BarSpec;
import fi.foresight.chart.Charts;
import fi.foresight.chart.GridSpec;
import fi.foresight.chart.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The charts of an expert ensemble: which matrices find each scenario consistent, and its judgement uncertainty. */
final class EnsembleCharts {
    /** Most scenarios a chart shows. */
    static final int MAX_SCENARIOS = 30;
    /** Most bars of the uncertainty chart. */
    static final int MAX_BARS = 20;
    /** Most descriptors whose variant labels the bars name; beyond, the variant numbers alone. */
    static final int MAX_NAMED = 4;
    /** Grid colour of a consistent cell (light blue) and of the others (grey). */
    private static final int YES = 0;
    private static final int NO = 7;

    private EnsembleCharts() {
    }

    /** The scenario's variant numbers and labels, e.g. "1 2 1: Open, Strong, Built". */
    private static Text name(CrossImpactSystem system, CibScenario s) {
        return Text.of(s.toOneBased() + ": " + system.describe(s, "en"), s.toOneBased() + ": "
                + system.describe(s, "fi"));
    }

    /** Scenarios (rows) × experts and the ensemble (columns); a cell is marked where the scenario is consistent. */
    static GridSpec agreement(EnsembleReport r) {
        List<CibScenario> all = r.scenarios();
        int shown = Math.min(MAX_SCENARIOS, all.size());
        List<CibEnsemble.Member> experts = r.members().ensemble().members();
        Map<CibScenario, List<String>> who = r.members().agreement();
        List<Text> rows = new ArrayList<>();
        List<Text> columns = new ArrayList<>();
        for (CibEnsemble.Member m : experts) {
            columns.add(Text.plain(m.name()));
        }
        columns.add(r.mean() ? Text.of("Ensemble (mean)", "Yhdistelmä (keskiarvo)") : Text.of("Ensemble (sum)",                "Yhdistelmä (summa)"));
        Text[][] texts = new Text[shown][columns.size()];
        int[][] colours = new int[shown][columns.size()];
        Text yes = Text.of("consistent", "johdonmukainen");
        for (int k = 0; k < shown; k++) {
            CibScenario s = all.get(k);
            rows.add(name(r.system(), s));
            List<String> w = who.getOrDefault(s, List.of());
            for (int e = 0; e < columns.size(); e++) {
                boolean on = e < experts.size() ? w.contains(experts.get(e).name()) : r.ensemble().list().contains(s);
                texts[k][e] = on ? yes : Text.EMPTY;
                colours[k][e] = on ? YES : NO;
            }
        }
        Text title = Text.of("Consistent scenarios of " + experts.size() + " experts' matrices and of their ensemble",
                "Johdonmukaiset skenaariot " + experts.size() + " asiantuntijan matriiseissa ja niiden yhdistelmässä");
        if (shown < all.size()) {
            title = title.plus(Text.of(" (the first " + shown + " of " + all.size() + ")",
                    " (" + all.size() + ":stä ensimmäiset " + shown + ")"));
        }
        return Charts.heatGrid(title, rows, columns, texts, colours);
    }

    /** The share of random matrices in which each possible scenario is consistent, the nominal ones highlighted. */
    static BarSpec uncertainty(EnsembleReport r, EnsembleReport.Uncertainty u) {
        List<CibScenario> possible = u.bounds().possible();
        List<CibScenario> shown = new ArrayList<>(possible.stream()
                .filter(s -> u.sample().frequency(s) > 0 || u.bounds().nominal().contains(s)).toList());
        shown.sort((a, b) -> {
            int c = Double.compare(u.sample().frequency(b), u.sample().frequency(a));
            return c != 0 ? c : a.compareTo(b);
        });
        int all = shown.size();
        shown = shown.subList(0, Math.min(MAX_BARS, shown.size()));
        boolean named = r.system().size() <= MAX_NAMED;
        List<Text> categories = new ArrayList<>();
        double[] values = new double[shown.size()];
        boolean[] nominal = new boolean[shown.size()];
        for (int k = 0; k < shown.size(); k++) {
            CibScenario s = shown.get(k);
            categories.add(named ? name(r.system(), s) : Text.plain(s.toOneBased()));
            values[k] = u.sample().frequency(s);
            nominal[k] = u.bounds().nominal().contains(s);
        }
        boolean cut = shown.size() < all;
        Text title = Text.of("How often each scenario stays consistent when judgements vary by "
                        + u.spread().describe("en") + " (" + u.sample().draws() + " random matrices"
                        + (cut ? "; the " + shown.size() + " most frequent of " + all + " scenarios)" : ")"),
                "Kuinka usein skenaario pysyy johdonmukaisena, kun arviot vaihtelevat (" + u.spread().describe("fi")
                        + ", " + u.sample().draws() + " satunnaista matriisia"
                        + (cut ? "; " + all + " skenaariosta " + shown.size() + " yleisintä)" : ")"));
        return Charts.highlightBars(title, Text.of("Share of random matrices in which it is consistent",
                        "Osuus satunnaisista matriiseista, joissa skenaario on johdonmukainen"), categories, values,
                nominal, Text.of("Consistent as judged", "Johdonmukainen arvioiden mukaan"),
                Text.of("Consistent only when judgements vary", "Johdonmukainen vain arvioiden vaihdellessa"));
    }
}
