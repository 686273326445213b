package fi.foresight.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * The one refusal of outcomes that are not finite numbers ({@code a / 0}, {@code log(-1)}): Monte Carlo, tornado,
 * Morris and Sobol' check every evaluated block with it, so a run never reports an infinite or undefined outcome
 * and every analysis refuses such a model with the same message, naming the outcome, how many points failed and
 * one point (the input values) where it happens.
 *
 * <pre>{@code
 * kernel.evaluate(in, n, out);
 * FiniteOutcomes.require(evaluator, in, out, n, "samples in block 3");
 * }</pre>
 */
public final class FiniteOutcomes {
    private FiniteOutcomes() {
    }

    /**
     * Throws when some output column of {@code out[0..n)} holds a value that is not finite.
     *
     * @param where what the n rows are, e.g. {@code "samples in block 3"} or {@code "points of the tornado design"}
     * @param evaluator the evaluator whose inputs and outcomes name the columns
     * @param in the input columns, {@code in[i][k]} the value of input i at row k ({@code null} for an input not used)
     * @param out the outcome columns, {@code out[j][k]} the value of outcome j at row k
     * @param n the number of rows to check in each column
     * @throws IllegalStateException naming the first such outcome, the count of bad rows and an example point
     */
    public static void require(Evaluator evaluator, double[][] in, double[][] out, int n, String where) {
        for (int j = 0; j < out.length; j++) {
            require(evaluator, in, out, j, n, where);
        }
    }

    /**
     * Like {@link #require(Evaluator, double[][], double[][], int, String)} for the given output columns only.
     *
     * @param evaluator the evaluator whose inputs and outcomes name the columns
     * @param in the input columns, {@code in[i][k]} the value of input i at row k ({@code null} for an input not used)
     * @param out the outcome columns, {@code out[j][k]} the value of outcome j at row k
     * @param columns the indices j of the outcome columns to check
     * @param n the number of rows to check in each column
     * @param where what the n rows are, e.g. {@code "samples in block 3"}
     * @throws IllegalStateException naming the first such outcome, the count of bad rows and an example point
     */
    public static void require(Evaluator evaluator, double[][] in, double[][] out, int[] columns, int n,
                               String where) {
        for (int j : columns) {
            require(evaluator, in, out, j, n, where);
        }
    }

    /**
     * Like {@link #require(Evaluator, double[][], double[][], int, String)} for one output column.
     *
     * @param evaluator the evaluator whose inputs and outcomes name the columns
     * @param in the input columns, {@code in[i][k]} the value of input i at row k ({@code null} for an input not used)
     * @param out the outcome columns, {@code out[j][k]} the value of outcome j at row k
     * @param column the index j of the outcome column to check
     * @param n the number of rows to check
     * @param where what the n rows are, e.g. {@code "samples in block 3"}
     * @throws IllegalStateException naming the outcome, the count of bad rows and an example point
     */
    public static void require(Evaluator evaluator, double[][] in, double[][] out, int column, int n, String where) {
        double[] o = out[column];
        for (int k = 0; k < n; k++) {
            if (!Double.isFinite(o[k])) {
                throw undefined(evaluator, in, o, evaluator.outputs().get(column), n, where);
            }
        }
    }

    /**
     * The refusal for a column known to hold a value that is not finite among its first n rows.
     *
     * @param evaluator the evaluator whose inputs name the columns of {@code in}
     * @param in the input columns, {@code in[i][k]} the value of input i at row k ({@code null} for an input not used)
     * @param values the outcome's values, of which the first {@code n} are examined
     * @param outcome the outcome's id, as named in the message
     * @param n the number of rows of {@code values} to examine
     * @param where what the n rows are, e.g. {@code "samples in block 3"}
     * @return the exception (not thrown), naming the outcome, the count of bad rows and the first bad row's inputs
     */
    public static IllegalStateException undefined(Evaluator evaluator, double[][] in, double[] values, String outcome,
                                                  int n, String where) {
        int bad = 0;
        int count = 0;
        for (int k = n - 1; k >= 0; k--) {
            if (!Double.isFinite(values[k])) {
                bad = k;
                count++;
            }
        }
        List<Input> inputs = evaluator.inputs();
        var sb = new StringBuilder();
        for (int i = 0; i < in.length; i++) {
            if (in[i] == null) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(inputs.get(i).name()).append('=')
                    .append(String.format(Locale.ROOT, "%.6g", in[i][bad]));
        }
        return new IllegalStateException(String.format(Locale.ROOT,
                "outcome '%s' is %s for %d of %d %s of scenario %s x lever %s, e.g. at %s; "
                        + "statistics need finite outcomes, so check the expression (division by zero, log or sqrt "
                        + "of a negative value) or the drivers' ranges",
                outcome, values[bad], count, n, where, evaluator.scenario(), evaluator.lever(), sb));
    }
}
