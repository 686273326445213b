package fi.foresight.sensitivity;

import fi.foresight.chart.FileNames;
import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Sobol' indices of a {@link Sobol} run: per outcome and input, S1 and ST with their intervals; optionally
 * second-order indices; and the same indices on growing prefixes of the design (convergence).
 *
 * <p>Tables: {@code sobol} ({@code outcome, variable, S1, S1_low, S1_high, ST, ST_low, ST_high}),
 * {@code sobol-convergence} (the same with {@code samples}), and {@code sobol-second-order}
 * ({@code outcome, variable_1, variable_2, S2, S2_low, S2_high}) when asked for.
 */
public final class SobolResult implements AnalysisResult {
    /**
     * How the indices were computed.
     *
     * @param scenario    the analysed scenario
     * @param lever       the analysed lever
     * @param samples     the base sample N
     * @param design      {@code sobol} or {@code montecarlo}
     * @param evaluations model evaluations of the design
     * @param bootstrap   bootstrap resamples (0 unless {@code intervals} is {@code bootstrap})
     * @param confidence  the level of the intervals
     * @param seed        the seed
     * @param secondOrder whether second-order indices were estimated
     * @param intervals  how the intervals were computed: {@code replicates}, {@code bootstrap} or {@code none}
     * @param replicates the number of replicates of the design (intervals from their spread when
     *                   {@code intervals} is {@code replicates})
     */
    public record Settings(String scenario, String lever, int samples, String design, int evaluations,
                           int bootstrap, double confidence, long seed, boolean secondOrder, String intervals,
                           int replicates) {
    }

    private final Settings settings;
    private final List<SobolIndex> indices;
    private final List<SecondOrderIndex> secondOrder;
    private final List<SobolIndex> convergence;
    private final List<String> correlatedPairs;
    private final List<String> notes;

    SobolResult(Settings settings, List<SobolIndex> indices, List<SecondOrderIndex> secondOrder,
                List<SobolIndex> convergence, List<String> correlatedPairs, List<String> notes) {
        this.settings = settings;
        this.indices = List.copyOf(indices);
        this.secondOrder = List.copyOf(secondOrder);
        this.convergence = List.copyOf(convergence);
        this.correlatedPairs = List.copyOf(correlatedPairs);
        this.notes = List.copyOf(notes);
    }

    static String correlationWarning(List<String> pairs) {
        return "Warning: correlated drivers (" + String.join(", ", pairs) + "). Every evaluated point follows the"
                + " correlated model (Gaussian copula), but the Sobol' indices then lose their meaning as a"
                + " decomposition of the output variance: they refer to independent latent factors in driver order,"
                + " change when the drivers are reordered, and S1 and ST of correlated drivers are not shares of the"
                + " variance that add up.";
    }

    @Override
    public String kind() {
        return "sobol";
    }

    /**
     * How the analysis was run, to report it and to repeat it.
     *
     * @return the settings
     */
    public Settings settings() {
        return settings;
    }

    /**
     * Indices at the full sample, outcome by outcome, inputs in model order.
     *
     * @return the indices
     */
    public List<SobolIndex> indices() {
        return indices;
    }

