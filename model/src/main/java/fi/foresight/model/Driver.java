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
    /**
     * Checks the id and fills the defaults (label = id, no sources, {@link TimeProcess#hold()}).
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
     * @throws IllegalArgumentException when {@code id} is not a valid expression name (a letter or '_' followed by
     *                                  letters, digits or '_')
     * @throws NullPointerException     when {@code distribution} is null
     */
    public Driver {
        Ids.check(id, "variable");
        Objects.requireNonNull(distribution, "distribution");
        label = label == null || label.isBlank() ? id : label;
        sources = sources == null ? List.of() : List.copyOf(sources);
        process = process == null ? TimeProcess.hold() : process;
    }

    /**
     * A static driver (no process).
     *
     * @param id           identifier used in expressions, weights and overrides
     * @param label        English label (defaults to the id)
     * @param labelFi      Finnish label, or null
     * @param unit         unit of the value, or null
     * @param category     free-text category, e.g. a PESTE class or a strategy theme, or null
     * @param distribution the uncertain value
     * @param range        the range used to scale into a weighted index; null means the distribution's support
     * @param sources      provenance ids, declared in the model's {@code sources}
     */
    public Driver(String id, String label, String labelFi, String unit, String category,
                  Distribution distribution, Range range, List<String> sources) {
        this(id, label, labelFi, unit, category, distribution, range, sources, null);
    }

    /**
     * A driver with only an id and a distribution; add labels, unit and sources with the fluent methods.
     *
     * @param id           identifier used in expressions, weights and overrides
     * @param distribution the uncertain value, e.g. {@code Triangular.of(0.3, 0.5, 0.7)}
     * @return the driver
     * @throws IllegalArgumentException when {@code id} is not a valid expression name
     */
    public static Driver of(String id, Distribution distribution) {
        return new Driver(id, null, null, null, null, distribution, null, List.of(), null);
    }

    /**
     * The same driver moving by {@code process} over the horizon (see {@link TimeProcess}).
     *
     * @param process the process, e.g. {@code TimeProcess.growth(0.02)}
     * @return the changed copy
     */
    public Driver process(TimeProcess process) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    /**
     * True when the driver has a process other than {@link TimeProcess#hold()}.
     *
     * @return whether the value moves over the horizon
     */
    public boolean isTimeVarying() {
        return !(process instanceof TimeProcess.Hold);
    }

    /**
     * The same driver with another English label.
     *
     * @param label the label; null or blank means the id
     * @return the changed copy
     */
    public Driver label(String label) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    /**
     * The same driver with another Finnish label.
     *
     * @param labelFi the Finnish label, or null
     * @return the changed copy
     */
    public Driver labelFi(String labelFi) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    /**
     * The same driver with another unit (shown in reports only).
     *
     * @param unit the unit, e.g. {@code "share"} or {@code "MEUR"}, or null
     * @return the changed copy
     */
    public Driver unit(String unit) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    /**
     * The same driver in another category (e.g. a PESTE class), used to group drivers in reports.
     *
     * @param category the category, or null
     * @return the changed copy
     */
    public Driver category(String category) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    /**
     * The same driver with a declared scaling range: a weighted index maps {@code min} to 0 and {@code max} to 1.
     *
     * @param min the value scaled to 0
     * @param max the value scaled to 1
     * @return the changed copy
     * @throws IllegalArgumentException when the range is not valid (see {@link Range#of(double, double)})
     */
    public Driver range(double min, double max) {
        return new Driver(id, label, labelFi, unit, category, distribution, Range.of(min, max), sources, process);
    }

    /**
     * The same driver with these provenance ids (replacing earlier ones).
     *
     * @param sources ids declared in the model's {@code sources}
     * @return the changed copy
     */
    public Driver sources(String... sources) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, List.of(sources), process);
    }

    /**
     * The same driver with another uncertain value.
     *
     * @param distribution the new distribution
     * @return the changed copy
     */
    public Driver distribution(Distribution distribution) {
        return new Driver(id, label, labelFi, unit, category, distribution, range, sources, process);
    }

    /**
     * The range used for scaling: the declared one, else the distribution's support when it is bounded and not
     * a single point; null when neither exists (the model then rejects the driver in a weighted index).
     *
     * @return the range, or null
     */
    public Range scalingRange() {
        if (range != null) {
            return range;
        }
        var s = distribution.support();
        return s.isBounded() && s.min() < s.max() ? new Range(s.min(), s.max()) : null;
    }

    /**
     * The label in a language: the Finnish one for {@code "fi"} where given, else the English one.
     *
     * @param language a language code such as {@code en} or {@code fi}
     * @return the label (never null)
     */
    public String labelIn(String language) {
        return Texts.in(language, label(), labelFi());
    }
}
