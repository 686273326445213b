package fi.foresight.evaluation;

import fi.foresight.evaluation.ResolvedRun.ExpressionStep;
import fi.foresight.evaluation.ResolvedRun.IndexStep;
import fi.foresight.evaluation.ResolvedRun.ResolvedPanel;
import fi.foresight.evaluation.ResolvedRun.Step;
import fi.foresight.expression.ColumnProgram;
import java.util.ArrayList;
import java.util.List;

/**
 * The column-wise evaluation of one scenario × lever over a block of samples. Holds scratch columns, so one
 * kernel serves one thread; take kernels from {@link Evaluator#kernel()}.
 *
 * <p><b>Time.</b> {@link #evaluate(double[][], int, double[][], double, double[][])} evaluates one year of a
 * trajectory: {@code year} is bound to the given year and {@code prev(x)} to the given previous-year columns.
 * Without previous columns (a static run, or the first year of a trajectory) {@code year} is the horizon's
 * first year (or the year chosen with {@link Evaluator#atYear(int)}) and {@code prev(x)} is x itself: a driver's current value, or an outcome's current value when
 * that outcome is computed before the one reading it, else 0 (so a stock {@code total = prev(total) + flow}
 * starts at its first flow). Outcomes are computed in declaration order, except that an outcome comes after the
 * outcomes it reads (not counting those read through {@code prev}).
 */
public final class Kernel {
    private final ResolvedRun run;
    private final List<ColumnProgram> programs = new ArrayList<>();
    private double[][] driverScratch = new double[0][];
    private double[][] scaledScratch = new double[0][];
    private double[][] panelScratch = new double[0][];
    private double[] numerator = new double[0];
    private double[] denominator = new double[0];
    private double[] yearColumn = new double[0];
    private double yearFilled = Double.NaN;
    private double[] zeros = new double[0];
    private double[][] columns;

    Kernel(ResolvedRun run) {
        this.run = run;
        for (Step s : run.steps()) {
            if (s instanceof ExpressionStep e) {
                programs.add(e.program().copy());
            } else {
                programs.add(null);
            }
        }
        columns = new double[run.drivers() + run.outputs().size() + 1 + run.previous().size()][];
    }

    /**
     * Computes {@code outputs[j][0..n)} for every outcome column j from {@code inputs[i][0..n)} for every input i
     * ({@link Evaluator#inputs()} order). Input arrays are not modified.
     *
     * @param inputs the input columns, {@code inputs[i][0..n)} for input i, read only
     * @param n the number of rows (points) to evaluate
     * @param outputs the outcome columns to fill, {@code outputs[j][0..n)} for outcome j
     * @throws IllegalArgumentException when the number of input or output columns does not match the evaluator
     */
    public void evaluate(double[][] inputs, int n, double[][] outputs) {
        evaluate(inputs, n, outputs, run.firstYear(), null);
    }

