package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Consistent scenarios over random perturbations of the judgements (see {@link JudgementUncertainty}).
 *
 * @param system       the system
 * @param halfWidth    each perturbable impact moved by an integer in [−halfWidth, halfWidth] (per-judgement
 *                     spreads: the largest)
 * @param includeZeros whether cells judged 0 were perturbed
 * @param tolerance    the inconsistency admitted
 * @param draws        number of random matrices
 * @param seed         the seed of the draws
 * @param counts       for each scenario found at least once, the number of draws in which it was consistent
 * @param nominal      scenarios within the tolerance for the matrix as judged
 */
public record UncertaintySample(CrossImpactSystem system, int halfWidth, boolean includeZeros, int tolerance,
                                int draws, long seed, Map<CibScenario, Integer> counts, List<CibScenario> nominal) {

    /** Name of the table returned by {@link #table()}. */
    public static final String TABLE = "cib-uncertainty";

    /**
     * Checks the parts.
     *
     * @param system       the system
     * @param halfWidth    each perturbable impact moved by an integer in [−halfWidth, halfWidth] (per-judgement
     *                     spreads: the largest)
     * @param includeZeros whether cells judged 0 were perturbed
     * @param tolerance    the inconsistency admitted
     * @param draws        number of random matrices
     * @param seed         the seed of the draws
     * @param counts       for each scenario found at least once, the number of draws in which it was consistent
     * @param nominal      scenarios within the tolerance for the matrix as judged
     * @throws NullPointerException     when the system is null
     * @throws IllegalArgumentException when a count lies outside [0, draws]
     */
    public UncertaintySample {
        Objects.requireNonNull(system, "system");
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
        nominal = List.copyOf(nominal);
        for (Map.Entry<CibScenario, Integer> e : counts.entrySet()) {
            if (e.getValue() < 0 || e.getValue() > draws) {
                throw new IllegalArgumentException("scenario " + e.getKey() + " counted in " + e.getValue()
                        + " draws; counts lie in [0, " + draws + "]");
            }
        }
    }

    /**
     * Share of draws in which {@code s} was consistent (0 when never).
     *
     * @param s the scenario
     * @return the share of draws, in [0, 1], in which {@code s} was consistent
     */
    public double frequency(CibScenario s) {
        return counts.getOrDefault(s, 0) / (double) draws;
    }

    /**
     * Table {@value #TABLE}: {@code scenario}, {@code variants}, {@code draws_consistent}, {@code share},
     * {@code nominal}; one row per scenario consistent in the judged matrix or in some draw, lexicographic.
     *
     * @return the sample table, one row per scenario consistent in the judged matrix or in some draw
     */
    public Table table() {
        TreeMap<CibScenario, Integer> all = new TreeMap<>(counts);
        nominal.forEach(s -> all.putIfAbsent(s, 0));
        StringColumn scenario = StringColumn.create("scenario");
        StringColumn variants = StringColumn.create("variants");
        IntColumn n = IntColumn.create("draws_consistent");
        DoubleColumn share = DoubleColumn.create("share");
        BooleanColumn nom = BooleanColumn.create("nominal");
        all.forEach((s, c) -> {
            scenario.append(s.toOneBased());
            variants.append(system.describe(s, "en"));
            n.append(c);
            share.append(c / (double) draws);
            nom.append(nominal.contains(s));
        });
        return Table.create(TABLE, scenario, variants, n, share, nom);
    }
}
