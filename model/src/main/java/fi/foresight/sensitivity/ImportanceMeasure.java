package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * Sampling-based importance of one input for one outcome in one scenario × lever.
 *
 * @param scenario scenario id
 * @param lever    lever id
 * @param outcome  outcome column
 * @param variable input id: a driver, or {@code weight:panel:driver}
 * @param label    the input's human label (the driver's label when known, else its name)
 * @param spearman Spearman rank correlation of input and outcome (monotone association, in [-1, 1])
 * @param src      standardised regression coefficient: the linear regression coefficient of the outcome on all
 *                 inputs, times sd(input) / sd(outcome); for a linear model with independent inputs its square is
 *                 the input's share of the variance
 * @param rSquared R² of that regression (the same for every input of an outcome): how linear the model is; SRCs
 *                 mean little when it is low
 */
public record ImportanceMeasure(String scenario, String lever, String outcome, String variable, String label,
                                double spearman, double src, double rSquared) {
    /**
     * Checks the parts; a null label becomes the variable id.
     *
     * @param scenario scenario id
     * @param lever    lever id
     * @param outcome  outcome column
     * @param variable input id: a driver, or {@code weight:panel:driver}
     * @param label    the input's human label (the driver's label when known, else its name)
     * @param spearman Spearman rank correlation of input and outcome (monotone association, in [-1, 1])
     * @param src      standardised regression coefficient: the linear regression coefficient of the outcome on all
     *                 inputs, times sd(input) / sd(outcome); for a linear model with independent inputs its square is
     *                 the input's share of the variance
     * @param rSquared R² of that regression (the same for every input of an outcome): how linear the model is; SRCs
     *                 mean little when it is low
     * @throws NullPointerException when the scenario, lever, outcome or variable is null
     */
    public ImportanceMeasure {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(lever, "lever");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variable, "variable");
        label = label == null ? variable : label;
    }
}
