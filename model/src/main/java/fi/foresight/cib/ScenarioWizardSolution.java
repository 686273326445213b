package fi.foresight.cib;

import fi.foresight.model.CibScenario;
import java.util.Objects;

/**
 * One line of a ScenarioWizard solution file ({@code .sl}): a consistent scenario with the count N of start
 * scenarios that reached it (succession basin or Monte Carlo hits; ScenarioWizard prints it to 7 significant
 * digits, so large counts are rounded) and its CV, IC and TIS.
 *
 * @param scenario          the scenario (0-based inside, 1-based in the file)
 * @param count             N as printed
 * @param consistencyValue  CV
 * @param inconsistency     IC
 * @param totalImpactScore  TIS
 */
public record ScenarioWizardSolution(CibScenario scenario, double count, int consistencyValue, int inconsistency,
                                     int totalImpactScore) {

    /**
     * Checks the parts.
     *
     * @param scenario          the scenario (0-based inside, 1-based in the file)
     * @param count             N as printed
     * @param consistencyValue  CV
     * @param inconsistency     IC
     * @param totalImpactScore  TIS
     * @throws NullPointerException     when the scenario is null
     * @throws IllegalArgumentException when the count is negative or NaN
     */
    public ScenarioWizardSolution {
        Objects.requireNonNull(scenario, "scenario");
        if (!(count >= 0)) {
            throw new IllegalArgumentException("count N = " + count + "; it must be a number >= 0");
        }
    }

    /**
     * The CV, IC and TIS of this line as a score.
     *
     * @return the score of this solution's scenario
     */
    public ScenarioScore score() {
        return new ScenarioScore(scenario, consistencyValue, inconsistency, totalImpactScore);
    }
}
