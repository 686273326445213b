package fi.foresight.job;

import fi.foresight.io.Node;
import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.io.Node.Scalar.Kind;
import fi.foresight.io.Node.Sequence;
import fi.foresight.io.Problems;
import fi.foresight.model.Model;
import fi.foresight.model.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of a job's {@code analyses:} list as its {@link AnalysisType} sees it: typed getters that check each
 * option and report problems at the option's {@code file:line:col}. A getter returns its default after reporting a
 * problem, so a type reads all its options and the user sees every problem at once. Keys the type never asked for
 * are reported as unknown (with "did you mean") when the type is done.
 *
 * <pre>{@code
 * int samples = options.samples(100, Limits.MAX_SAMPLES);
 * String outcome = options.outcome("outcome", null);      // must be an outcome column of the model
 * boolean succession = options.flag("succession", false);
 * }</pre>
 *
 * Every value read is echoed in {@link #settings()}, which the run manifest and the report's method notes show.
 */
public final class AnalysisOptions {
    private final String type;
    private final Mapping node;
    private final String path;
    private final JobDefaults defaults;
    private final Model model;
    private final Problems problems;
    private final Set<String> asked = new LinkedHashSet<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<AnalysisOptions> sections = new ArrayList<>();
    /** The entry a section belongs to and the section's key (null for an entry). */
    private AnalysisOptions parent;
    private String sectionKey;
    /** The data files of the job's model: path as written in its {@code data:} section → bytes. */
    private Map<String, byte[]> dataFiles = Map.of();

    /**
     * Job-wide values that analyses inherit unless they set their own, and command-line overrides; {@code atYear}
     * is the job's checked {@code at_year:} or null.
     */
    record JobDefaults(long seed, int samples, Long seedOverride, Integer samplesOverride, Integer atYear) {
        JobDefaults(long seed, int samples, Long seedOverride, Integer samplesOverride) {
            this(seed, samples, seedOverride, samplesOverride, null);
        }
    }

    AnalysisOptions(String type, Mapping node, String path, JobDefaults defaults, Model model, Problems problems) {
        this.type = type;
        this.node = node;
        this.path = path;
        this.defaults = defaults;
        this.model = model;
        this.problems = problems;
        asked.add("type");
    }

    /** The analysis type, as written after {@code type:}. */
    public String type() {
        return type;
    }

    /** The job's model, or empty when it failed to load (then checks against the model are skipped). */
    public Optional<Model> model() {
        return Optional.ofNullable(model);
    }

    /**
     * The data files the job's model names in its {@code data:} section, as read: path as written in the model →
     * bytes (empty when the model has none).
     *
     * @return the data files in model order
     */
    public Map<String, byte[]> dataFiles() {
        return dataFiles;
    }

    /** Hands the model's data files to this entry (the job reader does, before the type plans). */
    void dataFiles(Map<String, byte[]> files) {
        this.dataFiles = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The values read so far, in the order they were asked for; for run.json and the report's method notes. */
    public Map<String, Object> settings() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * {@code samples:} of this analysis, else the job's {@code samples:}; {@code --samples} on the command line
     * overrides both.
     */
    public int samples(int min, int max) {
        int value;
        if (defaults.samplesOverride() != null) {
            asked.add("samples");
            value = defaults.samplesOverride();
            if (value < min || value > max) {
                problems.add(node.loc(), path, "--samples " + value + " is outside [" + min + ", " + max
                        + "] for a " + type + " analysis");
                value = Math.max(min, Math.min(max, value));
            }
        } else {
            value = integer("samples", Math.max(min, Math.min(max, defaults.samples())), min, max);
        }
        echo("samples", value);
        return value;
    }

    /**
     * {@code samples:} of this analysis, else {@code dflt} (not the job's {@code samples:}), for analyses whose sample
     * count means something else than Monte Carlo draws (e.g. the base sample of a Sobol' design); {@code --samples}
     * on the command line overrides it.
     */
    public int samplesOr(int dflt, int min, int max) {
        if (defaults.samplesOverride() != null) {
            return samples(min, max);
        }
        int value = integer("samples", dflt, min, max);
        echo("samples", value);
        return value;
    }

    /** Whether {@code --samples} on the command line replaces this analysis's sample count. */
    public boolean samplesOverridden() {
        return defaults.samplesOverride() != null;
    }

    /** {@code seed:} of this analysis, else the job's; {@code --seed} overrides both. */
    public long seed() {
        asked.add("seed");
        long value = defaults.seed();
        if (defaults.seedOverride() != null) {
            value = defaults.seedOverride();
        } else {
            Node n = get("seed");
            if (n != null) {
                Long v = JobValues.integerOf(n, path + ".seed", problems);
                value = v == null ? value : v;
            }
        }
        echo("seed", value);
        return value;
    }

    /**
     * {@code at_year:} of this analysis, else the job's, else the last year of the model's horizon: the year a
     * static analysis of a model with a horizon runs at. Null for a model without a horizon (then nothing is
     * recorded and {@code at_year:} is a problem). Recorded in the settings as {@code at_year}.
     *
     * @return the year, or null without a horizon (or without a model)
     */
    public Integer atYear() {
        if ((model == null || model.horizon().isEmpty()) && !node.entries().containsKey("at_year")) {
            return null; // not an option of a model without a horizon, so not listed among the options
        }
        Node n = get("at_year");
        Integer value = null;
        if (n != null) {
            Long v = JobValues.integerOf(n, path + ".at_year", problems);
            if (v != null && model != null) {
                String problem = AtYearOption.problem(model, v);
                if (problem != null) {
                    problems.add(n.loc(), path + ".at_year", problem);
                } else {
                    value = v.intValue();
                }
            }
        } else if (defaults.atYear() != null) {
            value = defaults.atYear();
        }
        if (value == null && model != null && model.horizon().isPresent()) {
            value = model.horizon().get().end();
        }
        if (value != null) {
            settings.put("at_year", value);
        }
        return value;
    }

    /** An integer option in [min, max]. */
    public int integer(String key, int dflt, int min, int max) {
        Node n = get(key);
        int value = dflt;
        if (n != null) {
            Long v = JobValues.integerOf(n, path + "." + key, problems);
            if (v != null) {
                if (v < min || v > max) {
                    problems.add(n.loc(), path + "." + key, key + " (" + v + ") must be in [" + min + ", " + max + "]");
                } else {
                    value = (int) (long) v;
                }
            }
        }
        echo(key, value);
        return value;
    }

    /** A number option in [min, max]. */
    public double number(String key, double dflt, double min, double max) {
        Node n = get(key);
        double value = dflt;
        if (n != null) {
            if (n instanceof Scalar s && s.kind() == Kind.NUMBER) {
                double v = Double.parseDouble(s.text());
                if (!(v >= min && v <= max)) {
                    problems.add(n.loc(), path + "." + key, key + " (" + s.text() + ") must be in [" + min + ", " + max + "]");
                } else {
                    value = v;
                }
            } else {
                problems.add(n.loc(), path + "." + key, "expected a number, got " + n.describe());
            }
        }
        echo(key, value);
        return value;
    }

    /** A yes/no option ({@code true} or {@code false}). */
    public boolean flag(String key, boolean dflt) {
        Node n = get(key);
        boolean value = dflt;
        if (n != null) {
            if (n instanceof Scalar s && s.kind() == Kind.BOOLEAN) {
                value = Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
            } else {
                problems.add(n.loc(), path + "." + key, "expected true or false, got " + n.describe());
            }
        }
        echo(key, value);
        return value;
    }

    /** One of a fixed set of words. */
    public String choice(String key, String dflt, String... allowed) {
        Node n = get(key);
        String value = dflt;
        if (n != null) {
            String v = JobValues.textOf(n, path + "." + key, problems);
            if (v != null) {
                if (Arrays.asList(allowed).contains(v)) {
                    value = v;
                } else {
                    problems.add(n.loc(), path + "." + key, "'" + v + "' is not one of " + String.join(", ", allowed)
                            + Suggestions.didYouMean(v, Arrays.asList(allowed)));
                }
            }
        }
        if (value != null) {
            echo(key, value);
        }
        return value;
    }

    /** A free text option. */
    public Optional<String> text(String key) {
        Node n = get(key);
        if (n == null) {
            return Optional.empty();
        }
        String v = JobValues.textOf(n, path + "." + key, problems);
        if (v != null) {
            echo(key, v);
        }
        return Optional.ofNullable(v);
    }

    /** A list of words (a single word counts as a list of one). */
    public List<String> list(String key) {
        Node n = get(key);
        if (n == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (n instanceof Sequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                String v = JobValues.textOf(seq.items().get(i), path + "." + key + "[" + i + "]", problems);
                if (v != null) {
                    out.add(v);
                }
            }
        } else {
            String v = JobValues.textOf(n, path + "." + key, problems);
            if (v != null) {
                out.add(v);
            }
        }
        echo(key, List.copyOf(out));
        return List.copyOf(out);
    }

    /** An outcome column of the model ({@code index} or {@code index.panel}); {@code dflt} when absent. */
    public String outcome(String key, String dflt) {
        Node n = get(key);
        String value = dflt;
        if (n != null) {
            String v = JobValues.textOf(n, path + "." + key, problems);
            if (v != null) {
                if (model != null && !model.outcomeColumns().contains(v)) {
                    problems.add(n.loc(), path + "." + key, "unknown outcome '" + v + "'"
                            + Suggestions.didYouMean(v, model.outcomeColumns()) + "; outcomes are " + model.outcomeColumns());
                } else {
                    value = v;
                }
            }
        }
        if (value != null) {
            echo(key, value);
        }
        return value;
    }

    /** A list of driver ids of the model (empty when absent). */
    public List<String> drivers(String key) {
        List<String> ids = list(key);
        if (model != null) {
            for (String id : ids) {
                if (model.driverIndex(id) < 0) {
                    problems.add(get(key).loc(), path + "." + key, "unknown driver '" + id + "'"
                            + Suggestions.didYouMean(id, model.driverIds()));
                }
            }
        }
        return ids;
    }

    /**
     * Reports a problem when the model has no outcomes: for the types that analyse outcomes, which would have
     * nothing to do.
     */
    public void needsOutcomes() {
        if (model != null && model.outcomes().isEmpty()) {
            problems.add(node.loc(), path, "model '" + model.id() + "' has no outcomes, so a " + type + " analysis has "
                    + "nothing to analyse; add an outcomes: section to the model, e.g. outcomes: {y: {expression: "
                    + "\"2 * x\"}}" + (model.hasQualitativePart() ? ", or choose an analysis of its qualitative part "
                    + "(cib, micmac or futures_table)" : ""));
        }
    }

    /** Reports a problem with an option (for checks across options); placed at the option, else at the entry. */
    public void problem(String key, String message) {
        Node n = key == null ? null : node.entries().containsKey(key) ? node.entries().get(key).value() : null;
        problems.add(n == null ? node.loc() : n.loc(), key == null ? path : path + "." + key, message);
    }

    /** Whether the option is written in the job file. */
    public boolean has(String key) {
        asked.add(key);
        return node.entries().containsKey(key);
    }

    private Node get(String key) {
        asked.add(key);
        var e = node.entries().get(key);
        if (e == null || (e.value() instanceof Scalar s && s.kind() == Kind.NULL)) {
            return null;
        }
        return e.value();
    }

    /**
     * A nested group of options written as a mapping, e.g. {@code precision: {outcome: index, se: 0.001}}: its
     * own typed getters, problems placed at its keys, its unknown keys reported when this entry is done, and its
     * values echoed as {@code key.option} in {@link #settings()} (e.g. {@code precision.se}). Empty when the key is absent; a problem (and empty)
     * when the value is not a mapping.
     *
     * @param key     the option's key
     * @param example a short example of the mapping for the problem message, e.g. {@code {outcome: index, se: 0.01}}
     * @return the nested options, or empty
     */
    public Optional<AnalysisOptions> section(String key, String example) {
        Node n = get(key);
        if (n == null) {
            return Optional.empty();
        }
        if (!(n instanceof Mapping m)) {
            problems.add(n.loc(), path + "." + key, "expected a mapping like " + key + ": " + example + ", got "
                    + n.describe());
            return Optional.empty();
        }
        var child = new AnalysisOptions(type + " " + key, m, path + "." + key, defaults, model, problems);
        child.asked.remove("type");
        child.parent = this;
        child.sectionKey = key;
        sections.add(child);
        return Optional.of(child);
    }

    /** Records a value read, here and, for a section, in its entry as {@code section.key}. */
    private void echo(String key, Object value) {
        settings.put(key, value);
        if (parent != null) {
            parent.echo(sectionKey + "." + key, value);
        }
    }

    /**
     * A mapping of names to numbers, e.g. {@code scenario_weights: {open: 2, closed: 1}} or {@code target: {at_least:
     * 0.6}}; empty when absent. Each value must be a number; with {@code allowed} keys (none means any key), other
     * keys are reported with "did you mean".
     *
     * @param key     the option
     * @param allowed the keys the mapping may have, or none for any
     * @return the numbers in the order written
     */
    public Map<String, Double> numbers(String key, String... allowed) {
        Node n = get(key);
        var out = new LinkedHashMap<String, Double>();
        if (n == null) {
            return out;
        }
        if (!(n instanceof Mapping m)) {
            problems.add(n.loc(), path + "." + key, "expected a mapping of names to numbers, e.g. " + key + ": {"
                    + (allowed.length > 0 ? allowed[0] : "name") + ": 1}, got " + n.describe());
            return out;
        }
        for (var e : m.entries().values()) {
            String where = path + "." + key + "." + e.key();
            if (allowed.length > 0 && !Arrays.asList(allowed).contains(e.key())) {
                problems.add(e.keyLoc(), where, "unknown key '" + e.key() + "' in " + key
                        + Suggestions.didYouMean(e.key(), Arrays.asList(allowed)) + "; keys are " + String.join(", ", allowed));
            } else if (e.value() instanceof Scalar s && s.kind() == Kind.NUMBER) {
                out.put(e.key(), Double.parseDouble(s.text()));
            } else {
                problems.add(e.value().loc(), where, "expected a number, got " + e.value().describe());
            }
        }
        echo(key, Collections.unmodifiableMap(new LinkedHashMap<>(out)));
        return out;
    }

    /** Reports the keys the type never asked for. */
    void finish() {
        for (AnalysisOptions section : sections) {
            section.finish();
        }
        for (var e : node.entries().values()) {
            if (!asked.contains(e.key())) {
                problems.add(e.keyLoc(), path + "." + e.key(), "unknown option '" + e.key() + "' for a " + type
                        + " analysis" + Suggestions.didYouMean(e.key(), asked) + "; options are " + asked);
            }
        }
    }
}
