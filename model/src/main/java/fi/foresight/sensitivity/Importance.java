package fi.foresight.sensitivity;

import fi.foresight.montecarlo.MonteCarloResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Importance of inputs from a plain Monte Carlo sample: the Spearman rank correlation of each input with each
 * outcome, and standardised regression coefficients (SRC) from one ordinary least-squares fit of the outcome on all
 * inputs (commons-math3 {@link OLSMultipleLinearRegression}), per scenario × lever.
 *
 * <pre>{@code
 * MonteCarloResult mc = MonteCarlo.of(model).samples(20_000).keepSamples(true).seed(1).run();
 * ImportanceResult imp = Importance.of(mc);
 * imp.table();   // scenario, lever, outcome, variable, spearman, src, r_squared
 * }</pre>
 *
 * Inputs that do not vary within a scenario × lever (fixed values, or absent from it) are left out of its fit.
 * Unlike Sobol' indices these measures keep the sample's correlations between drivers as they are.
 */
public final class Importance {
    private Importance() {
    }

    /**
     * Importance from a Monte Carlo run that kept its samples ({@code keepSamples(true)}).
     *
     * @param result a Monte Carlo result with samples
     * @return Spearman correlations and SRCs per scenario × lever × outcome × input
     * @throws IllegalArgumentException when the run did not keep its samples
     */
    public static ImportanceResult of(MonteCarloResult result) {
        if (!result.hasSamples()) {
            throw new IllegalArgumentException("the Monte Carlo run did not keep its samples; importance needs a run "
                    + "that keeps them");
        }
        var labels = new java.util.HashMap<String, String>();
        result.model().drivers().forEach(d -> labels.put(d.id(), d.label()));
        return of(result.samples(), result.outcomes(), labels);
    }

    /**
     * Importance from a sample table: every numeric column that is not an outcome (nor {@code sample}) is an
     * input; rows are grouped by the {@code scenario} and {@code lever} columns when present.
     *
     * @param samples  a sample table such as {@link fi.foresight.montecarlo.MonteCarloResult#samples()}
     * @param outcomes the outcome columns in it
     * @return Spearman correlations and SRCs per scenario × lever × outcome × input
     * @throws IllegalArgumentException when an outcome column is missing from the table
     */
    public static ImportanceResult of(Table samples, List<String> outcomes) {
        return of(samples, outcomes, Map.of());
    }

    private static ImportanceResult of(Table samples, List<String> outcomes, Map<String, String> labels) {
        for (String o : outcomes) {
            if (!samples.containsColumn(o)) {
                throw new IllegalArgumentException("the sample table has no outcome column '" + o + "'; columns are "
                        + samples.columnNames());
            }
        }
        List<String> inputs = inputs(samples, outcomes);
        Map<String, List<Integer>> groups = groups(samples);
        var measures = new ArrayList<ImportanceMeasure>();
        for (var g : groups.entrySet()) {
            String[] sl = g.getKey().split("\u0000", -1);
            int[] rows = g.getValue().stream().mapToInt(Integer::intValue).toArray();
            measures.addAll(group(samples, sl[0], sl[1], rows, inputs, outcomes, labels));
        }
        return new ImportanceResult(measures);
    }

    private static List<ImportanceMeasure> group(Table t, String scenario, String lever, int[] rows,
                                                 List<String> inputs, List<String> outcomes,
                                                 Map<String, String> labels) {
        int n = rows.length;
        var used = new ArrayList<String>();
        var columns = new ArrayList<double[]>();
        for (String name : inputs) {
            double[] x = values(t, name, rows);
            if (varies(x)) {
                used.add(name);
                columns.add(x);
            }
        }
        var out = new ArrayList<ImportanceMeasure>();
        if (used.isEmpty() || n < used.size() + 2) {
            return out;
        }
        double[][] design = new double[n][used.size()];
        double[] sdx = new double[used.size()];
        for (int j = 0; j < used.size(); j++) {
            double[] x = columns.get(j);
            sdx[j] = Stats.sd(x, n);
            for (int r = 0; r < n; r++) {
                design[r][j] = x[r];
            }
        }
        var spearman = new SpearmansCorrelation();
        for (String outcome : outcomes) {
            double[] y = values(t, outcome, rows);
            double sdy = Stats.sd(y, n);
            double[] src = new double[used.size()];
            double r2 = Double.NaN;
            java.util.Arrays.fill(src, Double.NaN);
            if (sdy > 0 && Double.isFinite(sdy)) {
                try {
                    var ols = new OLSMultipleLinearRegression();
                    ols.newSampleData(y, design);
                    double[] beta = ols.estimateRegressionParameters();
                    for (int j = 0; j < used.size(); j++) {
                        src[j] = beta[j + 1] * sdx[j] / sdy;
                    }
                    r2 = ols.calculateRSquared();
                } catch (SingularMatrixException e) {
                    // collinear inputs: SRCs are undefined, Spearman still reported
                }
            }
            for (int j = 0; j < used.size(); j++) {
                double rho = sdy > 0 ? spearman.correlation(columns.get(j), y) : Double.NaN;
                out.add(new ImportanceMeasure(scenario, lever, outcome, used.get(j), labels.get(used.get(j)), rho,
                        src[j], r2));
            }
        }
        return out;
    }

    /** The numeric columns of a sample table that are neither outcomes nor the sample number: the inputs. */
    static List<String> inputs(Table samples, List<String> outcomes) {
        var inputs = new ArrayList<String>();
        for (var c : samples.columns()) {
            String name = c.name();
            if (c instanceof NumericColumn<?> && !outcomes.contains(name) && !name.equals("sample")) {
                inputs.add(name);
            }
        }
        return inputs;
    }

    /** The rows of each scenario × lever ("scenario\u0000lever"; one group "base\u0000none" without those columns). */
    static Map<String, List<Integer>> groups(Table samples) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        boolean grouped = samples.containsColumn("scenario") && samples.containsColumn("lever");
        for (int row = 0; row < samples.rowCount(); row++) {
            String key = grouped ? samples.stringColumn("scenario").get(row) + "\u0000"
                    + samples.stringColumn("lever").get(row) : "base\u0000none";
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    static double[] values(Table t, String column, int[] rows) {
        var c = (NumericColumn<?>) t.column(column);
        double[] v = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            v[r] = c.getDouble(rows[r]);
        }
        return v;
    }

    static boolean varies(double[] x) {
        for (double v : x) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        for (double v : x) {
            if (v != x[0]) {
                return true;
            }
        }
        return false;
    }

    static Table table(List<ImportanceMeasure> m) {
        return Table.create("importance",
                StringColumn.create("scenario", m.stream().map(ImportanceMeasure::scenario)),
                StringColumn.create("lever", m.stream().map(ImportanceMeasure::lever)),
                StringColumn.create("outcome", m.stream().map(ImportanceMeasure::outcome)),
                StringColumn.create("variable", m.stream().map(ImportanceMeasure::variable)),
                DoubleColumn.create("spearman", m.stream().mapToDouble(ImportanceMeasure::spearman)),
                DoubleColumn.create("src", m.stream().mapToDouble(ImportanceMeasure::src)),
                DoubleColumn.create("r_squared", m.stream().mapToDouble(ImportanceMeasure::rSquared)));
    }
}