    /**
     * Indices of one outcome.
     *
     * @param outcome an outcome column of the run
     * @return the indices, inputs in model order
     * @throws IllegalArgumentException when the outcome was not analysed
     */
    public List<SobolIndex> indices(String outcome) {
        var list = indices.stream().filter(i -> i.outcome().equals(outcome)).toList();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no indices for outcome '" + outcome + "'; outcomes are " + outcomes());
        }
        return list;
    }

    /**
     * The indices of one input for one outcome.
     *
     * @param outcome  an outcome column of the run
     * @param variable an input id
     * @return the first-order and total indices with their intervals
     * @throws IllegalArgumentException when the outcome or input was not analysed
     */
    public SobolIndex index(String outcome, String variable) {
        return indices(outcome).stream().filter(i -> i.variable().equals(variable)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input '" + variable + "' for outcome '" + outcome
                        + "'; inputs are " + indices(outcome).stream().map(SobolIndex::variable).toList()));
    }

    /**
     * Second-order indices S2 of every pair of inputs, when the run asked for them.
     *
     * @return the indices, empty without second order
     */
    public List<SecondOrderIndex> secondOrder() {
        return secondOrder;
    }

    /**
     * Indices on the first 2^8, 2^9, … rows of the design up to the full sample.
     *
     * @return the indices per prefix of the design
     */
    public List<SobolIndex> convergence() {
        return convergence;
    }

    /**
     * The analysed outcome columns.
     *
     * @return the columns
     */
    public List<String> outcomes() {
        return indices.stream().map(SobolIndex::outcome).distinct().toList();
    }

    /**
     * True when analysed drivers are correlated (see {@link #notes()}).
     *
     * @return whether the indices refer to correlated drivers
     */
    public boolean correlated() {
        return !correlatedPairs.isEmpty();
    }

    /**
     * Warnings and remarks in English (e.g. the correlated-inputs warning).
     *
     * @return the notes, possibly empty
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * The {@code sobol} table.
     *
     * @return a new table
     */
    public Table table() {
        return indexTable("sobol", indices, false);
    }

    @Override
    public List<Table> tables() {
        var tables = new ArrayList<Table>();
        tables.add(table());
        tables.add(indexTable("sobol-convergence", convergence, true));
        if (settings.secondOrder()) {
            var t = Table.create("sobol-second-order",
                    StringColumn.create("outcome", secondOrder.stream().map(SecondOrderIndex::outcome)),
                    StringColumn.create("variable_1", secondOrder.stream().map(SecondOrderIndex::variable1)),
                    StringColumn.create("variable_2", secondOrder.stream().map(SecondOrderIndex::variable2)),
                    DoubleColumn.create("S2", secondOrder.stream().mapToDouble(SecondOrderIndex::s2)),
                    DoubleColumn.create("S2_low", secondOrder.stream().mapToDouble(SecondOrderIndex::low)),
                    DoubleColumn.create("S2_high", secondOrder.stream().mapToDouble(SecondOrderIndex::high)));
            tables.add(t);
        }
        return tables;
    }

    private static Table indexTable(String name, List<SobolIndex> rows, boolean withSamples) {
        var t = Table.create(name,
                StringColumn.create("outcome", rows.stream().map(SobolIndex::outcome)),
                StringColumn.create("variable", rows.stream().map(SobolIndex::variable)));
        if (withSamples) {
            t.addColumns(IntColumn.create("samples", rows.stream().mapToInt(SobolIndex::samples).toArray()));
        }
        t.addColumns(
                DoubleColumn.create("S1", rows.stream().mapToDouble(SobolIndex::s1)),
                DoubleColumn.create("S1_low", rows.stream().mapToDouble(SobolIndex::s1Low)),
                DoubleColumn.create("S1_high", rows.stream().mapToDouble(SobolIndex::s1High)),
                DoubleColumn.create("ST", rows.stream().mapToDouble(SobolIndex::st)),
                DoubleColumn.create("ST_low", rows.stream().mapToDouble(SobolIndex::stLow)),
                DoubleColumn.create("ST_high", rows.stream().mapToDouble(SobolIndex::stHigh)));
        return t;
    }

    @Override
    public Map<String, ChartSpec> charts() {
        var charts = new LinkedHashMap<String, ChartSpec>();
        for (String outcome : outcomes()) {
            charts.put("sobol-" + FileNames.slug(outcome, "outcome"), SensitivityCharts.sobol(this, outcome));
        }
        return charts;
    }

    @Override
    public List<Finding> findings() {
        var findings = new ArrayList<Finding>();
        if (correlated()) {
            findings.add(new Finding("sobol.correlated_inputs", Map.of("pairs", String.join(", ", correlatedPairs)), 0));
        }
        for (String outcome : outcomes()) {
            var list = indices(outcome);
            if (list.stream().anyMatch(i -> Double.isNaN(i.st()))) {
                findings.add(new Finding("sobol.undefined_indices", Map.of("outcome", outcome), 5));
                continue;
            }
            SobolIndex top = list.stream().max(java.util.Comparator.comparingDouble(SobolIndex::st)).orElseThrow();
            var args = new LinkedHashMap<String, Object>();
            args.put("outcome", outcome);
            args.put("variable", top.variable());
            args.put("label", top.label());
            args.put("st", top.st());
            args.put("s1", top.s1());
            findings.add(new Finding("sobol.top_driver", args, 10));
            double sumS1 = list.stream().mapToDouble(SobolIndex::s1).sum();
            var inter = new LinkedHashMap<String, Object>();
            inter.put("outcome", outcome);
            inter.put("interaction_share", Math.max(0, 1 - sumS1));
            findings.add(new Finding("sobol.interactions", inter, 20));
        }
        return findings;
    }

    @Override
    public String toString() {
        var sb = new StringBuilder("Sobol' indices (N = " + settings.samples() + ", " + settings.design() + ", "
                + settings.evaluations() + " evaluations)\n");
        notes.forEach(n -> sb.append(n).append('\n'));
        sb.append(table().printAll());
        return sb.toString();
    }
}
