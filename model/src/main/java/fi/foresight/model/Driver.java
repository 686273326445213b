package fi.foresight.model;

import fi.foresight.distributions.Distribution;
import java.util.List;
import java.util.Objects;

/**
 * A driver (a variable of the model): something whose future value is uncertain and matters for the outcome.
 *
 * <pre>{@code
 * Driver readiness = Driver.of("readiness", Triangular.of(0.3, 0.5, 0.7))
 *     .label("Companies' readiness to internationalise").labelFi("Yritysten valmius")
 *     .unit("share").category("Economic").sources("S3");
 * }</pre>
 *
 * @param id           identifier used in expressions, weights and overrides
 * @param label        English label (defaults to the id)
 * @param labelFi      Finnish label, or null
 * @param unit         unit of the value, or null
 * @param category     free-text category, e.g. a PESTE class or a strategy theme, or null
 * @param distribution the uncertain value
 * @param range        the range used to scale into a weighted index; null means the distribution's support
 * @param sources      provenance ids, declared in the model's {@code sources}
 * @param process      how the value moves over the years of the model's horizon, starting from a draw of
 *                     {@code distribution}; {@link TimeProcess#hold()} (the default) keeps it
 */
public record Driver(String id, String label, String labelFi, String unit, String category,
                     Distribution distribution, Range range, List<String> sources, TimeProcess process) {
    public Driver {
        Ids.check(id, "variable");
        Objects.requireNonNull(distribution, "distribution");
        label = label == null || label.isBlank() ? id : label;
        sources = sources == null ? List.of() : List.copyOf(sources);
        process = process == null ? TimeProcess.hold() : process;
    }

    /** A static driver (no process). */
    public Driver(String id, String label, String labelFi, String unit, String category,
                  Distribution distribution, Range range, List<String> sources) {
        this(id, label, labelFi, unit, category, distribution, range, sources, null);
    }

    public static Driver of(String id, Distribution distribution) {
        return new Driver(id, null, null, null, null, distribution, null, List.of(), null);
    }

    /** The same driver moving by {@code process} over the horizon (see {@link TimeProcess}). */
    public Driver process(TimeProcess process) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    /** True when the driver has a process other than {@link TimeProcess#hold()}. */
    public boolean isTimeVarying() {
        return !(process instanceof TimeProcess.Hold);
    }

    public Driver label(String label) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    public Driver labelFi(String labelFi) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    public Driver unit(String unit) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    public Driver category(String category) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    public Driver range(double min, double max) {
        return new Driver(id, label, labelFi, unit, category, distribution, Range.of(min, max), sources, process);
    }

    public Driver sources(String... sources) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, List.of(sources), process);
    }

    public Driver distribution(Distribution distribution) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    /**
     * The range used for scaling: the declared one, else the distribution's support when it is bounded and not
     * a single point; null when neither exists (the model then rejects the driver in a weighted index).
     */
    public Range scalingRange() {
        if (range != null) {
            return range;
        }
        var s = distribution.support();
        return s.isBounded() && s.min() < s.max() ? new Range(s.min(), s.max()) : null;
    }
}
