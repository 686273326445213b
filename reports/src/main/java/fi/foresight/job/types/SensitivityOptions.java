package fi.foresight.job.types;

import fi.foresight.evaluation.Evaluator;
import fi.foresight.job.AnalysisOptions;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Outcome;
import fi.foresight.model.OutcomeColumn;
import fi.foresight.model.Panel;
import fi.foresight.model.Scenario;
import fi.foresight.model.Suggestions;
import fi.foresight.model.WeightedIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Options that the sensitivity types share: which outcome columns ({@code outcome: y} or {@code outcomes: [y, z]}),
 * which scenario and lever ({@code scenario:}, {@code lever:}; default {@code base} and {@code none}) and which
 * inputs vary ({@code inputs: all} or {@code drivers}). Each is checked against the model and reported at its
 * {@code file:line:col}.
 */
final class SensitivityOptions {
    static final String ALL = "all";
    static final String DRIVERS = "drivers";

    private SensitivityOptions() {
    }

    /** {@code outcome: y} or {@code outcomes: [y, z]} (not both); empty means every outcome column. */
    static List<String> outcomes(AnalysisOptions options) {
        options.needsOutcomes();
        return outcomes(options, null, "outcome columns");
    }

    /**
     * As {@link #outcomes(AnalysisOptions)}, restricted to {@code allowed} columns when it is not null (with
     * {@code what} naming them in the message).
     */
    static List<String> outcomes(AnalysisOptions options, List<String> allowed, String what) {
        return checked(options, allowed, what);
    }

    private static List<String> checked(AnalysisOptions options, List<String> allowed, String what) {
        boolean one = options.has("outcome");
        boolean many = options.has("outcomes");
        if (one && many) {
            options.problem("outcomes", "give either 'outcome' (one column) or 'outcomes' (a list), not both");
        }
        String key = many ? "outcomes" : "outcome";
        List<String> ids = options.list(key);
        var model = options.model();
        if (model.isEmpty()) {
            return ids;
        }
        List<String> columns = allowed != null ? allowed : model.get().outcomeColumns();
        var out = new ArrayList<String>();
        for (String id : ids) {
            if (columns.contains(id)) {
                if (!out.contains(id)) {
                    out.add(id);
                }
            } else if (allowed != null && model.get().outcomeColumns().contains(id)) {
                options.problem(key, "'" + id + "' is not one of the " + what + " " + columns);
            } else {
                options.problem(key, "unknown outcome '" + id + "'" + Suggestions.didYouMean(id, columns)
                        + "; " + what + " are " + columns);
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@code at_year:} as {@link AnalysisOptions#atYear()} gives it, refused for a later year than the horizon's
     * first when the model's outcomes read {@code prev(x)}: their value then depends on the whole path, not on the
     * drivers' state in that year that a sensitivity design varies.
     */
    static Integer atYear(AnalysisOptions options) {
        Integer year = options.atYear();
        Model m = options.model().orElse(null);
        if (year == null || m == null || m.horizon().isEmpty() || year == m.horizon().get().start()) {
            return year;
        }
        List<String> previous = Evaluator.of(m).previous();
        if (!previous.isEmpty()) {
            options.problem(options.has("at_year") ? "at_year" : null, "the model's outcomes read prev("
                    + String.join("), prev(", previous) + "), so in " + year + " they depend on the whole path, not on "
                    + "the drivers' state in that year that a " + options.type() + " analysis varies; give this "
                    + "analysis at_year: " + m.horizon().get().start() + " (the horizon's first year), or run trajectories "
                    + "or montecarlo for " + year);
        }
        return year;
    }

    /** {@code scenario:} (default {@code base}), one of the model's scenarios. */
    static String scenario(AnalysisOptions options) {
        return oneOf(options, "scenario", Scenario.BASE,
                options.model().map(m -> m.allScenarios().stream().map(Scenario::id).toList()).orElse(null));
    }

    /** {@code lever:} (default {@code none}), one of the model's levers. */
    static String lever(AnalysisOptions options) {
        return oneOf(options, "lever", Lever.NONE,
                options.model().map(m -> m.allLevers().stream().map(Lever::id).toList()).orElse(null));
    }

    /** One of {@code ids} (any text when the model did not load), recorded in the settings with its default. */
    private static String oneOf(AnalysisOptions options, String key, String dflt, List<String> ids) {
        if (ids == null) {
            return options.text(key).orElse(dflt);
        }
        return options.choice(key, dflt, ids.toArray(String[]::new));
    }

    /**
     * {@code inputs: all} (drivers and the panels' uncertain weights) or {@code inputs: drivers} (the panels'
     * weights held at their stated values); true when only drivers vary.
     */
    static boolean driversOnly(AnalysisOptions options, String dflt) {
        return DRIVERS.equals(options.choice("inputs", dflt, ALL, DRIVERS));
    }

    /** At most how many inputs a sensitivity design of the model varies (drivers, and weights unless fixed). */
    /** The base model's uncertain inputs (drivers whose distribution has a range, and uncertain weights). */
    static long variedInputCount(Model model, boolean driversOnly) {
        long fixed = model.drivers().stream()
                .filter(d -> !(d.distribution().support().min() < d.distribution().support().max())).count();
        return inputCountBound(model, driversOnly) - fixed;
    }

    static long inputCountBound(Model model, boolean driversOnly) {
        long k = model.drivers().size();
        if (!driversOnly) {
            for (Panel p : model.panels()) {
                if (p.hasUncertainWeights()) {
                    k += p.weights().size() + p.weightDistributions().size();
                }
            }
        }
        return k;
    }

    /** The weighted-index columns of the model: every index, and {@code index.panel} when it pools panels. */
    static List<String> indexColumns(Model model) {
        var out = new ArrayList<String>();
        for (Outcome o : model.outcomes()) {
            if (o instanceof WeightedIndex w) {
                out.add(w.id());
                List<Panel> panels = model.panelsOf(w);
                if (panels.size() > 1) {
                    panels.forEach(p -> out.add(OutcomeColumn.of(w.id(), p.id()).key()));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The model with every panel's weights held at their stated values: no Dirichlet around them and no weight
     * distributions (a weight given as a distribution is held at its mean). Sensitivity
     * designs then vary the drivers alone.
     */
    static Model withFixedWeights(Model model) {
        if (model.panels().stream().noneMatch(Panel::hasUncertainWeights)) {
            return model;
        }
        var panels = new ArrayList<Panel>();
        for (Panel p : model.panels()) {
            var weights = new java.util.LinkedHashMap<>(p.weights());
            for (var e : p.weightDistributions().entrySet()) {
                weights.put(e.getKey(), e.getValue().mean());
            }
            panels.add(new Panel(p.id(), p.label(), p.labelFi(), weights, Map.of(), 0, p.normalise(), p.allowNegative(),
                    p.poolWeight(), p.sources()));
        }
        return model.toBuilder().replacePanels(panels).build(); // every other part of the model is kept
    }
}
