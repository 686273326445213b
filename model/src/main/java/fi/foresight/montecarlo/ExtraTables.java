package fi.foresight.montecarlo;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The tables of a {@link MonteCarloResult} that only some runs have: conditional tornado and precision goal. */
final class ExtraTables {
    private ExtraTables() {
    }

    /**
     * {@code tornado-conditional}: {@code scenario, lever, outcome, driver, bin, from, to, n, mean, se} and, for a
     * tornado of a percentile, that percentile's column (e.g. {@code p90}), one row per bin of every input, in
     * input and bin order.
     */
    static Table conditionalBins(List<RunResult> runs, double level) {
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var outcome = StringColumn.create("outcome");
        var driver = StringColumn.create("driver");
        var bin = IntColumn.create("bin");
        var lower = DoubleColumn.create("from");
        var upper = DoubleColumn.create("to");
        var n = LongColumn.create("n");
        var mean = DoubleColumn.create("mean");
        var se = DoubleColumn.create("se");
        var value = DoubleColumn.create(ConditionalTornado.name(level));
        for (RunResult r : runs) {
            r.conditionalTornado().ifPresent(t -> t.bins().forEach(b -> {
                scenario.append(r.scenario());
                lever.append(r.lever());
                outcome.append(b.outcome());
                driver.append(b.variable());
                bin.append(b.bin());
                lower.append(b.lower());
                upper.append(b.upper());
                n.append(b.n());
                mean.append(b.mean());
                se.append(b.se());
                value.append(b.value());
            }));
        }
        Table t = Table.create("tornado-conditional", scenario, lever, outcome, driver, bin, lower, upper, n, mean, se);
        return Double.isNaN(level) ? t : t.addColumns(value);
    }

    /**
     * {@code tornado-conditional-swing}: {@code scenario, lever, outcome, driver, low_bin, low_mean, high_bin, high_mean, swing},
     * widest first per scenario × lever × outcome; for a tornado of a percentile {@code low_p90}, {@code high_p90}
     * (named by the percentile) in place of {@code low_mean}, {@code high_mean}.
     */
    static Table conditionalSwings(List<RunResult> runs, double level) {
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var outcome = StringColumn.create("outcome");
        var driver = StringColumn.create("driver");
        var lowBin = IntColumn.create("low_bin");
        var low = DoubleColumn.create("low_" + ConditionalTornado.name(level));
        var highBin = IntColumn.create("high_bin");
        var high = DoubleColumn.create("high_" + ConditionalTornado.name(level));
        var swing = DoubleColumn.create("swing");
        for (RunResult r : runs) {
            r.conditionalTornado().ifPresent(t -> t.swings().forEach(s -> {
                scenario.append(r.scenario());
                lever.append(r.lever());
                outcome.append(s.outcome());
                driver.append(s.variable());
                lowBin.append(s.lowBin());
                low.append(s.low());
                highBin.append(s.highBin());
                high.append(s.high());
                swing.append(s.swing());
            }));
        }
        return Table.create("tornado-conditional-swing", scenario, lever, outcome, driver, lowBin, low, highBin, high,
                swing);
    }

    /**
     * {@code montecarlo-precision}: {@code scenario, lever, outcome, statistic, estimate, se, se_goal, samples,
     * reached}, one row per scenario × lever.
     */
    static Table precision(List<RunResult> runs) {
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var outcome = StringColumn.create("outcome");
        var statistic = StringColumn.create("statistic");
        var estimate = DoubleColumn.create("estimate");
        var se = DoubleColumn.create("se");
        var wanted = DoubleColumn.create("se_goal");
        var samples = LongColumn.create("samples");
        var reached = BooleanColumn.create("reached");
        for (RunResult r : runs) {
            r.precisionCheck().ifPresent(c -> {
                scenario.append(r.scenario());
                lever.append(r.lever());
                outcome.append(c.outcome());
                statistic.append(c.statistic());
                estimate.append(c.estimate());
                se.append(c.se());
                wanted.append(c.wanted());
                samples.append(c.samples());
                reached.append(c.reached());
            });
        }
        return Table.create("montecarlo-precision", scenario, lever, outcome, statistic, estimate, se, wanted, samples,
                reached);
    }
}
