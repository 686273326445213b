package fi.foresight.report;

import fi.foresight.job.Language;
import fi.foresight.model.Adjustment;
import fi.foresight.model.Alternative;
import fi.foresight.model.Driver;
import fi.foresight.model.InputId;
import fi.foresight.model.Model;
import fi.foresight.model.Outcome;
import fi.foresight.model.OutcomeColumn;
import fi.foresight.model.Panel;
import fi.foresight.model.Target;
import java.util.regex.Pattern;

/**
 * The model's own words in the report's language: Finnish labels and descriptions where the model gives them
 * ({@code label_fi}, {@code description_fi}), else the English ones, else the id.
 */
public final class Labels {
    /** A trailing qualifier or number of a column name: {@code driver_a}, {@code scenario2}. */
    private static final Pattern NUMBERED_OR_QUALIFIED =
            Pattern.compile("(_[A-Za-z0-9]+|[0-9]+)$");

    private final Model model;
    private final boolean finnish;
    private final Messages messages;

    public Labels(Model model, Language language) {
        this.model = model;
        this.finnish = language == Language.FI;
        this.messages = Messages.of(language);
    }

    /**
     * A driver, or a sensitivity input standing for a panel's weight ({@code weight:panel:driver}, shown as e.g.
     * "Weight, Entrepreneurs: Attitude climate").
     */
    public String driver(String id) {
        if (InputId.parse(id) instanceof InputId.PanelWeight w) {
            return messages.get("label.weight").replace("{panel}", panel(w.panel())).replace("{driver}", driver(w.driver()));
        }
        return model.driver(id).map(this::of).orElse(id);
    }

    /**
     * An alternative of the weight sensitivity, {@code scenario/lever}: the lever's label in the base scenario, the
     * scenario's label without a lever, else both.
     */
    public String alternative(String id) {
        Alternative alternative = Alternative.parse(id).orElse(null);
        if (alternative == null) {
            return id;
        }
        String scenario = alternative.scenario();
        String lever = alternative.lever();
        if (lever.equals(fi.foresight.model.Lever.NONE)) {
            return scenario.equals(fi.foresight.model.Scenario.BASE)
                    ? messages.get("label.base_no_lever").replace("{scenario}", scenario(scenario)) : scenario(scenario);
        }
        if (scenario.equals(fi.foresight.model.Scenario.BASE)) {
            return lever(lever);
        }
        return messages.get("label.alternative").replace("{scenario}", scenario(scenario)).replace("{lever}", lever(lever));
    }

    public String of(Driver d) {
        return pick(d.label(), d.labelFi(), d.id());
    }

    public String of(Outcome o) {
        return pick(o.label(), o.labelFi(), o.id());
    }

    public String of(Panel p) {
        return pick(p.label(), p.labelFi(), p.id());
    }

    public String of(Adjustment a) {
        return pick(a.label(), a.labelFi(), a.id());
    }

    public String description(Adjustment a) {
        return pick(a.description(), a.descriptionFi(), "");
    }

    /** An outcome column: {@code index} or {@code index.panel} → "Index (Panel)". */
    public String outcome(String column) {
        OutcomeColumn c = OutcomeColumn.parse(column);
        String label = model.outcome(c.outcome()).map(this::of).orElse(c.outcome());
        if (!c.perPanel()) {
            return label;
        }
        return label + " (" + model.panel(c.panel()).map(this::of).orElse(c.panel()) + ")";
    }

    public String scenario(String id) {
        return model.allScenarios().stream().filter(s -> s.id().equals(id)).findFirst().map(this::of).orElse(id);
    }

    /**
     * A time event (a wild card) by id, in the report's language; the id when the model has no such event.
     *
     * @param id the event id
     * @return its label
     */
    public String event(String id) {
        return model.events().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(e -> pick(e.label(), e.labelFi(), e.id())).orElse(id);
    }

    public String lever(String id) {
        return model.allLevers().stream().filter(s -> s.id().equals(id)).findFirst().map(this::of).orElse(id);
    }

