package fi.foresight.sensitivity;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Support;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.FiniteOutcomes;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Model;
import fi.foresight.model.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a sensitivity design varies and what it reads: the evaluator of one scenario × lever, the inputs that are
 * uncertain (a degenerate distribution, such as a fixed value, is held at that value and not analysed) and the
 * outcome columns asked for.
 */
final class Space {
    final Evaluator evaluator;
    final List<Input> inputs;
    /** Indices into {@link #inputs} of the analysed (non-degenerate) inputs, in input order. */
    final int[] varied;
    /** Per input: the value of a degenerate input, NaN for varied ones. */
    final double[] fixed;
    /** Requested outcome columns and their indices in the evaluator's outputs. */
    final List<String> outcomes;
    final int[] outcomeIndex;

    private Space(Evaluator evaluator, List<String> outcomes) {
        this.evaluator = evaluator;
        this.inputs = evaluator.inputs();
        this.fixed = new double[inputs.size()];
        var v = new ArrayList<Integer>();
        for (int i = 0; i < inputs.size(); i++) {
            Support s = inputs.get(i).distribution().support();
            if (s.min() < s.max()) {
                v.add(i);
                fixed[i] = Double.NaN;
            } else {
                fixed[i] = s.min();
            }
        }
        this.varied = v.stream().mapToInt(Integer::intValue).toArray();
        List<String> all = evaluator.outputs();
        this.outcomes = outcomes.isEmpty() ? all : List.copyOf(outcomes);
        this.outcomeIndex = new int[this.outcomes.size()];
        for (int j = 0; j < this.outcomes.size(); j++) {
            String o = this.outcomes.get(j);
            int idx = evaluator.outputIndex(o);
            if (idx < 0) {
                throw new IllegalArgumentException("unknown outcome '" + o + "'" + Suggestions.didYouMean(o, all)
                        + "; outcome columns are " + all);
            }
            outcomeIndex[j] = idx;
        }
        if (this.outcomes.isEmpty()) {
            throw new IllegalArgumentException("the model has no outcomes to analyse; add an outcome or a weighted index");
        }
    }

    static Space of(Model model, String scenario, String lever, List<String> outcomes) {
        return new Space(Evaluator.of(model, scenario, lever), outcomes);
    }

    /** Number of analysed inputs. */
    int k() {
        return varied.length;
    }

    Input input(int variedIndex) {
        return inputs.get(varied[variedIndex]);
    }

    Distribution distribution(int variedIndex) {
        return inputs.get(varied[variedIndex]).distribution();
    }

    List<String> variedNames() {
        var names = new ArrayList<String>();
        for (int i : varied) {
            names.add(inputs.get(i).name());
        }
        return List.copyOf(names);
    }

    List<String> variedLabels() {
        var names = new ArrayList<String>();
        for (int i : varied) {
            names.add(inputs.get(i).label());
        }
        return List.copyOf(names);
    }

    /** Names of the inputs held fixed because their distribution has a single value. */
    List<String> fixedNames() {
        var names = new ArrayList<String>();
        for (int i = 0; i < inputs.size(); i++) {
            if (!Double.isNaN(fixed[i])) {
                names.add(inputs.get(i).name());
            }
        }
        return List.copyOf(names);
    }

    /** Input columns for a block of n rows: degenerate inputs filled with their value, the others null. */
    double[][] columns(int n) {
        double[][] in = new double[inputs.size()][];
        for (int i = 0; i < in.length; i++) {
            if (!Double.isNaN(fixed[i])) {
                in[i] = new double[n];
                Arrays.fill(in[i], fixed[i]);
            }
        }
        return in;
    }

    /** Output columns for a block of n rows. */
    double[][] outputs(int n) {
        return new double[evaluator.outputs().size()][n];
    }

    /**
     * Refuses the design when a requested outcome is not a finite number in {@code out[0..rows)}, with the message
     * Monte Carlo gives for the same model; {@code where} names the rows (e.g. "points of the tornado design").
     */
    void requireFinite(double[][] in, double[][] out, int rows, String where) {
        FiniteOutcomes.require(evaluator, in, out, outcomeIndex, rows, where);
    }

    /** Whether the model correlates two drivers that are both analysed here. */
    List<String> correlatedPairs() {
        var names = variedNames();
        var pairs = new ArrayList<String>();
        for (var c : evaluator.model().correlations()) {
            if (c.rho() != 0 && names.contains(c.a()) && names.contains(c.b())) {
                pairs.add(c.a() + "~" + c.b() + " (" + c.rho() + ")");
            }
        }
        return List.copyOf(pairs);
    }
}
