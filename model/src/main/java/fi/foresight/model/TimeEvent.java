package fi.foresight.model;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Fixed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something that may happen in an uncertain year of the horizon and changes drivers from that year on: a
 * decision, a shock, a wild card. In each path the event happens with {@code probability}; if it does, its year
 * is drawn from {@code year} (rounded down to a whole year; a year before the horizon counts as its first year,
 * a year after it means the event does not happen on the horizon). From that year on each {@link Effect}
 * gives its driver a new value, a new process, a one-off jump (shift, scale), or several of these.
 *
 * <pre>{@code
 * TimeEvent closure = TimeEvent.of("east_closes", Discrete.of(new double[] {2022, 2023}, new double[] {0.7, 0.3}))
 *     .label("Eastern market closes").probability(0.4)
 *     .set("spb_access", 0.0)                               // value from the event year on
 *     .process("exports", TimeProcess.growth(-0.05));       // and a new process
 * }</pre>
 *
 * @param id          identifier
 * @param label       English label (defaults to the id)
 * @param labelFi     Finnish label, or null
 * @param description the story of the event, or null
 * @param descriptionFi the story in Finnish, or null
 * @param year        the distribution of the year in which it happens
 * @param probability the chance that it happens at all, in [0, 1]
 * @param effects     what it changes, in order
 * @param sources     provenance ids
 */
