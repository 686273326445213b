package fi.foresight.model;

/**
 * The range a driver is scaled from when it enters a weighted index: {@code min} maps to 0 and {@code max} to 1;
 * values outside are clamped.
 *
 * @param min the value scaled to 0; finite
 * @param max the value scaled to 1; finite and above {@code min}
 */
public record Range(double min, double max) {
    /**
     * Checks the ends.
     *
     * @param min the value scaled to 0; finite
     * @param max the value scaled to 1; finite and above {@code min}
     * @throws IllegalArgumentException when an end is not finite or {@code min >= max}
     */
    public Range {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "] must have finite ends");
        }
        if (!(min < max)) {
            throw new IllegalArgumentException("range min (" + min + ") must be < max (" + max + ")");
        }
    }

    /**
     * The range from {@code min} to {@code max}.
     *
     * @param min the value scaled to 0
     * @param max the value scaled to 1; greater than {@code min}
     * @return the range
     * @throws IllegalArgumentException when an end is not finite or {@code min >= max}
     */
    public static Range of(double min, double max) {
        return new Range(min, max);
    }

    /**
     * {@code (x - min) / (max - min)} clamped to [0, 1].
     *
     * @param x the value to scale
     * @return where {@code x} lies between min (0) and max (1), clamped to [0, 1]
     */
    public double scale(double x) {
        double s = (x - min) / (max - min);
        return s < 0 ? 0 : (s > 1 ? 1 : s);
    }
}
