package fi.foresight.job.types;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.structure.Micmac;
import fi.foresight.structure.MicmacResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {type: micmac, potential_as: 0, max_power: 30}}: MICMAC structural analysis of the model's {@code micmac:}
 * matrix with {@link Micmac}.
 *
 * <p>Options: {@code potential_as} (what a potential influence P counts as, 0 to 3; default 0, left out) and
 * {@code max_power} (highest power of the matrix tried for stable indirect rankings; default 30).
 */
public final class MicmacType implements AnalysisType {

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        int potential = options.integer("potential_as", 0, 0, 3);
        int maxPower = options.integer("max_power", 30, 2, 200);
        options.model().ifPresent(m -> {
            if (m.micmac().isEmpty()) {
                options.problem(null, "the model has no micmac: section; a micmac analysis needs a direct-influence "
                        + "matrix (see docs/model-format.md)");
            }
        });
        return PlannedAnalysis.of(options, context -> {
            MicmacResult r;
            try (Progress.Task task = context.progress().start("micmac", 0)) {
                r = Micmac.of(context.model().micmac().orElseThrow()).potentialAs(potential).maxPower(maxPower).run();
            }
            return withElementNames(r);
        });
    }

    /**
     * The result with the finding on the influential variables naming them {@code variable}, so that the report
     * shows the drivers' labels.
     */
    static AnalysisResult withElementNames(MicmacResult r) {
        return new AnalysisResult() {
            @Override
            public String kind() {
                return r.kind();
            }

            @Override
            public List<tech.tablesaw.api.Table> tables() {
                return r.tables();
            }

            @Override
            public Map<String, fi.foresight.chart.ChartSpec> charts() {
                return r.charts();
            }

            @Override
            public List<Finding> findings() {
                List<Finding> out = new ArrayList<>();
                for (Finding f : r.findings()) {
                    Map<String, Object> args = new LinkedHashMap<>();
                    f.arguments().forEach((k, v) -> args.put(k.equals("variables") ? "variable" : k, v));
                    out.add(new Finding(f.key(), args, f.rank()));
                }
                return out;
            }
        };
    }
}
