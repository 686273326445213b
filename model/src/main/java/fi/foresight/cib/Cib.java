package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;
import fi.foresight.model.Judgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fluent entry point to cross-impact balance analysis (Weimer-Jehle) of one system.
 *
 * <pre>{@code
 * Model model = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));
 * Cib cib = Cib.of(model.cib().orElseThrow());      // the model's cib: descriptors and impacts
 * CibResult consistent = cib.consistent();          // all scenarios with IC = 0, exact search
 * System.out.println(consistent.table().printAll());
 * cib.tolerance(1).consistent();                    // IC <= 1
 * cib.balances(CibScenario.parse("1 1 1 1 1 1 1")); // impact balances of one scenario
 * cib.succession(CibScenario.parse("3 2 2 1 2 1 1"));
 * cib.basins();                                     // succession basins over the whole space
 * cib.basins(100_000, 7L);                          // ... or over 100,000 seeded random starts
 * // a ScenarioWizard file instead: Cib.of(ScenarioWizard.read(Path.of("CIB_global.scw")))
 * }</pre>
 *
 * <p>Instances are immutable; each setter returns a new instance. Results do not depend on the number of
 * threads.
 */
public final class Cib {

    private final CrossImpactSystem system;
    private final int tolerance;
    private final int threads;
    private final long limit;

    private Cib(CrossImpactSystem system, int tolerance, int threads, long limit) {
        Objects.requireNonNull(system, "system");
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance " + tolerance + " < 0; use 0 for consistent scenarios "
                    + "or a positive number to admit near-consistent ones");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + "; use at least 1");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit = " + limit + "; use at least 1");
        }
        this.system = system;
        this.tolerance = tolerance;
        this.threads = threads;
        this.limit = limit;
    }

    /**
     * Analysis of {@code system} with tolerance 0, all available processors and a limit of 1,000,000 scenarios.
     *
     * @param system the cross-impact system
     * @return the analysis
     */
    public static Cib of(CrossImpactSystem system) {
        return new Cib(system, 0, Runtime.getRuntime().availableProcessors(), 1_000_000);
    }

    /**
     * Admit scenarios with inconsistency up to {@code tolerance} (0: consistent only).
     *
     * @param tolerance at least 0
     * @return a new analysis with that setting
     * @throws IllegalArgumentException when {@code tolerance < 0}
     */
    public Cib tolerance(int tolerance) {
        return new Cib(system, tolerance, threads, limit);
    }

    /**
     * Number of worker threads (results are the same for any number).
     *
     * @param threads at least 1
     * @return a new analysis with that setting
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public Cib threads(int threads) {
        return new Cib(system, tolerance, threads, limit);
    }

    /**
     * Largest number of scenarios {@link #consistent()} may return before it stops with an error.
     *
     * @param maxScenarios at least 1
     * @return a new analysis with that setting
     * @throws IllegalArgumentException when {@code maxScenarios < 1}
     */
    public Cib limit(long maxScenarios) {
        return new Cib(system, tolerance, threads, maxScenarios);
    }

    /**
     * The cross-impact system analysed.
     *
     * @return the system
     */
    public CrossImpactSystem system() {
        return system;
    }

    /**
     * The largest inconsistency IC a scenario may have and still count as consistent (0: strictly consistent).
     *
     * @return the tolerance, {@literal >=} 0
     */
    public int tolerance() {
        return tolerance;
    }

    /**
     * All scenarios with IC &le; tolerance, lexicographic, by an exact pruned search (see the package notes).
     *
     * @return the scenarios with their scores
     */
    public CibResult consistent() {
        return new CibResult(system, tolerance, scores(search()), Optional.empty());
    }

    /**
     * As {@link #consistent()}, with succession basins attached.
     *
     * @param basins the basins, e.g. from {@link #basins()}
     * @return the scenarios with their scores and basins
     */
    public CibResult consistent(Basins basins) {
        return consistent().withBasins(basins);
    }

    /**
     * Number of scenarios with IC &le; tolerance, counted without storing them.
     *
     * @return the number of scenarios
     */
    public long count() {
        return new ConsistencySearch(system.matrix(), tolerance).count();
    }

    List<CibScenario> search() {
        return new ConsistencySearch(system.matrix(), tolerance).run(threads, limit);
    }

    private List<ScenarioScore> scores(List<CibScenario> found) {
        List<ScenarioScore> out = new ArrayList<>(found.size());
        int[] theta = new int[system.matrix().size()];
        SuccessionEngine e = new SuccessionEngine(system.matrix());
        for (CibScenario s : found) {
            e.balances(s.raw(), theta);
            out.add(ImpactBalances.score(system.matrix(), s, theta));
        }
        return out;
    }

    /**
     * The impact balances of one scenario.
     *
     * @param scenario a scenario of this system
     * @return the impact balances
     */
    public ImpactBalances balances(CibScenario scenario) {
        return ImpactBalances.of(system, scenario);
    }

    /**
     * CV, IC and TIS of one scenario.
     *
     * @param scenario a scenario of this system
     * @return its consistency value, inconsistency and total impact score
     */
    public ScenarioScore score(CibScenario scenario) {
        return balances(scenario).score();
    }

    /**
     * Judgement uncertainty: each judged impact may lie within ± {@code halfWidth}; uses this analysis'
     * tolerance and threads.
     *
     * @param halfWidth the ± range of every judged impact, at least 0
     * @return the analysis
     */
    public JudgementUncertainty uncertainty(int halfWidth) {
        return new JudgementUncertainty(system, halfWidth, tolerance, threads, false);
    }

    /**
     * Global succession from {@code start} until a fixed point or cycle.
     *
     * @param start a scenario of this system
     * @return the path and the attractor it ends in
     * @throws IllegalArgumentException when {@code start} is not a scenario of this system
     */
    public SuccessionPath succession(CibScenario start) {
        return new SuccessionEngine(system.matrix()).trace(system.check(start));
    }

    /** Largest space {@link #basins()} scans; beyond it use the Monte Carlo variant. */
    public static final long MAX_SCAN = 10_000_000_000L;

    /**
     * Succession basins over every scenario of the space (exact). Takes some tens of nanoseconds per scenario
     * and thread; spaces above {@value #MAX_SCAN} scenarios are refused, use {@link #basins(long, long)}.
     *
     * @return the basin of every attractor
     * @throws IllegalStateException when the space has more than {@value #MAX_SCAN} scenarios
     */
    public Basins basins() {
        long space = system.matrix().scenarioCount();
        if (space > MAX_SCAN) {
            throw new IllegalStateException("the space has " + space + " scenarios, more than " + MAX_SCAN
                    + " for a full succession scan; sample start scenarios with basins(runs, seed) instead");
        }
        SuccessionEngine e = new SuccessionEngine(system.matrix());
        return Basins.from(new BasinScan(system.matrix()).fullScan(threads), e, true, 0L);
    }

    /**
     * Succession basins over {@code runs} random start scenarios drawn with {@code seed}.
     *
     * @param runs the number of random starts
     * @param seed the seed of the draws
     * @return the basin of every attractor reached
     */
    public Basins basins(long runs, long seed) {
        SuccessionEngine e = new SuccessionEngine(system.matrix());
        return Basins.from(new BasinScan(system.matrix()).monteCarlo(runs, seed, threads), e, false, seed);
    }
}
