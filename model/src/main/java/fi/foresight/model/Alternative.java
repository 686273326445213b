package fi.foresight.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One alternative of a decision: a scenario × lever, written {@code scenario/lever} in tables (the weight
 * sensitivity's {@code alternative} column, its findings). {@link #parse(String)} and {@link #key()} are the one reading and the one
 * writing of that name: {@code parse(a.key())} holds {@code a}.
 *
 * <p>Scenario ids never hold {@code '/'} ({@link Ids}), so a name splits at its first {@code '/'}.
 *
 * <pre>{@code
 * Alternative.parse("open-east/training")   // Optional[scenario open-east, lever training]
 * new Alternative("base", "none").key()     // "base/none"
 * Alternative.parse("base")                 // Optional.empty: not an alternative's name
 * }</pre>
 *
 * @param scenario the scenario id; without {@code '/'}
 * @param lever    the lever id ({@link Lever#NONE} for no lever)
 */
public record Alternative(String scenario, String lever) {
    /** What separates the scenario from the lever in an alternative's name. */
    public static final char SEPARATOR = '/';

    /**
     * Checks the parts.
     *
     * @param scenario the scenario id
     * @param lever    the lever id
     * @throws NullPointerException     when either is null
     * @throws IllegalArgumentException when the scenario id holds {@code '/'} (the name would not read back)
     */
    public Alternative {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(lever, "lever");
        if (scenario.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("scenario id '" + scenario + "' holds '" + SEPARATOR + "'");
        }
    }

    /**
     * Reads an alternative's name, split at the first {@code '/'}.
     *
     * @param name the name as a table writes it
     * @return the alternative whose {@link #key()} is {@code name}, or empty when the name holds no {@code '/'}
     * @throws NullPointerException when the name is null
     */
    public static Optional<Alternative> parse(String name) {
        int slash = name.indexOf(SEPARATOR);
        return slash < 0 ? Optional.empty()
                : Optional.of(new Alternative(name.substring(0, slash), name.substring(slash + 1)));
    }

    /**
     * The name as tables write it.
     *
     * @return {@code scenario/lever}
     */
    public String key() {
        return scenario + SEPARATOR + lever;
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
