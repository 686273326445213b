package fi.foresight.model;

import java.util.Objects;

/**
 * The name of one uncertain input of an evaluation, as sensitivity tables and value-of-information tables write it:
 * a driver ({@code attitude_climate}), or the uncertain weight a panel gives a driver
 * ({@code weight:entrepreneurs:attitude_climate}). {@link #parse(String)} and {@link #key()} are the one reading and
 * the one writing of that name: {@code parse(id.key())} equals {@code id}, and {@code parse(text).key()} equals
 * {@code text} for every text.
 *
 * <p>Model ids never hold {@code ':'} ({@link Ids}), so a panel weight's name splits unambiguously; a text that is
 * not of the weight form ({@code weight:} followed by a panel, {@code ':'} and a driver) is read as a driver's id as
 * written, so labels fall back to the text itself.
 *
 * <pre>{@code
 * InputId.parse("weight:youth:trust")    // PanelWeight[panel=youth, driver=trust]
 * InputId.weight("youth", "trust").key() // "weight:youth:trust"
 * InputId.parse("trust")                 // DriverInput[driver=trust]
 * }</pre>
 */
public sealed interface InputId permits InputId.DriverInput, InputId.PanelWeight {
    /** What the name of a panel weight starts with. */
    String WEIGHT_PREFIX = "weight:";

    /**
     * The name as tables write it.
     *
     * @return the driver id, or {@code weight:panel:driver}
     */
    String key();

    /**
     * The driver the input belongs to: the driver itself, or the driver a panel weight weighs.
     *
     * @return the driver id
     */
    String driver();

    /**
     * A driver input.
     *
     * @param driver the driver id
     * @return the id
     */
    static InputId driver(String driver) {
        return new DriverInput(driver);
    }

    /**
     * A panel's uncertain weight of a driver.
     *
     * @param panel  the panel id
     * @param driver the driver id
     * @return the id
     */
    static InputId weight(String panel, String driver) {
        return new PanelWeight(panel, driver);
    }

    /**
     * Reads an input's name: {@code weight:panel:driver} is a panel weight (split at the first two {@code ':'}),
     * any other text a driver.
     *
     * @param name the name as a table writes it
     * @return the id whose {@link #key()} is {@code name}
     * @throws NullPointerException when the name is null
     */
    static InputId parse(String name) {
        Objects.requireNonNull(name, "name");
        if (name.startsWith(WEIGHT_PREFIX)) {
            int colon = name.indexOf(':', WEIGHT_PREFIX.length());
            if (colon >= 0) {
                return new PanelWeight(name.substring(WEIGHT_PREFIX.length(), colon), name.substring(colon + 1));
            }
        }
        return new DriverInput(name);
    }

    /**
     * A driver of the model (after the scenario's and lever's overrides).
     *
     * @param driver the driver id; not of the weight form
     */
    record DriverInput(String driver) implements InputId {
        /**
         * Checks the id.
         *
         * @param driver the driver id
         * @throws NullPointerException     when it is null
         * @throws IllegalArgumentException when it reads as a panel weight ({@code weight:panel:driver})
         */
        public DriverInput {
            Objects.requireNonNull(driver, "driver");
            if (driver.startsWith(WEIGHT_PREFIX) && driver.indexOf(':', WEIGHT_PREFIX.length()) >= 0) {
                throw new IllegalArgumentException("driver id '" + driver + "' reads as a panel weight");
            }
        }

        /**
         * The driver id.
         *
         * @return the driver id
         */
        @Override
        public String key() {
            return driver;
        }

        /**
         * The name as tables write it.
         *
         * @return {@link #key()}
         */
        @Override
        public String toString() {
            return key();
        }
    }

    /**
     * A panel's uncertain weight of a driver (a Dirichlet draws one gamma variate per weight).
     *
     * @param panel  the panel id; without {@code ':'}
     * @param driver the driver id the weight belongs to
     */
    record PanelWeight(String panel, String driver) implements InputId {
        /**
         * Checks the parts.
         *
         * @param panel  the panel id
         * @param driver the driver id
         * @throws NullPointerException     when either is null
         * @throws IllegalArgumentException when the panel id holds {@code ':'} (the name would not read back)
         */
        public PanelWeight {
            Objects.requireNonNull(panel, "panel");
            Objects.requireNonNull(driver, "driver");
            if (panel.indexOf(':') >= 0) {
                throw new IllegalArgumentException("panel id '" + panel + "' holds ':'");
            }
        }

        /**
         * The name as tables write it.
         *
         * @return {@code weight:panel:driver}
         */
        @Override
        public String key() {
            return WEIGHT_PREFIX + panel + ":" + driver;
        }

        /**
         * The name as tables write it.
         *
         * @return {@link #key()}
         */
        @Override
        public String toString() {
            return key();
        }
    }
}
