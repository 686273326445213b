package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Exact effect of judgement intervals ± halfWidth on consistency (see {@link JudgementUncertainty}).
 * Robust ⊆ nominal ⊆ possible.
 *
 * @param system       the system
 * @param halfWidth    each perturbable impact lies within ± halfWidth (per-judgement spreads: the largest)
 * @param includeZeros whether cells judged 0 were perturbable
 * @param tolerance    the inconsistency admitted
 * @param nominal      scenarios with IC &le; tolerance for the matrix as judged
 * @param robust       scenarios within the tolerance for every admissible matrix
 * @param possible     scenarios within the tolerance for at least one admissible matrix
 */
public record UncertaintyBounds(CrossImpactSystem system, int halfWidth, boolean includeZeros, int tolerance,
                                List<CibScenario> nominal, List<CibScenario> robust, List<CibScenario> possible) {

    /** Name of the table returned by {@link #table()}. */
    public static final String TABLE = "cib-uncertainty-bounds";

    /**
     * Checks the parts.
     *
     * @param system       the system
     * @param halfWidth    each perturbable impact lies within ± halfWidth (per-judgement spreads: the largest)
     * @param includeZeros whether cells judged 0 were perturbable
     * @param tolerance    the inconsistency admitted
     * @param nominal      scenarios with IC &le; tolerance for the matrix as judged
     * @param robust       scenarios within the tolerance for every admissible matrix
     * @param possible     scenarios within the tolerance for at least one admissible matrix
     * @throws NullPointerException     when the system is null
     * @throws IllegalArgumentException when a robust scenario is not nominal or a nominal one not possible
     */
    public UncertaintyBounds {
        Objects.requireNonNull(system, "system");
        nominal = List.copyOf(nominal);
        robust = List.copyOf(robust);
        possible = List.copyOf(possible);
        if (!possible.containsAll(nominal) || !nominal.containsAll(robust)) {
            throw new IllegalArgumentException("robust scenarios must be nominal ones and nominal ones possible");
        }
    }

    /**
     * Table {@value #TABLE}: one row per possible scenario, columns {@code scenario}, {@code variants},
     * {@code nominal}, {@code robust}.
     *
     * @return the bounds table, one row per possible scenario
     */
    public Table table() {
        StringColumn scenario = StringColumn.create("scenario");
        StringColumn variants = StringColumn.create("variants");
        BooleanColumn nom = BooleanColumn.create("nominal");
        BooleanColumn rob = BooleanColumn.create("robust");
        for (CibScenario s : possible) {
            scenario.append(s.toOneBased());
            variants.append(system.describe(s, "en"));
            nom.append(nominal.contains(s));
            rob.append(robust.contains(s));
        }
        return Table.create(TABLE, scenario, variants, nom, rob);
    }
}
