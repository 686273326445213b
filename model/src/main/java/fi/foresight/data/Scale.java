package fi.foresight.data;

import fi.foresight.model.Suggestions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The answer scale of one column: the range of numeric answers ({@code min}, {@code max}), the numbers that text
 * labels stand for ({@code labels}), or both. A label matches its cell with upper and lower case ignored and
 * blanks around it trimmed.
 *
 * <pre>{@code
 * Scale likert = Scale.range(1, 5);
 * Scale ready = Scale.labels(Map.of("not at all ready", 0.0, "fully ready", 1.0));
 * }</pre>
 *
 * @param min    the smallest valid answer, or NaN for none
 * @param max    the largest valid answer, or NaN for none
 * @param labels label → number, in the order written (empty for a purely numeric scale)
 */
public record Scale(double min, double max, Map<String, Double> labels) {

    /**
     * Checks the scale: a range, labels or both; {@code min < max}; every label's number finite and inside the range.
     *
     * @param min    the smallest valid answer, or NaN for none
     * @param max    the largest valid answer, or NaN for none
     * @param labels label → number, in the order written (null or empty for a purely numeric scale)
     * @throws IllegalArgumentException saying what is wrong and what would be valid
     */
    public Scale {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels == null ? Map.of() : labels));
        if (Double.isNaN(min) != Double.isNaN(max)) {
            throw new IllegalArgumentException("a scale has both min and max, or neither (with labels only)");
        }
        if (!Double.isNaN(min) && !(min < max)) {
            throw new IllegalArgumentException("min (" + num(min) + ") is not below max (" + num(max)
                    + "); min must be < max, e.g. {min: 1, max: 5}");
        }
        if (Double.isNaN(min) && labels.isEmpty()) {
            throw new IllegalArgumentException("a scale needs min and max, labels, or both, e.g. {min: 1, max: 5}"
                    + " or {labels: {\"not at all\": 1, \"very much\": 5}}");
        }
        var seen = new LinkedHashMap<String, String>();
        for (var e : labels.entrySet()) {
            if (e.getKey().isBlank()) {
                throw new IllegalArgumentException("a label is empty; an empty cell is a missing answer, not a label");
            }
            String folded = fold(e.getKey());
            if (seen.containsKey(folded)) {
                throw new IllegalArgumentException("the labels '" + seen.get(folded) + "' and '" + e.getKey()
                        + "' differ only in upper and lower case or blanks; labels match ignoring case, so give each"
                        + " once");
            }
            seen.put(folded, e.getKey());
            double v = e.getValue();
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the label '" + e.getKey() + "' stands for " + v
                        + "; a label stands for a finite number");
            }
            if (!Double.isNaN(min) && (v < min || v > max)) {
                throw new IllegalArgumentException("the label '" + e.getKey() + "' stands for " + num(v)
                        + ", outside the scale's range " + num(min) + " to " + num(max));
            }
        }
    }

    /**
     * A numeric scale from {@code min} to {@code max}.
     *
     * @param min the smallest valid answer
     * @param max the largest valid answer
     * @return the scale
     */
    public static Scale range(double min, double max) {
        return new Scale(min, max, Map.of());
    }

    /**
     * A scale of text labels, each standing for a number (numeric answers must be one of those numbers).
     *
     * @param labels label → number, in the order of the scale
     * @return the scale
     */
    public static Scale labels(Map<String, Double> labels) {
        return new Scale(Double.NaN, Double.NaN, labels);
    }

    /**
     * The number a label stands for, case and surrounding blanks ignored.
     *
     * @param text a cell's text
     * @return the number, or null when {@code text} is not a label
     */
    public Double label(String text) {
        String folded = fold(text);
        for (var e : labels.entrySet()) {
            if (fold(e.getKey()).equals(folded)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * Whether a numeric answer is on the scale: inside the range, or (labels only) one of the labels' numbers.
     *
     * @param value a numeric answer
     * @return true when valid
     */
    public boolean holds(double value) {
        if (!Double.isNaN(min)) {
            return value >= min && value <= max;
        }
        return labels.containsValue(value);
    }

    /**
     * What a valid answer is, for messages: {@code answers are from 1 to 5} or the labels with their numbers.
     *
     * @return the description
     */
    public String describe() {
        String range = Double.isNaN(min) ? "" : "numbers from " + num(min) + " to " + num(max);
        if (labels.isEmpty()) {
            return "answers are " + range;
        }
        String ls = labels.entrySet().stream().map(e -> "'" + e.getKey() + "' (" + num(e.getValue()) + ")")
                .collect(Collectors.joining(", "));
        return "answers are the labels " + ls + (range.isEmpty() ? " or their numbers" : " or " + range);
    }

    /**
     * {@code "; did you mean 'very ready'?"} for a text close to a label, else the empty string.
     *
     * @param text a cell's text that is not a label
     * @return the suggestion
     */
    public String suggest(String text) {
        return Suggestions.closest(fold(text), labels.keySet().stream().map(Scale::fold).toList())
                .map(f -> labels.keySet().stream().filter(k -> fold(k).equals(f)).findFirst().orElse(f))
                .map(k -> "; did you mean '" + k + "'?").orElse("");
    }

    static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A number as people write it: 3 rather than 3.0. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
