package fi.foresight.distributions;

/**
 * The closed range [min, max] that holds every possible value of a distribution; either end may be infinite.
 *
 * @param min smallest possible value, or {@code -Infinity}
 * @param max largest possible value, or {@code +Infinity}; not below {@code min}
 */
public record Support(double min, double max) {
    /**
     * Checks the ends.
     *
     * @param min smallest possible value, or {@code -Infinity}
     * @param max largest possible value, or {@code +Infinity}; not below {@code min}
     * @throws IllegalArgumentException when an end is NaN or {@code min > max}
     */
    public Support {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("support [" + min + ", " + max + "] is empty; min must be <= max");
        }
    }

    /**
     * True when both ends are finite.
     *
     * @return whether both ends are finite
     */
    public boolean isBounded() {
        return Double.isFinite(min) && Double.isFinite(max);
    }

    /**
     * True when {@code x} lies in [min, max].
     *
     * @param x a value
     * @return whether {@code x} lies in the support
     */
    public boolean contains(double x) {
        return x >= min && x <= max;
    }
}
