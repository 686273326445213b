package fi.foresight.job;

import fi.foresight.io.ModelFileException;
import fi.foresight.io.Node;
import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.io.Node.Scalar.Kind;
import fi.foresight.io.Node.Sequence;
import fi.foresight.io.Problems;
import fi.foresight.io.TreeReader;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Walks a job file's tree into a {@link Job}, collecting every problem with its place. */
final class JobReader {
    static final List<String> KEYS = List.of("job", "title", "title_fi", "description", "description_fi", "model", "seed", "threads", "samples",
            "scenarios", "levers", "analyses", "outputs", "language", "at_year");
    /** Job ids name run directories, so they are plain names: no separators, no dots first. */
    static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    static final int DEFAULT_SAMPLES = 10_000;
    static final long DEFAULT_SEED = 1;

    private final String text;
    private final Path baseDir;
    private final JobOverrides overrides;
    private final AnalysisRegistry registry;
    private final Problems problems;
    private final boolean confined;
    /** The data files of the job's model (path as written in its data: section → bytes), for the analyses. */
    private java.util.Map<String, byte[]> dataFiles = java.util.Map.of();

    JobReader(String text, String fileName, Path baseDir, JobOverrides overrides, AnalysisRegistry registry,
              boolean confined) {
        this.confined = confined;
        this.text = text;
        this.baseDir = baseDir;
        this.overrides = overrides;
        this.registry = registry;
        this.problems = new Problems(fileName);
    }

    Job read(Path file, byte[] bytes) {
        Node root = TreeReader.read(text, false, JobTreeRules.RULES, problems, new java.util.HashSet<>());
        if (root == null) {
            throw new JobFileException(problems.sorted());
        }
        String notAJob = notAJob(root);
        if (notAJob != null) {
            problems.add(root.loc(), "", notAJob);
            throw new JobFileException(problems.sorted());
        }
        Mapping top = (Mapping) root;
        for (var e : top.entries().values()) {
            if (!KEYS.contains(e.key())) {
                problems.add(e.keyLoc(), e.key(), "unknown key '" + e.key() + "'" + Suggestions.didYouMean(e.key(), KEYS)
                        + "; a job file has " + String.join(", ", KEYS));
            }
        }
        String id = jobId(top);
        String title = JobValues.optionalText(top, "title", problems);
        String description = JobValues.optionalText(top, "description", problems);
        String titleFi = JobValues.optionalText(top, "title_fi", problems);
        String descriptionFi = JobValues.optionalText(top, "description_fi", problems);
        ModelSource model = model(top);
        if (model != null) {
            dataFiles = model.dataFiles();
        }
        Model m = model == null ? null : model.model();

        long seed = overrides.seed() != null ? overrides.seed() : JobValues.longOr(top, "seed", DEFAULT_SEED, problems);
        int threads = overrides.threads() != null ? overrides.threads()
                : threads(top);
        int samples = (int) JobValues.boundedLong(top, "samples", DEFAULT_SAMPLES, 1, Limits.MAX_SAMPLES, problems);
        List<String> scenarios = adjustments(top, "scenarios", m == null ? null
                : m.allScenarios().stream().map(Scenario::id).toList());
        List<String> levers = adjustments(top, "levers", m == null ? null
                : m.allLevers().stream().map(Lever::id).toList());
        if (scenarios.size() * (long) levers.size() > Limits.MAX_COMBINATIONS) {
            problems.add(top.loc(), "scenarios", scenarios.size() + " scenarios x " + levers.size() + " levers = "
                    + scenarios.size() * (long) levers.size() + " combinations; at most " + Limits.MAX_COMBINATIONS
                    + " per job (list the ones you need under 'scenarios:' and 'levers:')");
        }
        Integer atYear = AtYearOption.ofJob(top, m, problems);
        var defaults = new AnalysisOptions.JobDefaults(seed, overrides.samples() != null ? overrides.samples() : samples,
                overrides.seed(), overrides.samples(), atYear);
        List<PlannedAnalysis> analyses = analyses(top, defaults, m);
        Set<Output> outputs = outputs(top);
        List<Language> languages = languages(top);
        if (!problems.isEmpty()) {
            throw new JobFileException(problems.sorted());
        }
        int effectiveSamples = overrides.samples() != null ? overrides.samples() : samples;
        return new Job(id, title, titleFi, description, descriptionFi, file, bytes, Hashes.sha256(bytes), model, seed, threads, effectiveSamples,
                scenarios, levers, analyses, outputs, languages);
    }

    private String jobId(Mapping top) {
        var e = top.entries().get("job");
        if (e == null) {
            problems.add(top.loc(), "job", "missing 'job:', the job's id (it also names the run directory), e.g. job: kanta-hame-2035");
            return "job";
        }
        String id = JobValues.textOf(e.value(), "job", problems);
        if (id != null && !JOB_ID.matcher(id).matches()) {
            problems.add(e.value().loc(), "job", "job id '" + id + "' is not a plain name; use letters, digits, '-' "
                    + "and '_' (at most 64, starting with a letter or digit), e.g. kanta-hame-2035");
            return "job";
        }
        return id == null ? "job" : id;
    }

