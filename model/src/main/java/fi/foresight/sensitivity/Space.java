package fi.foresight.sensitivity;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Support;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.FiniteOutcomes;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Model;
import fi.foresight.model.Suggestions;
import fi.foresight.sampling.Design;
import fi.foresight.sampling.SamplingKernel;
import fi.foresight.time.YearState;
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

    /** Drivers that enter at their state in a later year (their start-value correlations no longer apply). */
    final List<String> moving;

    private Space(Evaluator evaluator, List<String> outcomes) {
        this(evaluator, outcomes, List.of());
    }

    private Space(Evaluator evaluator, List<String> outcomes, List<String> moving) {
        this.evaluator = evaluator;
        this.moving = List.copyOf(moving);
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

    /**
     * The space at a year of the model's horizon (null: a model without a horizon): every
     * driver that moves is one input, its state in that year ({@link YearState#stateEvaluator(long)}, paths drawn
     * with {@code seed}); the changes active in that year apply and {@code year} is that year.
     */
    static Space of(Model model, String scenario, String lever, List<String> outcomes, Integer year, long seed) {
        if (year == null || model.horizon().isEmpty()) {
            return of(model, scenario, lever, outcomes);
        }
        YearState at = YearState.of(model, scenario, lever, year, Design.MONTE_CARLO, SamplingKernel.PORTABLE);
        return new Space(at.stateEvaluator(seed), outcomes, at.movingDrivers());
    }

    /**
     * The year a sensitivity analysis of the model runs at unless told: the horizon's last year, or null.
     */
    static Integer checkedYear(Model model, Integer year) {
        if (year != null) {
            YearState.check(model, year);
        }
        return year;
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

    /**
     * The model's rank correlations that apply to these inputs: those of start values, so none that involves a
     * driver entering at its state in a later year (such inputs are sampled independently).
     */
    List<fi.foresight.model.Correlation> correlations() {
        return evaluator.model().correlations().stream()
                .filter(c -> !moving.contains(c.a()) && !moving.contains(c.b())).toList();
    }

    /** Whether the model correlates two drivers that are both analysed here. */
    List<String> correlatedPairs() {
        var names = variedNames();
        var pairs = new ArrayList<String>();
        for (var c : correlations()) {
            if (c.rho() != 0 && names.contains(c.a()) && names.contains(c.b())) {
                pairs.add(c.a() + "~" + c.b() + " (" + c.rho() + ")");
            }
        }
        return List.copyOf(pairs);
    }
}
