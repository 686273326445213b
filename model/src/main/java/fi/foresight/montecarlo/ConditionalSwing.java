package fi.foresight.montecarlo;

import java.util.Objects;

/**
 * One bar of a conditional tornado: how far the outcome's mean (or the tornado's percentile, see
 * {@link ConditionalTornado#statistic()}) moves between the input's bins, from the bin where it is lowest to the
 * bin where it is highest (bins with fewer than {@value ConditionalTornado#MIN_BIN_SAMPLES} samples left out).
 *
 * @param outcome     outcome column
 * @param variable    input id
 * @param lowBin      the bin with the lowest mean or percentile (1 = the input's lowest values)
 * @param low         the outcome's mean or percentile there
 * @param highBin     the bin with the highest mean or percentile
 * @param high        the outcome's mean or percentile there
 * @param swing       {@code high - low}
 * @param valueBins   whether the bins are the input's single values (an event or a discrete input), else deciles
 */
public record ConditionalSwing(String outcome, String variable, int lowBin, double low, int highBin, double high,
                               double swing, boolean valueBins) {
    /**
     * Checks the parts.
     *
     * @param outcome   outcome column
     * @param variable  input id
     * @param lowBin    the bin with the lowest mean
     * @param low       the outcome's mean there
     * @param highBin   the bin with the highest mean
     * @param high      the outcome's mean there
     * @param swing     {@code high - low}
     * @param valueBins whether the bins are the input's single values
     * @throws NullPointerException when the outcome or variable is null
     */
    public ConditionalSwing {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variable, "variable");
    }
}
