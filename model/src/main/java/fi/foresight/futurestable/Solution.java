package fi.foresight.futurestable;

import fi.foresight.model.Configuration;
import java.util.Objects;

/**
 * A consistent configuration of a futures table with the sum of its pair scores.
 *
 * @param configuration the states chosen
 * @param score         sum of the cross-consistency scores of all its pairs
 */
public record Solution(Configuration configuration, int score) {
    /**
     * Checks the parts.
     *
     * @param configuration the states chosen
     * @param score         sum of the cross-consistency scores of all its pairs
     * @throws NullPointerException when the configuration is null
     */
    public Solution {
        Objects.requireNonNull(configuration, "configuration");
    }
}
