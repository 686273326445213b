package fi.foresight.model;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Fixed;

/**
 * A qualitative alternative that may imply changes of the model's drivers: a CIB {@link Variant} or a futures-table
 * {@link State}. The bridge turns a consistent scenario (configuration) into an ordinary scenario whose overrides
 * are those of its alternatives. The shortcuts below each add one {@link Change} through {@link #with(Change)}.
 *
 * <pre>{@code
 * Variant open = new Variant("open", "Open", "Avoin")
 *         .set("spb_access", Pert.of(0.6, 0.8, 0.95))
 *         .shift("readiness", 0.05);
 * }</pre>
 *
 * @param <T> the alternative's own type
 */
public interface ImpliesChanges<T extends ImpliesChanges<T>> {

    /**
     * This alternative with one more override.
     *
     * @param change the override
     * @return the changed copy
     */
    T with(Change change);

    /**
     * Implies a new distribution for a driver.
     *
     * @param driver       the driver id
     * @param distribution its distribution in futures with this alternative
     * @return the changed copy
     */
    default T set(String driver, Distribution distribution) {
        return with(new Change.SetDistribution(driver, distribution));
    }

    /**
     * Implies a fixed value for a driver.
     *
     * @param driver the driver id
     * @param value  its value in futures with this alternative
     * @return the changed copy
     */
    default T set(String driver, double value) {
        return with(new Change.SetDistribution(driver, Fixed.of(value)));
    }

    /**
     * Implies a shift of a driver's drawn values.
     *
     * @param driver the driver id
     * @param amount what is added, in the driver's unit; finite
     * @return the changed copy
     * @throws IllegalArgumentException when {@code amount} is not finite
     */
    default T shift(String driver, double amount) {
        return with(new Change.Shift(driver, amount));
    }

    /**
     * Implies a scaling of a driver's drawn values.
     *
     * @param driver the driver id
     * @param factor the multiplier; finite
     * @return the changed copy
     * @throws IllegalArgumentException when {@code factor} is not finite
     */
    default T scale(String driver, double factor) {
        return with(new Change.Scale(driver, factor));
    }

    /**
     * Implies a weight of a driver in a panel ({@code "*"}: every panel).
     *
     * @param panel  the panel id, or {@code "*"} for every panel
     * @param driver the driver id
     * @param weight the new weight; finite
     * @return the changed copy
     * @throws IllegalArgumentException when {@code weight} is not finite
     */
    default T weight(String panel, String driver, double weight) {
        return with(new Change.SetWeight(panel, driver, weight));
    }
}
