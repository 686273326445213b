package fi.foresight.time;

import fi.foresight.chart.Charts;
import fi.foresight.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/** The charts of a {@link TrajectoryResult}, through the shared chart factories. */
final class TrajectoryCharts {
    private static final String YEAR = "Year";

    private TrajectoryCharts() {
    }

    static XYChart fan(TrajectoryResult r, String scenario, String lever, String outcome) {
        OutcomeTrajectory t = r.outcome(scenario, lever, outcome);
        return Charts.fan(r.label(outcome) + ": " + r.runLabel(scenario, lever), YEAR, r.axis(outcome), x(t),
                t.fanBands());
    }

    static XYChart medians(TrajectoryResult r, String lever, String outcome) {
        var lines = new LinkedHashMap<String, double[]>();
        double[] x = null;
        for (String s : r.settings().scenarios()) {
            OutcomeTrajectory t = r.outcome(s, lever, outcome);
            x = x(t);
            lines.put(r.scenarioLabel(s), t.percentile(50));
        }
        String title = "Median " + lowerFirst(r.label(outcome)) + " by scenario"
                + (lever.equals(fi.foresight.model.Lever.NONE) ? "" : " (" + r.leverLabel(lever) + ")");
        return Charts.overlay(title, YEAR, r.axis(outcome), x, lines);
    }

    static XYChart spaghetti(TrajectoryResult r, String scenario, String lever, String outcome) {
        OutcomeTrajectory t = r.outcome(scenario, lever, outcome);
        double[][] paths = t.samplePaths();
        if (paths.length == 0) {
            throw new IllegalStateException("no sample paths were kept; ask for some (sample_paths: 20 in a job)");
        }
        return Charts.spaghetti(r.label(outcome) + ": sample paths, " + r.runLabel(scenario, lever), YEAR,
                r.axis(outcome), x(t), paths);
    }

    static CategoryChart firstPassage(TrajectoryResult r, String lever, Target target) {
        var series = new LinkedHashMap<String, double[]>();
        List<String> categories = new ArrayList<>();
        for (String s : r.settings().scenarios()) {
            FirstPassage f = r.firstPassage(s, lever, target);
            int[] ys = f.years();
            if (categories.isEmpty()) {
                for (int y : ys) {
                    categories.add(Integer.toString(y));
                }
                categories.add("not by " + ys[ys.length - 1]);
            }
            double[] share = new double[ys.length + 1];
            for (int i = 0; i < ys.length; i++) {
                share[i] = 100.0 * f.probability(ys[i]);
            }
            share[ys.length] = 100.0 * f.notReachedShare();
            series.put(r.scenarioLabel(s), share);
        }
        String title = "Year in which " + lowerFirst(describe(r, target)) + " is first reached"
                + (lever.equals(fi.foresight.model.Lever.NONE) ? "" : " (" + r.leverLabel(lever) + ")");
        return Charts.bars(title, "Share of paths (%)", categories, series);
    }

    /**
     * The standard charts for the first lever of the run: per tracked outcome (panel columns excepted) a fan
     * chart per scenario, the scenarios' medians overlaid and the first scenario's sample paths; per target the
     * first-passage histogram of every scenario.
     */
    static Map<String, Chart<?, ?>> all(TrajectoryResult r) {
        var charts = new LinkedHashMap<String, Chart<?, ?>>();
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

    private static String describe(TrajectoryResult r, Target t) {
        String label = r.label(t.outcome());
        java.util.function.DoubleFunction<String> num = v -> v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v) : Double.toString(v);
        if (Double.isNaN(t.atMost())) {
            return label + " ≥ " + num.apply(t.atLeast());
        }
        if (Double.isNaN(t.atLeast())) {
            return label + " ≤ " + num.apply(t.atMost());
        }
        return num.apply(t.atLeast()) + " ≤ " + label + " ≤ " + num.apply(t.atMost());
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
