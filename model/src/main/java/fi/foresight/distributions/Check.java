package fi.foresight.distributions;

/** Parameter checks shared by the distribution records; messages name the parameter, the fault and the fix. */
final class Check {
    private Check() {
    }

    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " (" + value + ") is not a finite number; " + name
                    + " must be finite");
        }
        return value;
    }

    static double positive(String name, double value) {
        finite(name, value);
        if (value <= 0) {
            throw new IllegalArgumentException(name + " (" + value + ") is not positive; " + name + " must be > 0");
        }
        return value;
    }

    static void ordered(String lowName, double low, String highName, double high) {
        if (!(low < high)) {
            throw new IllegalArgumentException(lowName + " (" + low + ") is not below " + highName + " (" + high
                    + "); " + lowName + " must be < " + highName);
        }
    }

    static void modeWithin(double min, double mode, double max) {
        if (mode < min || mode > max) {
            throw new IllegalArgumentException("mode (" + mode + ") is outside [min, max] = [" + min + ", " + max
                    + "]; mode must lie between min and max");
        }
    }

    static double probability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " (" + value + ") is outside [0, 1]; " + name
                    + " must be a probability between 0 and 1");
        }
        return value;
    }

    /** Validates the argument of {@link Distribution#quantile(double)}. */
    static double level(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p (" + p + ") is outside [0, 1]; a quantile needs a probability"
                    + " level between 0 and 1");
        }
        return p;
    }

    static void columns(double[] out, int n) {
        if (n < 0 || n > out.length) {
            throw new IllegalArgumentException("n (" + n + ") is outside [0, out.length] = [0, " + out.length
                    + "]; n must be a count of cells that fit in out");
        }
    }
}
