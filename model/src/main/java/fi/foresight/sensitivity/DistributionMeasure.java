package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * Moment-independent importance of one input for one outcome in one scenario × lever: how much the outcome's whole
 * distribution (not only its variance) shifts when the input is known. Both measures stay meaningful when drivers
 * are correlated, since they condition on the input as sampled.
 *
 * @param scenario    scenario id
 * @param lever       lever id
 * @param outcome     outcome column
 * @param variable    input id: a driver, or {@code weight:panel:driver}
 * @param label       the input's human label (the driver's label when known, else its name)
 * @param delta       Borgonovo's δ, bias-corrected: half the expected L1 distance between the outcome's density and
 *                    its density given the input, in [0, 1] (0: the outcome does not depend on the input)
 * @param deltaLow    lower end of δ's bootstrap interval (NaN without resamples)
 * @param deltaHigh   upper end of δ's bootstrap interval (NaN without resamples)
 * @param pawnMinimum smallest Kolmogorov–Smirnov distance over the input's slices
 * @param pawnMean    mean KS distance over the slices
 * @param pawnMedian  median KS distance over the slices (the usual PAWN index), in [0, 1]
 * @param pawnMaximum largest KS distance over the slices
 * @param pawnCv      coefficient of variation of the KS distances over the slices
 */
public record DistributionMeasure(String scenario, String lever, String outcome, String variable, String label,
                                  double delta, double deltaLow, double deltaHigh, double pawnMinimum,
                                  double pawnMean, double pawnMedian, double pawnMaximum, double pawnCv) {
    /**
     * Checks the parts; a null label becomes the variable id.
     *
     * @param scenario    scenario id
     * @param lever       lever id
     * @param outcome     outcome column
     * @param variable    input id
     * @param label       the input's human label
     * @param delta       Borgonovo's δ, bias-corrected
     * @param deltaLow    lower end of δ's bootstrap interval (NaN without resamples)
     * @param deltaHigh   upper end of δ's bootstrap interval (NaN without resamples)
     * @param pawnMinimum smallest KS distance over the slices
     * @param pawnMean    mean KS distance over the slices
     * @param pawnMedian  median KS distance over the slices
     * @param pawnMaximum largest KS distance over the slices
     * @param pawnCv      coefficient of variation of the KS distances over the slices
     * @throws NullPointerException when the scenario, lever, outcome or variable is null
     */
    public DistributionMeasure {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(lever, "lever");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variable, "variable");
        label = label == null ? variable : label;
    }
}
