package fi.foresight.report;

import fi.foresight.job.Language;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's fixed text in one language, from {@code fi/foresight/report/messages*.properties}. Messages name
 * their arguments: {@code {driver}}, {@code {p,percent}}, {@code {n,integer}}, {@code {x,number}}; an argument
 * named after a kind of model element ({@code driver}, {@code outcome}, {@code scenario}, {@code lever},
 * {@code panel}, optionally with a suffix such as {@code scenario_low}) is shown as that element's label.
 */
public final class Messages {
    private static final String BUNDLE = "fi.foresight.report.messages";
    private static final Pattern ARG = Pattern.compile("\\{([A-Za-z0-9_]+)(?:,(number|percent|integer|text))?}");

    private final Language language;
    private final ResourceBundle bundle;
    private final Numbers numbers;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.numbers = new Numbers(language.locale());
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    public Numbers numbers() {
        return numbers;
    }

    /** The message for {@code key}; a missing key is a bug in the bundles and fails loudly. */
    public String get(String key) {
        return bundle.getString(key);
    }

    public Optional<String> find(String key) {
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /** Every key and its text, for the templates ({@code text["summary.title"]}). */
    public Map<String, String> all() {
        var m = new TreeMap<String, String>();
        for (String k : Collections.list(bundle.getKeys())) {
            m.put(k, bundle.getString(k));
        }
        return Collections.unmodifiableMap(m);
    }

    /** {@code key}'s message with its {@code {name}} arguments filled in. */
    public String format(String key, Map<String, Object> arguments, Labels labels) {
        return fill(get(key), arguments, labels);
    }

    /** Fills {@code {name}} arguments of {@code pattern}. */
    public String fill(String pattern, Map<String, Object> arguments, Labels labels) {
        Matcher m = ARG.matcher(pattern);
        var sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object value = arguments.get(name);
            String shown = value == null ? "{" + name + "}" : show(name, value, m.group(2), labels);
            m.appendReplacement(sb, Matcher.quoteReplacement(shown));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String show(String name, Object value, String style, Labels labels) {
        if (value instanceof List<?> list) {
            var parts = new java.util.ArrayList<String>();
            for (Object o : list) {
                parts.add(show(name, o, style, labels));
            }
            return String.join(", ", parts);
        }
        if (labels != null && name.equals("target")) {
            return labels.target(String.valueOf(value)); // a target in words, whatever the style
        }
        if ("text".equals(style)) {
            return String.valueOf(value);
        }
        if (value instanceof Number n && Tables.isYear(name)) {
            return numbers.year(n.longValue());
        }
        if (value instanceof Number n) {
            if ("percent".equals(style)) {
                return numbers.percent(n.doubleValue());
            }
            if ("integer".equals(style) || value instanceof Integer || value instanceof Long) {
                return numbers.integer(n.longValue());
            }
            return numbers.prose(n.doubleValue());
        }
        String s = String.valueOf(value);
        return labels != null ? labels.forArgument(name, s) : s;
    }

    /** Names of the arguments a message uses, in order (for checking the bundles). */
    public static List<String> argumentsOf(String pattern) {
        var out = new java.util.ArrayList<String>();
        Matcher m = ARG.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Parameters in the bundle's wording, e.g. {@code "min 0.3, mode 0.5, max 0.7"}. */
    String parameters(Map<String, Double> params) {
        var parts = new java.util.ArrayList<String>();
        var ordered = new LinkedHashMap<>(params);
        ordered.forEach((k, v) -> parts.add(find("param." + k).orElse(k) + " " + numbers.number(v)));
        return String.join(", ", parts);
    }
}
