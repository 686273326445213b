package fi.foresight.evaluation;

import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import java.util.List;

/**
 * The one hot loop of the workbench: turns a block of input columns (one array per {@link Input}) into outcome
 * columns (one array per outcome column of the model), for one scenario × lever. Monte Carlo, Saltelli, Morris,
 * tornado, time trajectories and the Spark module all evaluate through it.
 *
 * <pre>{@code
 * Evaluator ev = Evaluator.of(model, "east_open", "service_network");
 * Kernel k = ev.kernel();                 // one per thread
 * double[][] in = new double[ev.inputs().size()][n];   // filled by a sampling design
 * double[][] out = new double[ev.outputs().size()][n];
 * k.evaluate(in, n, out);
 * }</pre>
 *
 * An evaluator is immutable and thread-safe; its kernels are not (each holds scratch columns), so each thread
 * takes its own from {@link #kernel()}.
 */
public final class Evaluator {
    private final Model model;
    private final ResolvedRun run;

    private Evaluator(Model model, ResolvedRun run) {
        this.model = model;
        this.run = run;
    }

    /**
     * The base scenario without lever.
     *
     * @param model the model
     * @return the evaluator
     */
    public static Evaluator of(Model model) {
        return of(model, Scenario.BASE, Lever.NONE);
    }

    /**
     * The given scenario and lever ({@code base} and {@code none} always exist).
     *
     * @param model    the model
     * @param scenario a scenario id of the model
     * @param lever    a lever id of the model
     * @return the evaluator
     * @throws IllegalArgumentException when the scenario or lever is unknown
     */
    public static Evaluator of(Model model, String scenario, String lever) {
        return new Evaluator(model, ResolvedRun.resolve(model, model.scenario(scenario), model.lever(lever)));
    }

    /**
     * A scenario and lever given as values, e.g. one of the model's with only some of its changes (trajectories
     * use this for the years before a scenario's {@code from}). Their changes must name the model's drivers and
     * panels.
     *
     * @param model    the model
     * @param scenario the scenario
     * @param lever    the lever
     * @return the evaluator
     */
    public static Evaluator of(Model model, Scenario scenario, Lever lever) {
        return new Evaluator(model, ResolvedRun.resolve(model, scenario, lever));
    }

    /**
     * The same scenario × lever with the name {@code year} bound to {@code year} in a static evaluation
     * ({@link Kernel#evaluate(double[][], int, double[][])}); without this it is the horizon's first year. Static
     * analyses at a later year of the horizon evaluate through it (see {@code fi.foresight.time.YearState}).
     *
     * @param year the year the outcomes are evaluated at
     * @return the evaluator
     */
    public Evaluator atYear(int year) {
        return new Evaluator(model, run.atYear(year));
    }

    /**
     * The same scenario × lever drawing its inputs from other distributions: the same names and kinds in the
     * same order (e.g. drivers at their state in a year of the horizon). Shifts, scales, weights and outcomes stay.
     *
     * @param inputs one input per {@link #inputs()} entry, with the same name and kind
     * @return the evaluator
     * @throws IllegalArgumentException when the names, kinds or count differ
     */
    public Evaluator withInputs(List<Input> inputs) {
        return new Evaluator(model, run.withInputs(inputs));
    }

    /**
     * The year the name {@code year} has in a static evaluation: the horizon's first year unless
     * {@link #atYear(int)} chose another, NaN without a horizon.
     *
     * @return the year
     */
    public double staticYear() {
        return run.firstYear();
    }

    /**
     * The model evaluated.
     *
     * @return the model
     */
    public Model model() {
        return model;
    }

    /**
     * The scenario evaluated.
     *
     * @return the scenario id
     */
    public String scenario() {
        return run.scenario().id();
    }

    /**
     * The lever evaluated.
     *
     * @return the lever id
     */
    public String lever() {
        return run.lever().id();
    }

    /**
     * The inputs a design must sample, drivers first (in model order), then uncertain weights.
     *
     * @return the inputs
     */
    public List<Input> inputs() {
        return run.inputs();
    }

    /**
     * The outcome columns this evaluator fills, in {@link Model#outcomeColumns()} order.
     *
     * @return the columns
     */
    public List<String> outputs() {
        return run.outputs();
    }

    /**
     * The names whose previous-year values the outcomes read through {@code prev(x)}, each once; the order of
     * the {@code previous} columns of {@link Kernel#evaluate(double[][], int, double[][], double, double[][])}.
     *
     * @return the names
     */
    public List<String> previous() {
        return run.previous();
    }

    /**
     * Index of an output column by name, or -1.
     *
     * @param column an outcome column
     * @return its index in {@link #outputs()}, or -1
     */
    public int outputIndex(String column) {
        return run.outputs().indexOf(column);
    }

    /**
     * A new kernel for the calling thread.
     *
     * @return the kernel
     */
    public Kernel kernel() {
        return new Kernel(run);
    }

    /**
     * Convenience for single points: evaluates one sample given as one value per input.
     *
     * @param inputValues one value per input, in {@link #inputs()} order
     * @return one value per output column
     * @throws IllegalArgumentException when the number of values is wrong
     */
    public double[] evaluate(double... inputValues) {
        if (inputValues.length != run.inputs().size()) {
            throw new IllegalArgumentException("expected " + run.inputs().size() + " input values "
                    + run.inputs().stream().map(Input::name).toList() + ", got " + inputValues.length);
        }
        double[][] in = new double[inputValues.length][1];
        for (int i = 0; i < inputValues.length; i++) {
            in[i][0] = inputValues[i];
        }
        double[][] out = new double[run.outputs().size()][1];
        kernel().evaluate(in, 1, out);
        double[] r = new double[out.length];
        for (int j = 0; j < out.length; j++) {
            r[j] = out[j][0];
        }
        return r;
    }
}
