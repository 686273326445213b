package fi.foresight.job.types;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.bridge.Bridge;
import fi.foresight.cib.CibResult;
import fi.foresight.futurestable.SolutionSpace;
import fi.foresight.job.Progress;
import fi.foresight.job.RunContext;
import fi.foresight.model.Change;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.statistics.OutcomeStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@code run_consistent: true}: the consistent qualitative scenarios of a CIB or futures-table result bridged to
 * model scenarios ({@link Bridge}) and run through Monte Carlo with the job's levers. The result adds to the
 * qualitative one a table of the bridged scenarios, the Monte Carlo tables and charts over them (base first, for
 * comparison) and a finding on how far apart they lead.
 */
final class BridgedRuns {
    /** Most bridged scenarios one analysis runs. */
    static final int MAX_SCENARIOS = 100;

    private BridgedRuns() {
    }

    /**
     * What to run: samples per scenario, the seed, the outcome the tables, charts and finding speak of (null: every
     * outcome in the tables and charts, the first in the finding) and whether to run every lever of the job or
     * only {@code none}.
     */
    record Settings(int samples, long seed, String outcome, boolean withLevers) {
    }

    /** {@code cib} bridged; {@code shown} is the result as the report shows it (its tables come first). */
    static AnalysisResult run(Model model, CibResult cib, AnalysisResult shown, Settings settings,
                              RunContext context) {
        List<Scenario> bridged = Bridge.scenarios(model, cib);
        List<String> origins = cib.list().stream().map(s -> s.toOneBased()).toList();
        return run(model, shown, bridged, origins, "cib", settings, context);
    }

    static AnalysisResult run(Model model, SolutionSpace space, Settings settings, RunContext context) {
        List<Scenario> bridged = Bridge.scenarios(model, space);
        List<String> origins = space.configurations().stream().map(c -> c.toOneBased()).toList();
        return run(model, space, bridged, origins, "futurestable", settings, context);
    }

    private static AnalysisResult run(Model model, AnalysisResult base, List<Scenario> plain, List<String> origins,
                                      String kind, Settings settings, RunContext context) {
        if (plain.isEmpty()) {
            return base;
        }
        if (plain.size() > MAX_SCENARIOS) {
            throw new IllegalArgumentException(plain.size() + " consistent scenarios are more than " + MAX_SCENARIOS
                    + " to run through Monte Carlo; lower the tolerance or fix some states");
        }
        // the id leads the label, so that charts and tables can be matched with the scenario tableau
        List<Scenario> bridged = plain.stream().map(s -> s.label(s.id() + ": " + s.label())
                .labelFi(s.labelFi() == null ? null : s.id() + ": " + s.labelFi())).toList();
        Model derived = model.withScenarios(bridged);
        List<String> scenarios = new ArrayList<>();
        scenarios.add(Scenario.BASE);
        bridged.forEach(s -> scenarios.add(s.id()));
        List<String> levers = settings.withLevers() ? context.levers() : List.of(Lever.NONE);
        MonteCarloResult mc;
        try (Progress.Task task = context.progress().start("montecarlo over the consistent scenarios", 0)) {
            task.note(settings.samples() + " samples x " + scenarios.size() * levers.size() + " runs");
            mc = MonteCarlo.of(derived).samples(settings.samples()).seed(settings.seed()).threads(context.threads())
                    .scenarios(scenarios.toArray(String[]::new)).levers(levers.toArray(String[]::new)).run();
        }
        AnalysisResult extras = MonteCarloType.withReportExtras(mc);
        String outcome = settings.outcome();
        String column = outcome != null ? outcome : mc.outcomes().get(0);
        Table table = table(kind.equals("cib") ? "cib-bridge" : "futures-table-bridge", bridged, origins);
        Finding spread = spread(kind, mc, bridged, column, levers.get(0));
        return new AnalysisResult() {
            @Override
            public String kind() {
                return base.kind();
            }

            @Override
            public List<Table> tables() {
                List<Table> all = new ArrayList<>(base.tables());
                all.add(table);
                for (Table t : extras.tables()) {
                    if (t.columnNames().contains("outcome") && !t.name().endsWith("convergence")) {
                        all.add(outcome == null ? t : t.where(t.stringColumn("outcome").isEqualTo(outcome)));
                    }
                }
                return all;
            }

            @Override
            public Map<String, ChartSpec> charts() {
                // the outcome across the consistent scenarios as box plots (the tables hold the rest)
                Map<String, ChartSpec> all = new LinkedHashMap<>(base.charts());
                extras.charts().forEach((name, chart) -> {
                    boolean kept = name.startsWith("montecarlo-range-");
                    if (kept && (outcome == null || name.endsWith("-" + outcome))) {
                        all.putIfAbsent(name, chart);
                    }
                });
                return all;
            }

            @Override
            public List<Finding> findings() {
                List<Finding> all = new ArrayList<>(base.findings());
                all.add(spread);
                return all;
            }
        };
    }

    /**
     * {@code scenario} (the bridged id), {@code origin} (1-based variant or state numbers), {@code label},
     * {@code label_fi}, {@code override_count}, {@code overrides}.
     */
    static Table table(String name, List<Scenario> bridged, List<String> origins) {
        StringColumn id = StringColumn.create("scenario");
        StringColumn origin = StringColumn.create("origin");
        StringColumn label = StringColumn.create("label");
        StringColumn labelFi = StringColumn.create("label_fi");
        IntColumn count = IntColumn.create("override_count");
        StringColumn overrides = StringColumn.create("overrides");
        for (int k = 0; k < bridged.size(); k++) {
            Scenario s = bridged.get(k);
            id.append(s.id());
            origin.append(origins.get(k));
            label.append(s.label().substring(s.id().length() + 2));
            labelFi.append(s.labelFi() == null ? label.get(k) : s.labelFi().substring(s.id().length() + 2));
            count.append(s.overrides().size());
            overrides.append(String.join("; ", s.overrides().stream().map(BridgedRuns::describe).toList()));
        }
        return Table.create(name, id, origin, label, labelFi, count, overrides);
    }

    static String describe(Change c) {
        if (c instanceof Change.SetDistribution d) {
            return d.driver() + " = " + d.distribution().type();
        }
        if (c instanceof Change.Shift s) {
            return String.format(Locale.ROOT, "%s %+g", s.driver(), s.amount());
        }
        if (c instanceof Change.Scale s) {
            return String.format(Locale.ROOT, "%s x %g", s.driver(), s.factor());
        }
        Change.SetWeight w = (Change.SetWeight) c;
        return String.format(Locale.ROOT, "weight of %s (%s) = %g", w.driver(), w.panel(), w.weight());
    }

    /** Where the bridged scenarios lead: the highest and lowest mean of {@code outcome} among them. */
    private static Finding spread(String kind, MonteCarloResult mc, List<Scenario> bridged, String outcome,
                                  String lever) {
        Scenario high = null;
        Scenario low = null;
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        for (Scenario s : bridged) {
            OutcomeStatistics st = mc.statistics(s.id(), lever, outcome);
            if (st.mean() > hi) {
                hi = st.mean();
                high = s;
            }
            if (st.mean() < lo) {
                lo = st.mean();
                low = s;
            }
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("count", bridged.size());
        args.put("outcome", outcome);
        args.put("lever", lever);
        args.put("high", hi);
        args.put("scenario_high", high.id());
        args.put("low", lo);
        args.put("scenario_low", low.id());
        return new Finding(kind + ".bridged_spread", args, 2);
    }
}