    /**
     * A target in words, from the form results write ({@code internationalised_smes >= 2000.0} becomes
     * "Internationalised SMEs at least 2,000"); text of another form is returned as it is. Used for targets that
     * are not the model's own (see {@link #target(String)}).
     *
     * @param text the target as a result table or finding writes it
     * @return the target in the report's language
     */
    private String targetOfText(String text) {
        var between = java.util.regex.Pattern.compile("(\\S+) <= (\\S+) <= (\\S+)").matcher(text.strip());
        if (between.matches()) {
            return words("target.between", between.group(2), between.group(1), between.group(3));
        }
        var one = java.util.regex.Pattern.compile("(\\S+) (>=|<=) (\\S+)").matcher(text.strip());
        if (one.matches()) {
            return words(one.group(2).equals(">=") ? "target.at_least" : "target.at_most", one.group(1), one.group(3), null);
        }
        return text;
    }

    private String words(String key, String outcome, String first, String second) {
        try {
            String low = messages.numbers().number(Double.parseDouble(first));
            String high = second == null ? "" : messages.numbers().number(Double.parseDouble(second));
            return messages.get(key).replace("{outcome}", outcome(outcome)).replace("{threshold}", low)
                    .replace("{low}", low).replace("{high}", high);
        } catch (NumberFormatException e) {
            return outcome(outcome) + " " + first;
        }
    }

    public String panel(String id) {
        return model.panel(id).map(this::of).orElse(id);
    }

    /**
     * The label for a finding argument or a table cell named after a kind of model element ({@code driver},
     * {@code variable}, {@code outcome}, {@code scenario}, {@code lever}, {@code panel}, {@code alternative}, with an
     * optional {@code _suffix} or digits); other values are returned as they are.
     */
    public String forArgument(String name, String value) {
        switch (kindOf(name)) {
            case "driver":
            case "variable":
                return driver(value);
            case "outcome":
                return outcome(value);
            case "scenario":
                return scenario(value);
            case "lever":
                return lever(value);
            case "panel":
                return panel(value);
            case "alternative":
                return alternative(value);
            case "event":
                return event(value);
            case "target":
                return target(value);
            default:
                return value;
        }
    }

    /** Whether a column or argument name stands for model elements. */
    public static boolean isElementName(String name) {
        return !kindOf(name).isEmpty();
    }

    private static String kindOf(String name) {
        String base = NUMBERED_OR_QUALIFIED.matcher(name).replaceAll("");
        if (base.endsWith("s") && !elementKind(base.substring(0, base.length() - 1)).isEmpty()) {
            return elementKind(base.substring(0, base.length() - 1)); // a list of them: outcomes, scenarios, levers
        }
        return elementKind(base);
    }

    private static String elementKind(String base) {
        switch (base) {
            case "driver":
            case "variable":
            case "outcome":
            case "scenario":
            case "lever":
            case "panel":
            case "alternative":
            case "event":
            case "target":
                return base;
            default:
                return "";
        }
    }

    /**
     * A target in words: its {@code label}/{@code label_fi} in the report's language, else the outcome's label and
     * the threshold in the reader's number format ("Internationalised SMEs ≥ 2000").
     *
     * @param t the target
     * @return the text
     */
    public String of(Target t) {
        String label = t.labelIn(messages.language().code());
        if (label != null) {
            return ControlCharacters.strip(label);
        }
        Numbers n = messages.numbers();
        String outcome = outcome(t.outcome());
        if (Double.isNaN(t.atMost())) {
            return outcome + " \u2265 " + n.number(t.atLeast());
        }
        if (Double.isNaN(t.atLeast())) {
            return outcome + " \u2264 " + n.number(t.atMost());
        }
        return n.number(t.atLeast()) + " \u2264 " + outcome + " \u2264 " + n.number(t.atMost());
    }

    /**
     * A target as result tables write it ({@link Target#describe()}, e.g. {@code index >= 0.6}) in words, see
     * {@link #of(Target)}; a text that names no target of the model is returned as it is.
     *
     * @param described the target column's text
     * @return the text in words
     */
    public String target(String described) {
        return model.targets().stream().filter(t -> t.describe().equals(described)).findFirst().map(this::of)
                .orElseGet(() -> targetOfText(described));
    }

    /** The label in the report's language, without control characters (they would break the HTML and the PDF). */
    private String pick(String en, String fi, String id) {
        if (finnish && fi != null && !fi.isBlank()) {
            return ControlCharacters.strip(fi);
        }
        return ControlCharacters.strip(en == null || en.isBlank() ? id : en);
    }
}
