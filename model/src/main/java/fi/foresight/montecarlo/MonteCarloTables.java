package fi.foresight.montecarlo;

import fi.foresight.statistics.OutcomeStatistics;
import fi.foresight.statistics.Histogram;
import fi.foresight.statistics.ConvergencePoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds the Tablesaw tables of a {@link MonteCarloResult}. */
final class MonteCarloTables {
    static final String[] PERCENTILE_COLUMNS = {"p01", "p05", "p10", "p25", "p50", "p75", "p90", "p95", "p99"};

    private MonteCarloTables() {
    }

    /**
     * The table with a {@code year} column after {@code lever} when the run is at a year of a horizon: the year its
     * numbers are for. Unchanged for a model without a horizon ({@code year == null}).
     */
    static Table withYear(Table t, Integer year) {
        if (year == null) {
            return t;
        }
        var column = IntColumn.create("year", t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            column.set(r, year.intValue());
        }
        return t.insertColumn(2, column);
    }

    static Table summary(List<RunResult> runs) {
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var outcome = StringColumn.create("outcome");
        var n = LongColumn.create("n");
        var mean = DoubleColumn.create("mean");
        var sd = DoubleColumn.create("sd");
        var se = DoubleColumn.create("se");
        var min = DoubleColumn.create("min");
        var pct = new DoubleColumn[PERCENTILE_COLUMNS.length];
        for (int i = 0; i < pct.length; i++) {
            pct[i] = DoubleColumn.create(PERCENTILE_COLUMNS[i]);
        }
        var max = DoubleColumn.create("max");
        for (RunResult r : runs) {
            for (String o : r.outcomes()) {
                OutcomeStatistics s = r.statistics(o);
                scenario.append(r.scenario());
                lever.append(r.lever());
                outcome.append(o);
                n.append(s.n());
                mean.append(s.mean());
                sd.append(s.sd());
                se.append(s.se());
                min.append(s.min());
                double[] p = s.percentiles();
                for (int i = 0; i < pct.length; i++) {
                    pct[i].append(p[i]);
                }
                max.append(s.max());
            }
        }
        Table t = Table.create("montecarlo-summary", scenario, lever, outcome, n, mean, sd, se, min);
        t.addColumns(pct);
        t.addColumns(max);
        return t;
    }

    static Table exceedance(List<RunResult> runs) {
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var outcome = StringColumn.create("outcome");
        var target = StringColumn.create("target");
        var probability = DoubleColumn.create("probability");
        var se = DoubleColumn.create("se");
        for (RunResult r : runs) {
            for (Exceedance e : r.exceedances()) {
                scenario.append(r.scenario());
                lever.append(r.lever());
                outcome.append(e.target().outcome());
                target.append(e.target().describe());
                probability.append(e.probability());
                se.append(e.se());
            }
        }
        return Table.create("montecarlo-exceedance", scenario, lever, outcome, target, probability, se);
    }

    static Table convergence(List<RunResult> runs) {
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var outcome = StringColumn.create("outcome");
        var n = LongColumn.create("n");
        var mean = DoubleColumn.create("mean");
        var se = DoubleColumn.create("se");
        var lower = DoubleColumn.create("lower");
        var upper = DoubleColumn.create("upper");
        for (RunResult r : runs) {
            for (String o : r.outcomes()) {
                for (ConvergencePoint p : r.statistics(o).convergence()) {
                    scenario.append(r.scenario());
                    lever.append(r.lever());
                    outcome.append(o);
                    n.append(p.n());
                    mean.append(p.mean());
                    se.append(p.se());
                    lower.append(p.lower());
                    upper.append(p.upper());
                }
            }
        }
        return Table.create("montecarlo-convergence", scenario, lever, outcome, n, mean, se, lower, upper);
    }

    static Table histogram(List<RunResult> runs, String outcomeColumn, int bins) {
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var outcome = StringColumn.create("outcome");
        var from = DoubleColumn.create("from");
        var to = DoubleColumn.create("to");
        var count = DoubleColumn.create("count");
        var density = DoubleColumn.create("density");
        for (RunResult r : runs) {
            Histogram h = r.statistics(outcomeColumn).histogram(bins);
            double[] e = h.edges();
            double[] c = h.counts();
            double[] d = h.density();
            for (int b = 0; b < c.length; b++) {
                scenario.append(r.scenario());
                lever.append(r.lever());
                outcome.append(outcomeColumn);
                from.append(e[b]);
                to.append(e[b + 1]);
                count.append(c[b]);
                density.append(d[b]);
            }
        }
        return Table.create("montecarlo-histogram", scenario, lever, outcome, from, to, count, density);
    }

    static Table samples(List<RunResult> runs) {
        Map<String, DoubleColumn> inputs = new LinkedHashMap<>();
        Map<String, DoubleColumn> outcomes = new LinkedHashMap<>();
        int rows = 0;
        for (RunResult r : runs) {
            RawSamples raw = r.raw().orElseThrow(() -> new IllegalStateException(
                    "raw samples were not kept; ask the Monte Carlo run to keep them (keep_samples: true in a job)"));
            raw.inputs().forEach(name -> inputs.computeIfAbsent(name, DoubleColumn::create));
            raw.outcomes().forEach(name -> outcomes.computeIfAbsent(name, DoubleColumn::create));
            rows += raw.size();
        }
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var sample = IntColumn.create("sample");
        List<DoubleColumn> all = new ArrayList<>(inputs.values());
        all.addAll(outcomes.values());
        for (RunResult r : runs) {
            RawSamples raw = r.raw().orElseThrow();
            int size = raw.size();
            for (int k = 0; k < size; k++) {
                scenario.append(r.scenario());
                lever.append(r.lever());
                sample.append(k);
            }
            fill(inputs, raw.inputs(), raw.inputValues(), size);
            fill(outcomes, raw.outcomes(), raw.outcomeValues(), size);
        }
        Table t = Table.create("montecarlo-samples", scenario, lever, sample);
        all.forEach(t::addColumns);
        if (t.rowCount() != rows) {
            throw new IllegalStateException("sample table has " + t.rowCount() + " rows, expected " + rows);
        }
        return t;
    }

    private static void fill(Map<String, DoubleColumn> columns, List<String> names, double[][] values, int size) {
        for (var e : columns.entrySet()) {
            int i = names.indexOf(e.getKey());
            DoubleColumn c = e.getValue();
            for (int k = 0; k < size; k++) {
                if (i < 0) {
                    c.appendMissing();
                } else {
                    c.append(values[i][k]);
                }
            }
        }
    }
}
