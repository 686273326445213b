package fi.foresight.sensitivity;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings of one distribution-based sensitivity analysis, frozen when it runs
 * ({@link DistributionSensitivity#run()}), so changes to the builder while it runs cannot reach it.
 *
 * @param labels     input column → label
 * @param resamples  bootstrap resamples of δ
 * @param confidence the intervals' confidence level
 * @param slices     PAWN slices
 * @param seed       the seed of the bootstrap resamples
 * @param threads    worker threads (never change the numbers)
 */
record DistributionSettings(Map<String, String> labels, int resamples, double confidence, int slices, long seed,
                            int threads) {
    DistributionSettings {
        labels = Collections.unmodifiableMap(new HashMap<>(labels));
    }
}
