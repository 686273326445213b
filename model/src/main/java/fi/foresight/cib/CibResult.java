package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;
import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The scenarios of a CIB system whose inconsistency is within a tolerance, with their CV, IC and TIS, in
 * lexicographic order, and optionally the succession basins.
 *
 * <pre>{@code
 * Cib cib = Cib.of(system);
 * CibResult r = cib.consistent(cib.basins());
 * r.scenarios();   // ScenarioScore list
 * r.table();       // Tablesaw table "cib-scenarios"
 * }</pre>
 *
 * @param system    the system analysed
 * @param tolerance the largest inconsistency admitted (0: consistent scenarios only)
 * @param scenarios the scenarios with IC &le; tolerance, lexicographic by variant indices
 * @param basins    succession basins, when they were computed
 */
public record CibResult(CrossImpactSystem system, int tolerance, List<ScenarioScore> scenarios,
                        Optional<Basins> basins) implements AnalysisResult {

    /** Name of the scenario table. */
    public static final String TABLE = "cib-scenarios";

    /**
     * Checks the parts.
     *
     * @param system    the system analysed
     * @param tolerance the largest inconsistency admitted (0: consistent scenarios only)
     * @param scenarios the scenarios with IC &le; tolerance, lexicographic by variant indices
     * @param basins    succession basins, when they were computed
     * @throws NullPointerException     when the system or basins is null (use {@code Optional.empty()})
     * @throws IllegalArgumentException when the tolerance is negative or a scenario's inconsistency exceeds it
     */
    public CibResult {
        Objects.requireNonNull(system, "system");
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance " + tolerance + " < 0; it must be >= 0");
        }
        scenarios = List.copyOf(scenarios);
        basins = Objects.requireNonNull(basins, "basins (use Optional.empty())");
        for (ScenarioScore s : scenarios) {
            if (s.inconsistency() > tolerance) {
                throw new IllegalArgumentException("scenario " + s.scenario() + " has IC " + s.inconsistency()
                        + " > tolerance " + tolerance);
            }
        }
    }

    /**
     * The same scenarios with succession basins attached.
     *
     * @param b the basins
     * @return the new result
     */
    public CibResult withBasins(Basins b) {
        return new CibResult(system, tolerance, scenarios, Optional.of(b));
    }

    /**
     * The scenarios alone, in order.
     *
     * @return the scenarios
     */
    public List<CibScenario> list() {
        return scenarios.stream().map(ScenarioScore::scenario).toList();
    }

    /**
     * Number of scenarios found.
     *
     * @return the number of scenarios
     */
    public int size() {
        return scenarios.size();
    }

    /**
     * The score of a scenario in the result, if present.
     *
     * @param s a scenario
     * @return its score, or empty when it is not in the result
     */
    public Optional<ScenarioScore> score(CibScenario s) {
        return scenarios.stream().filter(x -> x.scenario().equals(s)).findFirst();
    }

    @Override
    public String kind() {
        return "cib";
    }

    /**
     * Table {@value #TABLE}: {@code scenario} (1-based variant numbers joined by spaces, as in {@code .sl}
     * files), {@code variants} (variant labels joined by ", "), {@code consistency_value}, {@code inconsistency},
     * {@code total_impact_score}, {@code basin} (start scenarios whose succession ends in this scenario; missing
     * when basins were not computed, 0 for a scenario that is not a fixed point).
     *
     * @return a new table
     */
    public Table table() {
        StringColumn scenario = StringColumn.create("scenario");
        StringColumn variants = StringColumn.create("variants");
        IntColumn cv = IntColumn.create("consistency_value");
        IntColumn ic = IntColumn.create("inconsistency");
        IntColumn tis = IntColumn.create("total_impact_score");
        LongColumn basin = LongColumn.create("basin");
        for (ScenarioScore s : scenarios) {
            scenario.append(s.scenario().toOneBased());
            variants.append(system.describe(s.scenario(), "en"));
            cv.append(s.consistencyValue());
            ic.append(s.inconsistency());
            tis.append(s.totalImpactScore());
            if (basins.isPresent()) {
                basin.append(basins.get().starts(s.scenario()).orElse(0L));
            } else {
                basin.appendMissing();
            }
        }
        return Table.create(TABLE, scenario, variants, cv, ic, tis, basin);
    }

    @Override
    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        out.add(table());
        basins.ifPresent(b -> out.add(b.table()));
        return out;
    }

    /**
     * The scenario tableau: descriptors × scenarios ({@code cib_1} … in result order, at most 30), each cell the
     * chosen variant coloured by its number.
     *
     * @return the chart
     * @throws IllegalStateException when the result holds no scenario
     */
    public fi.foresight.chart.GridSpec tableau() {
        return CibCharts.tableau(this);
    }

    /**
     * The impact balances of every variant under {@code scenario}, its chosen variants highlighted.
     *
     * @param scenario a scenario of the system
     * @return the chart
     */
    public fi.foresight.chart.BarSpec balanceChart(CibScenario scenario) {
        int k = list().indexOf(scenario);
        return CibCharts.balances(system, scenario, k < 0 ? "scenario " + scenario : "cib_" + (k + 1));
    }

    /**
     * The scenario with the largest total impact score (the first of them on a tie), if any.
     *
     * @return the scenario's score, or empty when there is no scenario
     */
    public Optional<ScenarioScore> strongest() {
        ScenarioScore best = null;
        for (ScenarioScore s : scenarios) {
            if (best == null || s.totalImpactScore() > best.totalImpactScore()) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@code cib-tableau} ({@link #tableau()}) and {@code cib-balances} (the balances of the
     * {@linkplain #strongest() strongest} scenario); none when no scenario was found.
     */
    @Override
    public Map<String, ChartSpec> charts() {
        Map<String, ChartSpec> out = new LinkedHashMap<>();
        if (!scenarios.isEmpty()) {
            out.put("cib-tableau", tableau());
            out.put("cib-balances", balanceChart(strongest().orElseThrow().scenario()));
        }
        return out;
    }

    @Override
    public List<Finding> findings() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("system", system.name());
        args.put("count", scenarios.size());
        args.put("tolerance", tolerance);
        args.put("space", system.matrix().scenarioCount());
        List<Finding> out = new ArrayList<>();
        out.add(new Finding("cib.consistent_scenarios", args, 0));
        basins.ifPresent(b -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("starts", b.starts());
            a.put("cycling_starts", b.cyclingStarts());
            a.put("exhaustive", b.exhaustive());
            out.add(new Finding("cib.succession_basins", a, 1));
        });
        return out;
    }
}
