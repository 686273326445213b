package fi.foresight.discovery;

import java.util.List;
import java.util.Objects;

/**
 * The points that scenario discovery searches: one column per input ({@code x[k][i]}, input k in future i) and
 * whether each future meets the condition of interest. A categorical input (the scenario, the lever) holds the
 * index of its value in {@code levels.get(k)}; a numeric input has no levels.
 *
 * @param names  the input names
 * @param levels per input its category names, or an empty list for a numeric input (at most 64 categories)
 * @param x      {@code x[k][i]}: input k in future i
 * @param y      whether future i meets the condition of interest
 */
public record DiscoveryData(List<String> names, List<List<String>> levels, double[][] x, boolean[] y) {
    /** The most categories a categorical input may have. */
    public static final int MAX_LEVELS = 64;

    /**
     * Checks that the parts agree.
     *
     * @param names  the input names
     * @param levels per input its category names, or an empty list for a numeric input
     * @param x      {@code x[k][i]}: input k in future i
     * @param y      whether future i meets the condition of interest
     * @throws IllegalArgumentException when the sizes differ, a category index is out of range or a value is not
     *                                  finite
     */
    public DiscoveryData {
        names = List.copyOf(names);
        levels = levels.stream().map(List::copyOf).toList();
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (names.size() != levels.size() || names.size() != x.length) {
            throw new IllegalArgumentException(names.size() + " names, " + levels.size() + " level lists and "
                    + x.length + " columns; they must agree");
        }
        for (int k = 0; k < x.length; k++) {
            if (x[k].length != y.length) {
                throw new IllegalArgumentException("input '" + names.get(k) + "' has " + x[k].length
                        + " values for " + y.length + " futures");
            }
            int m = levels.get(k).size();
            if (m > MAX_LEVELS) {
                throw new IllegalArgumentException("input '" + names.get(k) + "' has " + m
                        + " categories; at most " + MAX_LEVELS);
            }
            for (double v : x[k]) {
                if (!Double.isFinite(v) || (m > 0 && (v < 0 || v >= m || v != Math.rint(v)))) {
                    throw new IllegalArgumentException("input '" + names.get(k) + "' has the value " + v
                            + (m > 0 ? "; categories are numbered 0 to " + (m - 1) : "; values must be finite"));
                }
            }
        }
    }

    /**
     * The number of futures.
     *
     * @return the count of points
     */
    public int size() {
        return y.length;
    }

    /**
     * The number of inputs.
     *
     * @return the count of columns
     */
    public int inputs() {
        return names.size();
    }

    /**
     * Whether input k is categorical.
     *
     * @param k an input index
     * @return true when it has categories
     */
    public boolean categorical(int k) {
        return !levels.get(k).isEmpty();
    }

    /**
     * The futures meeting the condition.
     *
     * @return the count of cases of interest
     */
    public int cases() {
        int c = 0;
        for (boolean b : y) {
            c += b ? 1 : 0;
        }
        return c;
    }
}
