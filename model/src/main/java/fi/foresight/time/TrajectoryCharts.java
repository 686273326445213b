package fi.foresight.time;

import fi.foresight.analysis.ModelTexts;
import fi.foresight.chart.BarSpec;
import fi.foresight.chart.Charts;
import fi.foresight.chart.Text;
import fi.foresight.chart.XySpec;
import fi.foresight.model.Lever;
import fi.foresight.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import fi.foresight.chart.ChartSpec;

/** The charts of a {@link TrajectoryResult}, through the shared chart factories. */
final class TrajectoryCharts {
    private static final Text YEAR = Text.of("Year", "Vuosi");

    private TrajectoryCharts() {
    }

    static XySpec fan(TrajectoryResult r, String scenario, String lever, String outcome) {
        OutcomeTrajectory t = r.outcome(scenario, lever, outcome);
        return Charts.fan(label(r, outcome).plus(": ").plus(runLabel(r, scenario, lever)), YEAR,
                ModelTexts.outcomeAxis(r.model(), outcome), x(t), t.fanBands()).withYears();
    }

    static XySpec medians(TrajectoryResult r, String lever, String outcome) {
        var lines = new LinkedHashMap<Text, double[]>();
        double[] x = null;
        for (String s : r.settings().scenarios()) {
            OutcomeTrajectory t = r.outcome(s, lever, outcome);
            x = x(t);
            lines.put(ModelTexts.scenario(r.model(), s), t.percentile(50));
        }
        Text title = Text.of("Median ", "Mediaani: ").plus(lowerFirst(label(r, outcome)))
                .plus(Text.of(" by scenario", " skenaarioittain")).plus(leverNote(r, lever));
        return Charts.overlay(title, YEAR, ModelTexts.outcomeAxis(r.model(), outcome), x, lines).withYears();
    }

    static XySpec spaghetti(TrajectoryResult r, String scenario, String lever, String outcome) {
        OutcomeTrajectory t = r.outcome(scenario, lever, outcome);
        double[][] paths = t.samplePaths();
        if (paths.length == 0) {
            throw new IllegalStateException("no sample paths were kept; ask for some (sample_paths: 20 in a job)");
        }
        return Charts.spaghetti(label(r, outcome).plus(Text.of(": sample paths, ", ": esimerkkipolkuja, "))
                .plus(runLabel(r, scenario, lever)), YEAR, ModelTexts.outcomeAxis(r.model(), outcome), x(t), paths)
                .withYears();
    }

    static BarSpec firstPassage(TrajectoryResult r, String lever, Target target) {
        var series = new LinkedHashMap<Text, double[]>();
        List<Text> categories = new ArrayList<>();
        for (String s : r.settings().scenarios()) {
            FirstPassage f = r.firstPassage(s, lever, target);
            int[] ys = f.years();
            if (categories.isEmpty()) {
                for (int y : ys) {
                    categories.add(Text.plain(Integer.toString(y)));
                }
                categories.add(Text.of("not by ", "ei vuoteen ").plus(Integer.toString(ys[ys.length - 1])));
            }
            double[] share = new double[ys.length + 1];
            for (int i = 0; i < ys.length; i++) {
                share[i] = 100.0 * f.probability(ys[i]);
            }
            share[ys.length] = 100.0 * f.notReachedShare();
            series.put(ModelTexts.scenario(r.model(), s), share);
        }
        Text title = Text.of("Year in which ", "Vuosi, jona ").plus(lowerFirst(describe(r, target)))
                .plus(Text.of(" is first reached", " saavutetaan ensi kerran")).plus(leverNote(r, lever));
        return Charts.bars(title, Text.of("Share of paths (%)", "Osuus poluista (%)"), categories, series);
    }

    /**
     * The standard charts for the first lever of the run: per tracked outcome (panel columns excepted) a fan
     * chart per scenario, the scenarios' medians overlaid and the first scenario's sample paths; per target the
     * first-passage histogram of every scenario.
     */
    static Map<String, ChartSpec> all(TrajectoryResult r) {
        var charts = new LinkedHashMap<String, ChartSpec>();
        String lever = r.settings().levers().get(0);
        String suffix = lever.equals(fi.foresight.model.Lever.NONE) ? "" : "-" + lever;
        String first = r.settings().scenarios().get(0);
        for (String o : r.settings().outcomes()) {
            if (o.contains(".")) {
                continue;
            }
            for (String s : r.settings().scenarios()) {
                charts.put(TrajectoryResult.KIND + "-fan-" + o + "-" + s + suffix, fan(r, s, lever, o));
            }
            charts.put(TrajectoryResult.KIND + "-medians-" + o + suffix, medians(r, lever, o));
            if (r.settings().samplePaths() > 0) {
                charts.put(TrajectoryResult.KIND + "-spaghetti-" + o + "-" + first + suffix, spaghetti(r, first, lever, o));
            }
        }
        int g = 0;
        for (Target t : r.model().targets()) {
            String name = TrajectoryResult.KIND + "-first-passage-" + t.outcome() + suffix;
            charts.put(charts.containsKey(name) ? name + "-" + g : name, firstPassage(r, lever, t));
            g++;
        }
        return charts;
    }

    private static double[] x(OutcomeTrajectory t) {
        int[] y = t.yearValues();
        double[] x = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            x[i] = y[i];
        }
        return x;
    }

    private static Text label(TrajectoryResult r, String column) {
        return ModelTexts.outcome(r.model(), column);
    }

    private static Text runLabel(TrajectoryResult r, String scenario, String lever) {
        Text s = ModelTexts.scenario(r.model(), scenario);
        return lever.equals(Lever.NONE) ? s : s.plus(Text.of(" with ", ", keino: ")).plus(ModelTexts.lever(r.model(),
                lever));
    }

    private static Text leverNote(TrajectoryResult r, String lever) {
        return lever.equals(Lever.NONE) ? Text.EMPTY : Text.plain(" (").plus(ModelTexts.lever(r.model(), lever))
                .plus(")");
    }

    private static Text describe(TrajectoryResult r, Target t) {
        Text label = label(r, t.outcome());
        java.util.function.DoubleFunction<String> num = v -> v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v) : Double.toString(v);
        if (Double.isNaN(t.atMost())) {
            return label.plus(" ≥ " + num.apply(t.atLeast()));
        }
        if (Double.isNaN(t.atLeast())) {
            return label.plus(" ≤ " + num.apply(t.atMost()));
        }
        return Text.plain(num.apply(t.atLeast()) + " ≤ ").plus(label).plus(" ≤ " + num.apply(t.atMost()));
    }

    private static Text lowerFirst(Text t) {
        return new Text(lowerFirst(t.en()), lowerFirst(t.fi()));
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
