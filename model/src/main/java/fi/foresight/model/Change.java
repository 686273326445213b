package fi.foresight.model;

import fi.foresight.distributions.Distribution;
import java.util.Objects;

/**
 * One change a scenario or lever makes to the base model (an override of an assumption). Changes apply in order, the scenario's first and
 * then the lever's: {@link SetDistribution} replaces a driver's distribution (and resets earlier shifts and
 * scalings of it), {@link Shift} adds to and {@link Scale} multiplies every drawn value, {@link SetWeight}
 * replaces a weight.
 */
public sealed interface Change {
    /**
     * The driver this override acts on.
     *
     * @return the id of the driver whose distribution, drawn values or panel weight this change acts on
     */
    String driver();

    /**
     * Replaces a driver's distribution; a fixed value is {@code Fixed.of(v)}.
     *
     * @param driver       the driver id
     * @param distribution its new distribution
     */
    record SetDistribution(String driver, Distribution distribution) implements Change {
        /**
         * Checks the parts.
         *
         * @param driver       the driver id
         * @param distribution its new distribution
         * @throws NullPointerException when {@code driver} or {@code distribution} is null
         */
        public SetDistribution {
            Objects.requireNonNull(driver, "driver");
            Objects.requireNonNull(distribution, "distribution");
        }
    }

    /**
     * Adds {@code amount} to every drawn value of the driver.
     *
     * @param driver the driver id
     * @param amount what is added, in the driver's unit; finite
     */
    record Shift(String driver, double amount) implements Change {
        /**
         * Checks the parts.
         *
         * @param driver the driver id
         * @param amount what is added, in the driver's unit; finite
         * @throws NullPointerException     when {@code driver} is null
         * @throws IllegalArgumentException when {@code amount} is not finite
         */
        public Shift {
            Objects.requireNonNull(driver, "driver");
            if (!Double.isFinite(amount)) {
                throw new IllegalArgumentException("shift of '" + driver + "' is " + amount + "; must be a finite number");
            }
        }
    }

    /**
     * Multiplies every drawn value of the driver by {@code factor}.
     *
     * @param driver the driver id
     * @param factor the multiplier (1.1 for +10 %); finite
     */
    record Scale(String driver, double factor) implements Change {
        /**
         * Checks the parts.
         *
         * @param driver the driver id
         * @param factor the multiplier (1.1 for +10 %); finite
         * @throws NullPointerException     when {@code driver} is null
         * @throws IllegalArgumentException when {@code factor} is not finite
         */
        public Scale {
            Objects.requireNonNull(driver, "driver");
            if (!Double.isFinite(factor)) {
                throw new IllegalArgumentException("scale of '" + driver + "' is " + factor + "; must be a finite number");
            }
        }
    }

    /**
     * Replaces the weight of {@code driver} in {@code panel} ({@code "*"} for every panel); the panel's weights are
     * normalised again afterwards when it normalises.
     *
     * @param panel  the panel id, or {@value #ALL_PANELS} for every panel
     * @param driver the driver id
     * @param weight the new weight; finite
     */
    record SetWeight(String panel, String driver, double weight) implements Change {
        /** The panel id meaning "every panel". */
        public static final String ALL_PANELS = "*";

        /**
         * Checks the parts.
         *
         * @param panel  the panel id, or {@value #ALL_PANELS} for every panel
         * @param driver the driver id
         * @param weight the new weight; finite
         * @throws NullPointerException     when {@code panel} or {@code driver} is null
         * @throws IllegalArgumentException when {@code weight} is not finite
         */
        public SetWeight {
            Objects.requireNonNull(panel, "panel");
            Objects.requireNonNull(driver, "driver");
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException("weight of '" + driver + "' is " + weight + "; must be a finite number");
            }
        }
    }
}
