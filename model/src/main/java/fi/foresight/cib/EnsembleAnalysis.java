package fi.foresight.cib;

import fi.foresight.model.JudgementSpread;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CrossImpactSystem;

import java.util.Objects;
import java.util.Optional;

/**
 * The consistent scenarios of several experts' cross-impact matrices and of their ensemble, and how far the
 * ensemble's scenarios survive uncertain judgements: what the job type {@code cib_ensemble} runs.
 *
 * <pre>{@code
 * CrossImpactSystem system = model.cib().orElseThrow();     // with experts: in its cib: section
 * EnsembleReport r = EnsembleAnalysis.of(system)
 *         .mean(true)                                        // tolerance on the mean matrix (default: the sum)
 *         .uncertainty(JudgementSpread.uniform(1, false), 1000, 42L)
 *         .run();
 * r.tables();   // cib-ensemble-scenarios, cib-ensemble-experts, cib-judgement-uncertainty
 * }</pre>
 *
 * <p>The ensemble is the weighted sum of the experts' matrices (ScenarioWizard's ensemble). Its consistent
 * scenarios are those of the weighted mean matrix; the two differ only for a tolerance above 0: with
 * {@link #mean(boolean) mean} the tolerance applies to the mean (inconsistency of the sum at most tolerance × total
 * weight), else to the sum. Judgement uncertainty varies the mean's judgements by whole numbers within their
 * spread: the sum by the total weight times that. Without experts the system's own matrix is a one-member
 * ensemble. Immutable; results do not depend on the number of threads.
 */
public final class EnsembleAnalysis {

    private final CrossImpactSystem system;
    private final int tolerance;
    private final boolean mean;
    private final int threads;
    private final JudgementSpread spread;
    private final int draws;
    private final long seed;

    private EnsembleAnalysis(CrossImpactSystem system, int tolerance, boolean mean, int threads,
                             JudgementSpread spread, int draws, long seed) {
        this.system = Objects.requireNonNull(system, "system");
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance " + tolerance + " < 0; use 0 for consistent scenarios");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + "; use at least 1");
        }
        if (spread != null && draws < 1) {
            throw new IllegalArgumentException("draws = " + draws + "; use at least 1 random matrix");
        }
        this.tolerance = tolerance;
        this.mean = mean;
        this.threads = threads;
        this.spread = spread;
        this.draws = draws;
        this.seed = seed;
    }

    /**
     * The analysis of {@code system}'s experts (or of its matrix alone) with tolerance 0, the sum, one thread and
     * no judgement uncertainty.
     *
     * @param system the system
     * @return the analysis
     */
    public static EnsembleAnalysis of(CrossImpactSystem system) {
        return new EnsembleAnalysis(system, 0, false, 1, null, 0, 0L);
    }

    /**
     * Admit scenarios with inconsistency up to {@code tolerance}, for each expert and for the ensemble.
     *
     * @param tolerance at least 0
     * @return a new analysis with that setting
     */
    public EnsembleAnalysis tolerance(int tolerance) {
        return new EnsembleAnalysis(system, tolerance, mean, threads, spread, draws, seed);
    }

    /**
     * Apply the tolerance to the weighted mean of the experts' matrices (true) or to their weighted sum (false,
     * the default). Both have the same consistent scenarios at tolerance 0.
     *
     * @param onMean true for the mean
     * @return a new analysis with that setting
     */
    public EnsembleAnalysis mean(boolean onMean) {
        return new EnsembleAnalysis(system, tolerance, onMean, threads, spread, draws, seed);
    }

    /**
     * Number of worker threads (results are the same for any number).
     *
     * @param threads at least 1
     * @return a new analysis with that setting
     */
    public EnsembleAnalysis threads(int threads) {
        return new EnsembleAnalysis(system, tolerance, mean, threads, spread, draws, seed);
    }

    /**
     * Also judgement uncertainty of the ensemble: exact robust and possible scenarios, and the share of
     * {@code draws} random matrices (drawn with {@code seed}) in which each scenario is consistent.
     *
     * @param how   the spread of each judgement
     * @param draws the number of random matrices, at least 1
     * @param seed  the seed of the draws
     * @return a new analysis with that setting
     */
    public EnsembleAnalysis uncertainty(JudgementSpread how, int draws, long seed) {
        return new EnsembleAnalysis(system, tolerance, mean, threads, Objects.requireNonNull(how, "spread"), draws,
                seed);
    }

    /**
     * Runs the analysis.
     *
     * @return each expert's consistent scenarios, the ensemble's, and the uncertainty when asked
     * @throws IllegalArgumentException when the spread cannot be formed (e.g. {@code experts} without experts)
     */
    public EnsembleReport run() {
        CibEnsemble ensemble = CibEnsemble.of(system);
        int weight = ensemble.totalWeight();
        int aggregateTolerance = mean ? Math.multiplyExact(tolerance, weight) : tolerance;
        EnsembleResult members = ensemble.consistent(tolerance, threads);
        CrossImpactSystem summed = ensemble.summed();
        CibResult aggregate = Cib.of(summed).tolerance(aggregateTolerance).threads(threads).consistent();
        Optional<EnsembleReport.Uncertainty> u = Optional.empty();
        if (spread != null) {
            CibMatrix spreads = spread.of(system);
            JudgementUncertainty ju = Cib.of(summed).tolerance(aggregateTolerance).threads(threads)
                    .uncertainty(0).spreads(spreads).step(weight);
            u = Optional.of(new EnsembleReport.Uncertainty(spread, ju.bounds(), ju.sample(draws, seed)));
        }
        return new EnsembleReport(system, mean, tolerance, members, aggregate, u);
    }
}
