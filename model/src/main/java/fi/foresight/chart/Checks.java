package fi.foresight.chart;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Argument checks shared by the chart factories; messages say what is wrong and what would be valid. */
final class Checks {

    private Checks() {
    }

    static double[] finite(String name, double[] values) {
        Objects.requireNonNull(values, name);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] is " + values[i] + "; every value must be a finite number");
            }
        }
        return values;
    }

    static double[] nonEmptyFinite(String name, double[] values) {
        finite(name, values);
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " is empty; give at least one value");
        }
        return values;
    }

    static void sameLength(String nameA, int a, String nameB, int b) {
        if (a != b) {
            throw new IllegalArgumentException(nameA + " has " + a + " values but " + nameB + " has " + b
                    + "; they must have the same length");
        }
    }

    static <V> Map<String, V> nonEmpty(String name, Map<String, V> series) {
        Objects.requireNonNull(series, name);
        if (series.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty; give at least one series");
        }
        series.forEach((k, v) -> {
            Objects.requireNonNull(k, name + " has a null series name");
            Objects.requireNonNull(v, name + " has no values for series '" + k + "'");
        });
        return series;
    }

    static List<String> labels(String name, List<String> labels, int expected) {
        Objects.requireNonNull(labels, name);
        if (labels.size() != expected) {
            throw new IllegalArgumentException(
                    name + " has " + labels.size() + " entries but " + expected + " are needed");
        }
        for (int i = 0; i < labels.size(); i++) {
            Objects.requireNonNull(labels.get(i), name + "[" + i + "] is null");
        }
        return labels;
    }

    static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " (" + value + ") must be > 0");
        }
    }

    static double[] finiteOrNaN(double[] values) {
        java.util.Objects.requireNonNull(values, "values");
        for (double v : values) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("values must be finite (NaN for a missing one), got " + v);
            }
        }
        return values;
    }
}