    /**
     * Why the file is not a job file at all (not a mapping, a model file, or none of its keys a job key nor a near
     * miss of one), or null. The message never repeats the file's text or keys: they may be anyone's.
     */
    private static String notAJob(Node root) {
        String expected = "expected a mapping with at least job:, model: and analyses: (see docs/job-format.md)";
        if (!(root instanceof Mapping top)) {
            return "the file is not a job file: " + expected;
        }
        var keys = top.entries().keySet();
        if (!keys.contains("job") && !keys.contains("analyses")
                && (keys.contains("variables") || keys.contains("outcomes") || keys.contains("cib"))) {
            return "the file is a model file, not a job file: " + expected + "; a job names its model with "
                    + "model: FILE, and 'foresight validate FILE' checks a model alone";
        }
        for (String key : keys) {
            if (KEYS.contains(key) || !Suggestions.didYouMean(key, KEYS).isEmpty()) {
                return null;
            }
        }
        return "the file is not a job file: " + expected;
    }

    private ModelSource model(Mapping top) {
        var e = top.entries().get("model");
        if (e == null) {
            problems.add(top.loc(), "model", "missing 'model:', a model file path (relative to the job file) or an inline model");
            return null;
        }
        Node n = e.value();
        try {
            if (n instanceof Mapping) {
                return ModelSources.inline(blankOutside(n.loc().offset(), n.end().offset()), problems.file());
            }
            if (n instanceof Scalar s && (s.kind() == Kind.NULL || s.text().isBlank())) {
                problems.add(n.loc(), "model", "no model given; write the model file's name, relative to the job "
                        + "file (model: model.yaml), or the model itself as a mapping under 'model:'");
                return null;
            }
            String path = JobValues.textOf(n, "model", problems);
            if (path == null) {
                return null;
            }
            String outside = confined ? ModelPaths.outside(path, baseDir) : null;
            if (outside != null) {
                problems.add(n.loc(), "model", outside);
                return null;
            }
            Path file = baseDir.resolve(path).normalize();
            if (!Files.isRegularFile(file)) {
                problems.add(n.loc(), "model", "model file '" + path + "' not found (looked for " + file.toAbsolutePath() + ")");
                return null;
            }
            outside = confined ? ModelPaths.leavesByLink(path, file, baseDir) : null;
            if (outside != null) {
                problems.add(n.loc(), "model", outside);
                return null;
            }
            return ModelSources.load(file);
        } catch (ModelFileException ex) {
            problems.addAll(ex.fileProblems());
        } catch (UnsupportedModelFormat ex) {
            problems.add(n.loc(), "model", ex.getMessage());
        } catch (java.nio.file.InvalidPathException ex) {
            problems.add(n.loc(), "model", "the model file path holds a character no file name can hold"
                    + (ex.getInput() != null && ex.getInput().indexOf('\0') >= 0 ? " (a NUL character)" : "")
                    + "; give the path of a .yaml, .yml, .json or .scw model file");
        }
        return null;
    }