public record TimeEvent(String id, String label, String labelFi, String description, String descriptionFi,
                        Distribution year, double probability, List<Effect> effects, List<String> sources) {

    /**
     * Checks the id and probability and fills the defaults (label = id, no effects, no sources).
     *
     * @param id          identifier
     * @param label       English label (defaults to the id)
     * @param labelFi     Finnish label, or null
     * @param description the story of the event, or null
     * @param descriptionFi the story in Finnish, or null
     * @param year        the distribution of the year in which it happens
     * @param probability the chance that it happens at all, in [0, 1]
     * @param effects     what it changes, in order
     * @param sources     provenance ids
     * @throws IllegalArgumentException when {@code id} is not a valid name or {@code probability} is outside [0, 1]
     * @throws NullPointerException     when {@code year} is null
     */
    public TimeEvent {
        Ids.check(id, "event");
        Objects.requireNonNull(year, "year");
        label = label == null || label.isBlank() ? id : label;
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability of event '" + id + "' is " + probability
                    + "; must be in [0, 1]");
        }
        effects = effects == null ? List.of() : List.copyOf(effects);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * An event without a Finnish description (the signature before {@code description_fi}).
     *
     * @param id          identifier
     * @param label       English label (defaults to the id)
     * @param labelFi     Finnish label, or null
     * @param description the story of the event, or null
     * @param year        the distribution of the year in which it happens
     * @param probability the chance that it happens at all, in [0, 1]
     * @param effects     what it changes, in order
     * @param sources     provenance ids
     * @throws IllegalArgumentException when {@code id} is not a valid name or {@code probability} is outside [0, 1]
     */
    public TimeEvent(String id, String label, String labelFi, String description, Distribution year,
                     double probability, List<Effect> effects, List<String> sources) {
        this(id, label, labelFi, description, null, year, probability, effects, sources);
    }

    /**
     * The label in a language: the Finnish one for {@code "fi"} where given, else the English one.
     *
     * @param language a language code such as {@code en} or {@code fi}
     * @return the label (never null)
     */
    public String labelIn(String language) {
        return Texts.in(language, label, labelFi);
    }

    /**
     * The story in a language: the Finnish one for {@code "fi"} where given, else the English one.
     *
     * @param language a language code such as {@code en} or {@code fi}
     * @return the description, or null when the event has none
     */
    public String descriptionIn(String language) {
        return Texts.in(language, description, descriptionFi);
    }

    /**
     * An event certain to happen in a year drawn from {@code year}, without effects yet.
     *
     * @param id   the event id
     * @param year the distribution of the year in which it happens, e.g. {@code Uniform.of(2022, 2026)}
     * @return the event
     * @throws IllegalArgumentException when {@code id} is not a valid name
     */
    public static TimeEvent of(String id, Distribution year) {
        return new TimeEvent(id, null, null, null, null, year, 1, List.of(), List.of());
    }

    /**
     * An event certain to happen in a given year.
     *
     * @param id   the event id
     * @param year the year in which it happens
     * @return the event
     * @throws IllegalArgumentException when {@code id} is not a valid name
     */
    public static TimeEvent in(String id, int year) {
        return of(id, Fixed.of(year));
    }

    /**
     * The same event with another English label.
     *
     * @param label English label; null or blank means the id
     * @return the changed copy
     */
    public TimeEvent label(String label) {
        return new TimeEvent(id, label, labelFi, description, descriptionFi, year, probability, effects, sources);
    }

    /**
     * The same event with another Finnish label.
     *
     * @param labelFi Finnish label, or null
     * @return the changed copy
     */
    public TimeEvent labelFi(String labelFi) {
        return new TimeEvent(id, label, labelFi, description, descriptionFi, year, probability, effects, sources);
    }

    /**
     * The same event with another story of the event.
     *
     * @param description story of the event, or null
     * @return the changed copy
     */
    public TimeEvent description(String description) {
        return new TimeEvent(id, label, labelFi, description, descriptionFi, year, probability, effects, sources);
    }

    /**
     * The same event with its story in Finnish.
     *
     * @param descriptionFi the Finnish story, or null
     * @return the changed copy
     */
    public TimeEvent descriptionFi(String descriptionFi) {
        return new TimeEvent(id, label, labelFi, description, descriptionFi, year, probability, effects, sources);
    }

    /**
     * The same event happening with another probability.
     *
     * @param probability the chance that it happens at all on a path, in [0, 1]
     * @return the changed copy
     * @throws IllegalArgumentException when {@code probability} is outside [0, 1]
     */
    public TimeEvent probability(double probability) {
        return new TimeEvent(id, label, labelFi, description, descriptionFi, year, probability, effects, sources);
    }

    /**
     * The same event with these provenance ids (replacing earlier ones).
     *
     * @param sources ids declared in the model's {@code sources}
     * @return the changed copy
     */
    public TimeEvent sources(String... sources) {
        return new TimeEvent(id, label, labelFi, description, descriptionFi, year, probability, effects, List.of(sources));
    }

    /**
     * The same event with one more effect, applied after the earlier ones.
     *
     * @param effect what the event does to one driver
     * @return the changed copy
     */
    public TimeEvent with(Effect effect) {
        var e = new ArrayList<>(effects);
        e.add(effect);
        return new TimeEvent(id, label, labelFi, description, descriptionFi, year, probability, e, sources);
    }

    /**
     * From the event year on, the driver takes a value drawn from {@code value} (then moves by its process).
     *
     * @param driver the driver id
     * @param value  the distribution of its new value
     * @return the changed copy
     */
    public TimeEvent set(String driver, Distribution value) {
        return with(new Effect(driver, value, null));
    }

    /**
     * From the event year on, the driver takes {@code value}.
     *
     * @param driver the driver id
     * @param value  its new value, in the driver's unit
     * @return the changed copy
     */
    public TimeEvent set(String driver, double value) {
        return with(new Effect(driver, Fixed.of(value), null));
    }

    /**
     * From the event year on, the driver moves by {@code process}.
     *
     * @param driver  the driver id
     * @param process its new process
     * @return the changed copy
     */
    public TimeEvent process(String driver, TimeProcess process) {
        return with(new Effect(driver, null, process));
    }

    /**
     * In the event year the driver's value jumps by {@code amount} (and moves on from there).
     *
     * @param driver the driver id
     * @param amount the jump, in the driver's unit; finite and not 0
     * @return the changed copy
     * @throws IllegalArgumentException when {@code amount} is 0 or not finite
     */
    public TimeEvent shift(String driver, double amount) {
        return with(new Effect(driver, null, null, amount, 1));
    }

    /**
     * In the event year the driver's value is multiplied by {@code factor} (and moves on from there).
     *
     * @param driver the driver id
     * @param factor the multiplier; finite and not 1
     * @return the changed copy
     * @throws IllegalArgumentException when {@code factor} is 1 or not finite
     */
    public TimeEvent scale(String driver, double factor) {
        return with(new Effect(driver, null, null, 0, factor));
    }

    /**
     * What an event does to one driver. In the event year: the new process (if any) moves the value into that
     * year, then the value is replaced by a draw from {@code set} (if any), then multiplied by {@code scale} and
     * shifted by {@code shift}; later years move on from there.
     *
     * @param driver  the driver changed
     * @param set     the distribution of its value in the event year, or null to keep the value
     * @param process its process from the event year on, or null to keep the process
     * @param shift   added to the value in the event year (0 for none)
     * @param scale   multiplies the value in the event year (1 for none)
     */
    public record Effect(String driver, Distribution set, TimeProcess process, double shift, double scale) {
        /**
         * Checks the parts.
         *
         * @param driver  the driver changed
         * @param set     the distribution of its value in the event year, or null to keep the value
         * @param process its process from the event year on, or null to keep the process
         * @param shift   added to the value in the event year (0 for none)
         * @param scale   multiplies the value in the event year (1 for none)
         * @throws NullPointerException     when {@code driver} is null
         * @throws IllegalArgumentException when {@code shift} or {@code scale} is not finite, or when the effect
         *                                  changes nothing (no set, no process, shift 0 and scale 1)
         */
        public Effect {
            Objects.requireNonNull(driver, "driver");
            if (!Double.isFinite(shift) || !Double.isFinite(scale)) {
                throw new IllegalArgumentException("the shift (" + shift + ") and scale (" + scale + ") of an effect on '"
                        + driver + "' must be finite numbers");
            }
            if (set == null && process == null && shift == 0 && scale == 1) {
                throw new IllegalArgumentException("an effect on '" + driver + "' needs a new value (set), a new "
                        + "process, a shift or a scale");
            }
        }

        /**
         * A new value and/or a new process, without a jump.
         *
         * @param driver  the driver changed
         * @param set     the distribution of its value in the event year, or null to keep the value
         * @param process its process from the event year on, or null to keep the process
         * @throws IllegalArgumentException when both {@code set} and {@code process} are null
         */
        public Effect(String driver, Distribution set, TimeProcess process) {
            this(driver, set, process, 0, 1);
        }
    }
}
