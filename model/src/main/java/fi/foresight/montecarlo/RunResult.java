package fi.foresight.montecarlo;

import fi.foresight.statistics.OutcomeStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Monte Carlo result of one scenario × lever. */
public final class RunResult {
    private final String scenario;
    private final String lever;
    private final Stop stop;
    private final Map<String, OutcomeStatistics> statistics;
    private final List<Exceedance> exceedances;
    private final RawSamples raw;
    private final List<String> outcomes;
    private ConditionalTornado conditionalTornado;
    private PrecisionCheck precisionCheck;

    RunResult(String scenario, String lever, Stop stop, Map<String, OutcomeStatistics> statistics,
              List<Exceedance> exceedances, RawSamples raw) {
        this.scenario = scenario;
        this.lever = lever;
        this.stop = stop;
        this.statistics = Map.copyOf(statistics);
        this.outcomes = List.copyOf(statistics.keySet());
        this.exceedances = List.copyOf(exceedances);
        this.raw = raw;
    }

    /**
     * The scenario of this run.
     *
     * @return the scenario id ({@code base} for the unmodified model)
     */
    public String scenario() {
        return scenario;
    }

    /**
     * The lever of this run.
     *
     * @return the lever id ({@code none} for no policy change)
     */
    public String lever() {
        return lever;
    }

    /**
     * Why and after how many samples sampling ended.
     *
     * @return the stop
     */
    public Stop stop() {
        return stop;
    }

    /**
     * Samples drawn.
     *
     * @return the number of samples
     */
    public long samples() {
        return stop.samples();
    }

    /**
     * Outcome columns in model order.
     *
     * @return the columns
     */
    public List<String> outcomes() {
        return outcomes;
    }

    /**
     * The statistics of an outcome column.
     *
     * @param outcome an outcome column
     * @return the statistics
     * @throws IllegalArgumentException when the column is unknown
     */
    public OutcomeStatistics statistics(String outcome) {
        OutcomeStatistics s = statistics.get(outcome);
        if (s == null) {
            throw new IllegalArgumentException("unknown outcome column '" + outcome + "'"
                    + fi.foresight.model.Suggestions.didYouMean(outcome, outcomes) + "; columns are " + outcomes);
        }
        return s;
    }

    /**
     * Probabilities of meeting the model's targets, in model order.
     *
     * @return one exceedance per target
     */
    public List<Exceedance> exceedances() {
        return exceedances;
    }

    /** This result with a conditional tornado and a precision check (either may be null); returns this. */
    RunResult with(ConditionalTornado tornado, PrecisionCheck check) {
        this.conditionalTornado = tornado;
        this.precisionCheck = check;
        return this;
    }

    /**
     * The conditional tornado computed alongside the run, when one was asked for
     * ({@link MonteCarlo#conditionalTornado(String...)}).
     *
     * @return the conditional tornado, or empty
     */
    public Optional<ConditionalTornado> conditionalTornado() {
        return Optional.ofNullable(conditionalTornado);
    }

    /**
     * Where the standard-error goal stood when sampling ended, when one was set
     * ({@link MonteCarlo#precision(PrecisionGoal)}).
     *
     * @return the check, or empty
     */
    public Optional<PrecisionCheck> precisionCheck() {
        return Optional.ofNullable(precisionCheck);
    }

    Optional<RawSamples> raw() {
        return Optional.ofNullable(raw);
    }

    @Override
    public String toString() {
        return scenario + " x " + lever + " (" + stop.message() + ")";
    }
}