    /**
     * Like {@link #evaluate(double[][], int, double[][])} for one year of a trajectory: {@code year} is the value
     * of the name {@code year}, and {@code previous[i][0..n)} holds last year's values of the i-th name of
     * {@link Evaluator#previous()} (for a driver: its value after the scenario's and lever's shifts and scales,
     * as {@link #driverColumn(int)} gave it). {@code previous == null} means the first year (see the class
     * comment).
     *
     * @param inputs the input columns, {@code inputs[i][0..n)} for input i, read only
     * @param n the number of rows (points) to evaluate
     * @param outputs the outcome columns to fill, {@code outputs[j][0..n)} for outcome j
     * @param year the calendar year, the value of the name {@code year}
     * @param previous last year's values, one column per name of {@link Evaluator#previous()}, or {@code null} in the
     *     first year
     * @throws IllegalArgumentException when the number of input, output or previous-value columns does not match the
     *     evaluator
     */
    public void evaluate(double[][] inputs, int n, double[][] outputs, double year, double[][] previous) {
        if (previous != null && previous.length != run.previous().size()) {
            throw new IllegalArgumentException("expected " + run.previous().size() + " previous-value columns "
                    + run.previous() + ", got " + previous.length);
        }
        if (inputs.length != run.inputs().size()) {
            throw new IllegalArgumentException("expected " + run.inputs().size() + " input columns, got " + inputs.length);
        }
        if (outputs.length != run.outputs().size()) {
            throw new IllegalArgumentException("expected " + run.outputs().size() + " output columns, got " + outputs.length);
        }
        ensureCapacity(n);
        int d = run.drivers();
        for (int i = 0; i < d; i++) {
            double a = run.scale()[i];
            double b = run.shift()[i];
            if (a == 1 && b == 0) {
                columns[i] = inputs[i];
            } else {
                double[] x = inputs[i];
                double[] y = driverScratch[i];
                for (int k = 0; k < n; k++) {
                    y[k] = a * x[k] + b;
                }
                columns[i] = y;
            }
            if (run.scaled()[i]) {
                double lo = run.rangeMin()[i];
                double inv = 1.0 / run.rangeWidth()[i];
                double[] x = columns[i];
                double[] s = scaledScratch[i];
                for (int k = 0; k < n; k++) {
                    double v = (x[k] - lo) * inv;
                    s[k] = Math.max(0.0, Math.min(1.0, v));
                }
            }
        }
        int m = outputs.length;
        for (int j = 0; j < m; j++) {
            columns[d + j] = outputs[j];
        }
        if (year != yearFilled || Double.isNaN(year)) {
            java.util.Arrays.fill(yearColumn, year);
            yearFilled = year;
        }
        columns[d + m] = yearColumn;
        int p = run.previous().size();
        for (int i = 0; i < p; i++) {
            if (previous != null) {
                columns[d + m + 1 + i] = previous[i];
            } else if (run.previousDriver()[i] >= 0) {
                columns[d + m + 1 + i] = columns[run.previousDriver()[i]];
            }
        }
        boolean firstYearOutcomes = previous == null && p > 0;
        List<Step> steps = run.steps();
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            if (firstYearOutcomes) {
                for (int i = 0; i < p; i++) {
                    int o = run.previousOutput()[i];
                    if (o >= 0) {
                        columns[d + m + 1 + i] = run.writtenAtStep()[o] < s ? outputs[o] : zeros;
                    }
                }
            }
            if (step instanceof IndexStep idx) {
                index(idx, inputs, n, outputs);
            } else {
                programs.get(s).evaluate(columns, n, outputs[((ExpressionStep) step).column()]);
            }
        }
    }

    /**
     * The values of driver {@code i} in the last {@link #evaluate} call, after the scenario's and lever's shifts
     * and scales. The array belongs to the kernel or the caller's input and is only valid until the next call.
     *
     * @param i the 0-based driver index, in the model's order of drivers
     * @return the driver's values in the last call, owned by the kernel or the caller
     * @throws IndexOutOfBoundsException when {@code i} is not a driver index
     */
    public double[] driverColumn(int i) {
        if (i < 0 || i >= run.drivers()) {
            throw new IndexOutOfBoundsException("driver " + i + " outside [0, " + run.drivers() + ")");
        }
        return columns[i];
    }

    private void index(IndexStep step, double[][] inputs, int n, double[][] outputs) {
        double[] pooled = outputs[step.column()];
        if (step.panel().length == 1) {
            panelIndex(run.panels().get(step.panel()[0]), inputs, n, pooled);
            return;
        }
        double poolSum = 0;
        for (double w : step.poolWeight()) {
            poolSum += w;
        }
        java.util.Arrays.fill(pooled, 0, n, 0.0);
        for (int p = 0; p < step.panel().length; p++) {
            double[] col = step.panelColumn()[p] >= 0 ? outputs[step.panelColumn()[p]] : panelScratch[0];
            panelIndex(run.panels().get(step.panel()[p]), inputs, n, col);
            double share = step.poolWeight()[p] / poolSum;
            for (int k = 0; k < n; k++) {
                pooled[k] += share * col[k];
            }
        }
    }

    private void panelIndex(ResolvedPanel panel, double[][] inputs, int n, double[] out) {
        int[] driver = panel.driver();
        double[] weight = panel.weight();
        int[] weightInput = panel.weightInput();
        if (!panel.uncertain()) {
            java.util.Arrays.fill(out, 0, n, 0.0);
            for (int i = 0; i < driver.length; i++) {
                double w = weight[i];
                double[] s = scaledScratch[driver[i]];
                for (int k = 0; k < n; k++) {
                    out[k] += w * s[k];
                }
            }
            return;
        }
        java.util.Arrays.fill(numerator, 0, n, 0.0);
        java.util.Arrays.fill(denominator, 0, n, 0.0);
        for (int i = 0; i < driver.length; i++) {
            double[] s = scaledScratch[driver[i]];
            if (weightInput[i] >= 0) {
                double[] w = inputs[weightInput[i]];
                for (int k = 0; k < n; k++) {
                    numerator[k] += w[k] * s[k];
                    denominator[k] += Math.abs(w[k]);
                }
            } else {
                double w = weight[i];
                double aw = Math.abs(w);
                for (int k = 0; k < n; k++) {
                    numerator[k] += w * s[k];
                    denominator[k] += aw;
                }
            }
        }
        if (panel.normalise()) {
            for (int k = 0; k < n; k++) {
                out[k] = denominator[k] > 0 ? numerator[k] / denominator[k] : 0.0;
            }
        } else {
            System.arraycopy(numerator, 0, out, 0, n);
        }
    }

    private void ensureCapacity(int n) {
        int d = run.drivers();
        if (numerator.length >= n && driverScratch.length == d) {
            return;
        }
        yearColumn = new double[n];
        yearFilled = Double.NaN;
        zeros = new double[n];
        driverScratch = new double[d][n];
        scaledScratch = new double[d][];
        for (int i = 0; i < d; i++) {
            scaledScratch[i] = run.scaled()[i] ? new double[n] : null;
        }
        panelScratch = new double[1][n];
        numerator = new double[n];
        denominator = new double[n];
    }
}
