package fi.foresight.distributions;

import java.util.Arrays;
import java.util.Comparator;

/** Array helpers for the point-mass families ({@link Discrete}, {@link Empirical}). */
final class Points {
    private Points() {
    }

    /** Copies of {@code values} and {@code weights}, both reordered by increasing value. */
    static double[][] sortByValue(double[] values, double[] weights) {
        if (allEqual(weights)) {
            // equal weights travel with no particular value: a primitive sort (Double.compare order, as below)
            double[] v = values.clone();
            Arrays.sort(v);
            return new double[][] {v, weights.clone()};
        }
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] v = new double[values.length];
        double[] w = new double[values.length];
        for (int i = 0; i < order.length; i++) {
            v[i] = values[order[i]];
            w[i] = weights[order[i]];
        }
        return new double[][] {v, w};
    }

    private static boolean allEqual(double[] weights) {
        for (int i = 1; i < weights.length; i++) {
            if (Double.doubleToLongBits(weights[i]) != Double.doubleToLongBits(weights[0])) {
                return false;
            }
        }
        return true;
    }

    /** Throws when two neighbours of a sorted array are equal. */
    static void requireDistinct(double[] sorted) {
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("value " + sorted[i] + " is listed twice; values must be"
                        + " distinct");
            }
        }
    }

    /** Weighted mean, weights need not be normalised. */
    static double mean(double[] values, double[] weights) {
        double total = 0;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            total += weights[i];
            sum += weights[i] * values[i];
        }
        return sum / total;
    }

    /** Weighted population variance (divides by the total weight), computed around the mean. */
    static double variance(double[] values, double[] weights) {
        double mean = mean(values, weights);
        double total = 0;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            double d = values[i] - mean;
            total += weights[i];
            sum += weights[i] * d * d;
        }
        return sum / total;
    }
}
