package fi.foresight.model;

import java.util.Objects;

/**
 * A target Spearman rank correlation between two drivers.
 *
 * @param a   a driver id
 * @param b   another driver id
 * @param rho the target rank correlation, in [-1, 1]
 */
public record Correlation(String a, String b, double rho) {
    /**
     * Checks the parts.
     *
     * @param a   a driver id
     * @param b   another driver id
     * @param rho the target rank correlation, in [-1, 1]
     * @throws NullPointerException     when a driver id is null
     * @throws IllegalArgumentException when both ids are the same or {@code rho} is outside [-1, 1]
     */
    public Correlation {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a correlation needs two different variables, got '" + a + "' twice");
        }
        if (!(rho >= -1 && rho <= 1)) {
            throw new IllegalArgumentException("rank correlation between " + a + " and " + b + " is " + rho
                    + "; must be in [-1, 1]");
        }
    }
}
