package fi.foresight.job.types;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.cib.BasinBlocks;
import fi.foresight.cib.Basins;
import fi.foresight.cib.Cib;
import fi.foresight.cib.CibResult;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.Limits;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Model;

/**
 * {@code {type: cib, tolerance: 0, succession: true, runs: 0, seed: 42, run_consistent: true, samples: 10000}}:
 * cross-impact balance analysis of the model's {@code cib:} system with {@link Cib} (a ScenarioWizard {@code .scw}
 * file is a model with only that part).
 *
 * <p>Options: {@code tolerance} (largest inconsistency admitted, default 0), {@code succession} (also the
 * succession basins: every start scenario when the space has at most {@value #MAX_EXHAUSTIVE} scenarios and
 * {@code runs} is 0, else {@code runs} seeded random starts, default {@value #DEFAULT_RUNS}), {@code seed} (default
 * the job's), {@code run_consistent} (run Monte Carlo over the consistent scenarios bridged to model scenarios
 * {@code cib_1}, {@code cib_2}, …, with {@code base} for comparison; then also {@code samples}, {@code outcome} (the
 * outcome the tables, charts and summary speak of; default every outcome, the summary the first) and
 * {@code with_levers} (also every lever of the job; default only {@code none}).
 */
public final class CibType implements AnalysisType {
    /** Largest space whose succession basins are scanned start by start. */
    public static final long MAX_EXHAUSTIVE = 10_000_000L;
    /** Random starts when the space is larger and {@code runs} is not given. */
    public static final int DEFAULT_RUNS = 100_000;

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        int tolerance = options.integer("tolerance", 0, 0, 1000);
        boolean succession = options.flag("succession", false);
        int runs = succession ? options.integer("runs", 0, 0, Limits.MAX_SAMPLES) : 0;
        long seed = options.seed();
        boolean bridge = options.flag("run_consistent", false);
        int samples = bridge ? options.samples(1, Limits.MAX_SAMPLES) : 0;
        String outcome = bridge ? options.outcome("outcome", null) : null;
        boolean withLevers = bridge && options.flag("with_levers", false);
        options.model().ifPresent(m -> {
            if (m.cib().isEmpty()) {
                options.problem(null, "the model has no cib: section; a cib analysis needs descriptors and their "
                        + "cross-impacts (see docs/model-format.md) or a ScenarioWizard .scw file as the model");
            } else if (bridge && m.outcomes().isEmpty()) {
                options.problem("run_consistent", "run_consistent runs Monte Carlo over the consistent scenarios, but "
                        + "the model has no outcomes to compute");
            }
        });
        return PlannedAnalysis.of(options, context -> {
            Model model = context.model();
            CrossImpactSystem system = model.cib().orElseThrow();
            Cib cib = Cib.of(system).tolerance(tolerance).threads(context.threads());
            CibResult result;
            try (Progress.Task task = context.progress().start("cib", 0)) {
                task.note(system.matrix().scenarioCount() + " scenarios");
                result = cib.consistent();
                if (succession) {
                    long space = system.matrix().scenarioCount();
                    Basins basins;
                    if (runs == 0 && space <= MAX_EXHAUSTIVE) {
                        basins = cib.basins();
                    } else {
                        // sampled starts run on the job's engine (Spark with --engine spark); plain values only
                        long starts = runs == 0 ? DEFAULT_RUNS : runs;
                        int threads = context.threads();
                        basins = context.run(m -> BasinBlocks.sampled(Cib.of(m.cib().orElseThrow()).threads(threads),
                                starts, seed));
                    }
                    result = result.withBasins(basins);
                }
            }
            AnalysisResult out = withFinnishLabels(result);
            if (bridge) {
                out = BridgedRuns.run(model, result, out, new BridgedRuns.Settings(samples, seed, outcome, withLevers),
                        context);
            }
            return out;
        });
    }

    /**
     * The result with a column {@code variants_fi} (the variants' Finnish labels, English where none is given)
     * after the columns of {@code cib-scenarios}, for the Finnish report.
     */
    static AnalysisResult withFinnishLabels(CibResult r) {
        return new AnalysisResult() {
            @Override
            public String kind() {
                return r.kind();
            }

            @Override
            public java.util.List<tech.tablesaw.api.Table> tables() {
                java.util.List<tech.tablesaw.api.Table> out = new java.util.ArrayList<>();
                for (tech.tablesaw.api.Table t : r.tables()) {
                    if (t.name().equals(CibResult.TABLE)) {
                        tech.tablesaw.api.StringColumn fi = tech.tablesaw.api.StringColumn.create("variants_fi");
                        r.scenarios().forEach(s -> fi.append(r.system().describe(s.scenario(), "fi")));
                        t = t.copy().addColumns(fi);
                    }
                    out.add(t);
                }
                return out;
            }

            @Override
            public java.util.Map<String, fi.foresight.chart.ChartSpec> charts() {
                return r.charts();
            }

            @Override
            public java.util.List<fi.foresight.analysis.Finding> findings() {
                return r.findings();
            }
        };
    }
}
