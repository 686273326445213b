package fi.foresight.job.types;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.model.Factor;
import fi.foresight.model.FuturesTable;
import fi.foresight.futurestable.SolutionSpace;
import fi.foresight.model.State;
import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.Limits;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.model.Model;
import fi.foresight.model.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.Table;

/**
 * {@code {type: futures_table, fix: [east.closed], limit: 1000, run_consistent: false}}: the solution space of the
 * model's futures table (configurations with no incompatible pair), and the scenario cross when the model has one.
 *
 * <p>Options: {@code fix} (states to hold fixed, written {@code factor.state}), {@code limit} (most configurations
 * listed; the count is always exact; default 1000), {@code run_consistent} (run Monte Carlo over the listed
 * configurations bridged to model scenarios {@code ft_1}, …; then also {@code samples}, {@code seed},
 * {@code outcome} and {@code with_levers}, as for {@code cib}).
 */
public final class FuturesTableType implements AnalysisType {

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        List<String> fixes = options.list("fix");
        int limit = options.integer("limit", 1000, 0, 100_000);
        boolean bridge = options.flag("run_consistent", false);
        int samples = bridge ? options.samples(1, Limits.MAX_SAMPLES) : 0;
        long seed = bridge ? options.seed() : 0;
        String outcome = bridge ? options.outcome("outcome", null) : null;
        boolean withLevers = bridge && options.flag("with_levers", false);
        options.model().ifPresent(m -> {
            if (m.futuresTable().isEmpty()) {
                options.problem(null, "the model has no futures_table: section; a futures_table analysis needs "
                        + "factors and their states (see docs/model-format.md)");
                return;
            }
            FuturesTable t = m.futuresTable().get();
            for (String f : fixes) {
                String problem = checkFix(t, f);
                if (problem != null) {
                    options.problem("fix", problem);
                }
            }
            if (bridge && m.outcomes().isEmpty()) {
                options.problem("run_consistent", "run_consistent runs Monte Carlo over the configurations, but the "
                        + "model has no outcomes to compute");
            }
        });
        return PlannedAnalysis.of(options, context -> {
            Model model = context.model();
            FuturesTable table = model.futuresTable().orElseThrow();
            for (String f : fixes) {
                int dot = f.indexOf('.');
                table = table.fix(f.substring(0, dot), f.substring(dot + 1));
            }
            SolutionSpace space = SolutionSpace.of(table, limit);
            AnalysisResult out = model.scenarioCross().isPresent()
                    ? withCross(space, model.scenarioCross().get().table(table)) : space;
            if (bridge) {
                out = BridgedRuns.run(model, space, new BridgedRuns.Settings(samples, seed, outcome, withLevers), context);
                if (model.scenarioCross().isPresent()) {
                    out = withCross(out, model.scenarioCross().get().table(table));
                }
            }
            return out;
        });
    }

    private static String checkFix(FuturesTable t, String f) {
        int dot = f.indexOf('.');
        if (dot < 0) {
            return "'" + f + "' is not factor.state; write e.g. " + t.factors().get(0).id() + "."
                    + t.factors().get(0).states().get(0).id();
        }
        String factor = f.substring(0, dot);
        String state = f.substring(dot + 1);
        List<String> factors = t.factors().stream().map(Factor::id).toList();
        if (!factors.contains(factor)) {
            return "unknown factor '" + factor + "'" + Suggestions.didYouMean(factor, factors) + "; factors are "
                    + String.join(", ", factors);
        }
        List<String> states = t.factors().get(t.indexOf(factor)).states().stream().map(State::id).toList();
        if (!states.contains(state)) {
            return "factor '" + factor + "' has no state '" + state + "'" + Suggestions.didYouMean(state, states)
                    + "; its states are " + String.join(", ", states);
        }
        return null;
    }

    /** {@code base} with the scenario-cross table after its own tables. */
    private static AnalysisResult withCross(AnalysisResult base, Table cross) {
        return new AnalysisResult() {
            @Override
            public String kind() {
                return base.kind();
            }

            @Override
            public List<Table> tables() {
                List<Table> all = new ArrayList<>(base.tables());
                all.add(cross);
                return all;
            }

            @Override
            public Map<String, ChartSpec> charts() {
                return base.charts();
            }

            @Override
            public List<Finding> findings() {
                return base.findings();
            }
        };
    }
}
