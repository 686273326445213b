package fi.foresight.cib;

import fi.foresight.model.CibScenario;
import java.util.Objects;

/**
 * The CIB measures of one scenario (Weimer-Jehle): consistency value CV (the smallest margin by which a chosen
 * variant beats the best rival of its descriptor; negative when some descriptor prefers another variant),
 * inconsistency IC (the largest shortfall of a chosen variant against the best of its descriptor; 0 means
 * consistent) and total impact score TIS (the sum of the chosen variants' impact balances).
 *
 * @param scenario          the scenario
 * @param consistencyValue  CV = min over descriptors of (balance of chosen − best balance of the other variants)
 * @param inconsistency     IC = max over descriptors of (best balance − balance of chosen), &ge; 0
 * @param totalImpactScore  TIS = sum over descriptors of the balance of the chosen variant
 */
public record ScenarioScore(CibScenario scenario, int consistencyValue, int inconsistency, int totalImpactScore) {

    /**
     * Checks the parts.
     *
     * @param scenario          the scenario
     * @param consistencyValue  CV = min over descriptors of (balance of chosen − best balance of the other variants)
     * @param inconsistency     IC = max over descriptors of (best balance − balance of chosen), &ge; 0
     * @param totalImpactScore  TIS = sum over descriptors of the balance of the chosen variant
     * @throws NullPointerException     when the scenario is null
     * @throws IllegalArgumentException when the inconsistency is negative
     */
    public ScenarioScore {
        Objects.requireNonNull(scenario, "scenario");
        if (inconsistency < 0) {
            throw new IllegalArgumentException("inconsistency " + inconsistency + " < 0; it is a shortfall, >= 0");
        }
    }

    /**
     * True when IC = 0: every chosen variant has a maximal impact balance in its descriptor.
     *
     * @return true when the inconsistency is 0
     */
    public boolean isConsistent() {
        return inconsistency == 0;
    }
}