    /** The job text with everything outside [from, to) replaced by blanks, lines and columns kept. */
    private String blankOutside(long from, long to) {
        var sb = new StringBuilder(text.length());
        long i = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            boolean keep = (i >= from && i < to) || cp == '\n' || cp == '\r';
            if (keep) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(' ');
            }
            k += Character.charCount(cp);
            i++;
        }
        return sb.toString();
    }

    private int threads(Mapping top) {
        var e = top.entries().get("threads");
        int dflt = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        if (e == null || (e.value() instanceof Scalar s && s.kind() == Kind.NULL)) {
            return dflt;
        }
        if (e.value() instanceof Scalar s && s.kind() == Kind.TEXT && s.text().equals("auto")) {
            return dflt;
        }
        return (int) JobValues.boundedLong(top, "threads", dflt, 1, Limits.MAX_THREADS, problems);
    }

    private List<String> adjustments(Mapping top, String key, List<String> known) {
        var e = top.entries().get(key);
        if (e == null || (e.value() instanceof Scalar s && s.kind() == Kind.NULL)) {
            return known == null ? List.of() : known;
        }
        String what = key.substring(0, key.length() - 1);
        if (e.value() instanceof Mapping) {
            String example = known == null || known.isEmpty() ? "a_" + what + "_id" : known.get(known.size() - 1);
            problems.add(e.value().loc(), key, "expected a list of " + what + " ids such as [" + example
                    + "], got a mapping");
            return List.of();
        }
        List<Word> ids = words(e.value(), key);
        List<String> out = new ArrayList<>();
        for (Word w : ids) {
            String id = w.text();
            if (known != null && !known.contains(id)) {
                problems.add(w.loc(), key, "unknown " + what + " '" + id + "'" + Suggestions.didYouMean(id, known)
                        + "; the model has " + known);
            } else if (out.contains(id)) {
                problems.add(w.loc(), key, what + " '" + id + "' is listed twice");
            } else {
                out.add(id);
            }
        }
        if (e.value() instanceof Sequence seq && seq.items().isEmpty()) {
            problems.add(e.value().loc(), key, "an empty list; leave '" + key + ":' out to cover all " + key);
        }
        return out;
    }

    private List<PlannedAnalysis> analyses(Mapping top, AnalysisOptions.JobDefaults defaults, Model model) {
        var e = top.entries().get("analyses");
        if (e == null) {
            problems.add(top.loc(), "analyses", "missing 'analyses:', a list such as [{type: montecarlo, samples: 10000}]");
            return List.of();
        }
        if (!(e.value() instanceof Sequence seq) || seq.items().isEmpty()) {
            problems.add(e.value().loc(), "analyses", "expected a non-empty list of analyses such as "
                    + "[{type: montecarlo}], got " + e.value().describe());
            return List.of();
        }
        if (seq.items().size() > Limits.MAX_ANALYSES) {
            problems.add(seq.loc(), "analyses", seq.items().size() + " analyses; at most " + Limits.MAX_ANALYSES + " per job");
            return List.of();
        }
        List<PlannedAnalysis> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String path = "analyses[" + i + "]";
            Node item = seq.items().get(i);
            if (!(item instanceof Mapping m)) {
                problems.add(item.loc(), path, "expected a mapping with 'type:', got " + item.describe());
                continue;
            }
            var t = m.entries().get("type");
            if (t == null) {
                problems.add(m.loc(), path, "missing 'type:'; types are " + String.join(", ", registry.names()));
                continue;
            }
            String type = JobValues.textOf(t.value(), path + ".type", problems);
            if (type == null) {
                continue;
            }
            var factory = registry.find(type);
            if (factory.isEmpty()) {
                var pending = registry.pending(type);
                problems.add(t.value().loc(), path + ".type", pending.isPresent()
                        ? "analysis type '" + type + "' (" + pending.get() + ") is not available in this build yet; "
                                + "available: " + String.join(", ", registry.available())
                        : "unknown analysis type '" + type + "'" + Suggestions.didYouMean(type, registry.names())
                                + "; types are " + String.join(", ", registry.names()));
                continue;
            }
            var options = new AnalysisOptions(type, m, path, defaults, model, problems);
            options.dataFiles(dataFiles);
            try {
                out.add(factory.get().plan(options));
            } catch (RuntimeException ex) {
                problems.add(m.loc(), path, ex.getMessage() == null ? ex.toString() : ex.getMessage());
            }
            options.finish();
        }
        return out;
    }

    private Set<Output> outputs(Mapping top) {
        var e = top.entries().get("outputs");
        if (e == null || (e.value() instanceof Scalar s && s.kind() == Kind.NULL)) {
            return EnumSet.allOf(Output.class);
        }
        var words = words(e.value(), "outputs");
        var all = java.util.Arrays.stream(Output.values()).map(Output::word).toList();
        Set<Output> out = EnumSet.noneOf(Output.class);
        for (Word word : words) {
            String w = word.text();
            if (all.contains(w)) {
                out.add(Output.valueOf(w.toUpperCase(Locale.ROOT)));
            } else {
                problems.add(word.loc(), "outputs", "unknown output '" + w + "'" + Suggestions.didYouMean(w, all)
                        + "; outputs are " + String.join(", ", all));
            }
        }
        if (words.isEmpty()) {
            problems.add(e.value().loc(), "outputs", "an empty list; leave 'outputs:' out to write " + String.join(", ", all));
        }
        return out;
    }

    private List<Language> languages(Mapping top) {
        var e = top.entries().get("language");
        if (e == null || (e.value() instanceof Scalar s && s.kind() == Kind.NULL)) {
            return List.of(Language.EN);
        }
        var words = words(e.value(), "language");
        var all = java.util.Arrays.stream(Language.values()).map(Language::code).toList();
        List<Language> out = new ArrayList<>();
        for (Word word : words) {
            String w = word.text();
            if (!all.contains(w)) {
                problems.add(word.loc(), "language", "unknown language '" + w + "'; reports are written in "
                        + String.join(", ", all));
            } else if (out.contains(Language.valueOf(w.toUpperCase(Locale.ROOT)))) {
                problems.add(word.loc(), "language", "language '" + w + "' is listed twice");
            } else {
                out.add(Language.valueOf(w.toUpperCase(Locale.ROOT)));
            }
        }
        if (out.isEmpty() && words.isEmpty()) {
            problems.add(e.value().loc(), "language", "an empty list; use [en], [fi] or [en, fi]");
        }
        return out.isEmpty() ? List.of(Language.EN) : out;
    }

    /** A word as written, with its place. */
    private record Word(String text, Node.Loc loc) {
    }

    private List<Word> words(Node n, String path) {
        List<Word> out = new ArrayList<>();
        if (n instanceof Sequence seq) {
            for (int i = 0; i < seq.items().size(); i++) {
                String w = JobValues.textOf(seq.items().get(i), path + "[" + i + "]", problems);
                if (w != null) {
                    out.add(new Word(w, seq.items().get(i).loc()));
                }
            }
        } else {
            String w = JobValues.textOf(n, path, problems);
            if (w != null) {
                out.add(new Word(w, n.loc()));
            }
        }
        return out;
    }
}
