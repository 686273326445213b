package fi.foresight.io;

import fi.foresight.model.Suggestions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The top-level sections a model file may have, each with its reader. Adding a section (say {@code horizon:} or
 * {@code cib:}) is one line here, a reader class and a field in {@link ModelDraft}.
 */
final class Sections {
    private static final Map<String, SectionReader> READERS = new LinkedHashMap<>();
    /** The keys of a source written as a mapping. */
    static final java.util.List<String> SOURCE_KEYS = java.util.List.of("text", "text_fi");

    static {
        READERS.put("model", Sections::model);
        READERS.put("title", Sections::title);
        READERS.put("title_fi", Sections::titleFi);
        READERS.put("sources", Sections::sources);
        READERS.put("variables", VariablesSection::read);
        READERS.put("correlations", CorrelationsSection::read);
        READERS.put("weights", PanelsSection::readWeights);
        READERS.put("panels", PanelsSection::readPanels);
        READERS.put("outcomes", OutcomesSection::read);
        READERS.put("targets", TargetsSection::read);
        READERS.put("scenarios", AdjustmentsSection::readScenarios);
        READERS.put("levers", AdjustmentsSection::readLevers);
        READERS.put("horizon", TimeSections::horizon);
        READERS.put("events", TimeSections::events);
        READERS.put("cib", CibSection::read);
        READERS.put("micmac", MicmacSection::read);
        READERS.put("futures_table", FuturesTableSection::read);
        READERS.put("data", DataSection::read);
        READERS.put("delphi", DelphiSection::read);
    }

    private Sections() {
    }

    /** The top-level keys, in the order the documentation lists them. */
    static Set<String> names() {
        return Collections.unmodifiableSet(READERS.keySet());
    }

    /** Reads every section of the root mapping, in file order. */
    static void readAll(Field root, Reading r, ModelDraft draft) {
        String notModel = notAModel(root.node());
        if (notModel != null) {
            r.fail(root, notModel);
            draft.id = "model";
            return;
        }
        var sections = r.fields(root, "a mapping with keys such as model:, variables:, outcomes:", READERS.keySet());
        if (sections == null) {
            draft.id = "model";
            return;
        }
        if (!sections.containsKey("model")) {
            r.missing(root, "model", "a model file starts with its id, e.g. 'model: ishigami'");
        }
        boolean qualitative = sections.containsKey("cib") || sections.containsKey("micmac")
                || sections.containsKey("futures_table") || sections.containsKey("delphi")
                || sections.containsKey("data"); // views from data alone (foresight survey FILE, a Delphi study)
        if (qualitative && !sections.containsKey("variables")) {
            r.failedExactly("variables"); // a qualitative model may have no drivers; its sections report for it
        }
        if (!sections.containsKey("variables") && !qualitative) {
            r.missing(root, "variables", "a model needs at least one variable, e.g. "
                    + "'variables: {x1: {distribution: {type: uniform, min: 0, max: 1}}}'");
        }
        Field data = sections.remove("data"); // read first: drivers and panels take answers from it
        if (data != null) {
            READERS.get("data").read(data, r, draft);
            draft.dataSets.addAll(r.data.names());
        }
        sections.forEach((name, field) -> READERS.get(name).read(field, r, draft));
        draft.afterSections.forEach(Runnable::run);
        if (draft.id == null) {
            draft.id = "model";
            r.failed("model");
        }
    }

    /**
     * Why the file is not a model file at all (its root is not a mapping, or none of its keys is a model section
     * nor a near miss of one, or it is a job file), or null. The message never repeats the file's content: a job
     * may name any file by mistake (or by a symbolic link), and its text or keys must not be shown.
     */
    private static String notAModel(Node root) {
        String expected = "expected a mapping with keys such as model:, variables:, outcomes: "
                + "(see docs/model-format.md)";
        if (!(root instanceof Node.Mapping m)) {
            return "the file is not a model file: " + expected;
        }
        var keys = m.entries().keySet();
        if (keys.contains("job") || keys.contains("analyses")) {
            return "the file is a job file, not a model file: " + expected + "; a job's model: names a model file";
        }
        for (String key : keys) {
            if (READERS.containsKey(key) || !Suggestions.didYouMean(key, READERS.keySet()).isEmpty()) {
                return null;
            }
        }
        return "the file is not a model file: " + expected;
    }

    private static void model(Field f, Reading r, ModelDraft draft) {
        String id = r.text(f);
        if (id == null && !r.coveredByFailure(f.path())) {
            r.fail(f, "expected the model's id, got nothing; e.g. 'model: ishigami'");
        }
        draft.id = id;
    }

    private static void title(Field f, Reading r, ModelDraft draft) {
        draft.title = r.text(f);
    }

    private static void titleFi(Field f, Reading r, ModelDraft draft) {
        draft.titleFi = r.text(f);
    }

    /** {@code sources: {S1: "text"}} or, with a Finnish text, {@code {S1: {text: "…", text_fi: "…"}}}. */
    private static void sources(Field f, Reading r, ModelDraft draft) {
        var entries = r.fields(f, "a mapping of source ids to their text, e.g. {S1: \"A sentence of the source\"}", null);
        if (entries == null) {
            return;
        }
        entries.forEach((id, e) -> {
            if (e.node() instanceof Node.Mapping) {
                var m = r.fields(e, "a source's text, e.g. {text: \"A sentence\", text_fi: \"Lause\"}", SOURCE_KEYS);
                if (m == null) {
                    return;
                }
                String text = r.text(m, "text");
                if (text == null && !m.containsKey("text")) {
                    r.missing(e, "text", "a source with a Finnish text has its English text too, e.g. "
                            + "{text: \"A sentence\", text_fi: \"Lause\"}");
                }
                draft.sources.put(id, text == null ? "" : text);
                String textFi = r.text(m, "text_fi");
                if (textFi != null) {
                    draft.sourcesFi.put(id, textFi);
                }
                return;
            }
            String text = r.text(e);
            draft.sources.put(id, text == null ? "" : text);
        });
    }
}
