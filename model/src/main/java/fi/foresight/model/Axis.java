package fi.foresight.model;

import java.util.Objects;

/**
 * A key uncertainty of a scenario cross with its two poles, e.g. "climate policy": "weak" / "strong".
 *
 * @param name  the uncertainty
 * @param first one pole
 * @param second the other pole
 */
public record Axis(String name, String first, String second) {
    /**
     * Checks the parts.
     *
     * @param name  the uncertainty
     * @param first one pole
     * @param second the other pole
     * @throws NullPointerException     when the name or a pole is null
     * @throws IllegalArgumentException when the name or a pole is blank or both poles are the same
     */
    public Axis {
        Objects.requireNonNull(name, "axis name");
        Objects.requireNonNull(first, "first pole of " + name);
        Objects.requireNonNull(second, "second pole of " + name);
        if (name.isBlank() || first.isBlank() || second.isBlank()) {
            throw new IllegalArgumentException("axis \"" + name + "\" needs a name and two non-blank poles");
        }
        if (first.equals(second)) {
            throw new IllegalArgumentException("axis " + name + " has the same pole \"" + first + "\" twice; the poles "
                    + "of a key uncertainty must differ");
        }
    }

    /**
     * True when {@code pole} is one of the two poles.
     *
     * @param pole the pole text to look for
     * @return true when {@code pole} equals the first or the second pole
     */
    public boolean has(String pole) {
        return first.equals(pole) || second.equals(pole);
    }
}
