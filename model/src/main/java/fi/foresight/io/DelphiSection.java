package fi.foresight.io;

import fi.foresight.data.DataException;
import fi.foresight.data.DataSet;
import fi.foresight.model.DelphiRound;
import fi.foresight.model.DelphiStudy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code delphi: {expert: expert, rounds: [round_1, round_2], questions: {q1: {label, label_fi}, q2: "label"}}}:
 * a Delphi study whose rounds are entries of the model's {@code data:} section, each with the expert column and
 * the same question columns.
 */
final class DelphiSection {
    static final List<String> KEYS = List.of("expert", "rounds", "questions");

    private DelphiSection() {
    }

    static void read(Field section, Reading r, ModelDraft draft) {
        Map<String, Field> m = r.fields(section, "a Delphi study such as {expert: expert, rounds: [round_1, round_2], "
                + "questions: [q1, q2]}", KEYS);
        if (m == null) {
            return;
        }
        for (String key : KEYS) {
            if (!m.containsKey(key)) {
                r.missing(section, key, switch (key) {
                    case "expert" -> "the column naming each expert, the same in every round, e.g. expert: expert";
                    case "rounds" -> "the rounds in order, entries of data:, e.g. rounds: [round_1, round_2]";
                    default -> "the statements asked in every round (columns), e.g. questions: [q1, q2]";
                });
                return;
            }
        }
        String expert = r.text(m.get("expert"));
        var questions = new ArrayList<String>();
        var labels = new ArrayList<String>();
        var labelsFi = new ArrayList<String>();
        List<Field> questionFields = questions(m.get("questions"), questions, labels, labelsFi, r);
        List<Field> roundFields = r.items(m.get("rounds"), "a list of entries of data:, e.g. [round_1, round_2]");
        if (expert == null || questionFields == null || roundFields == null) {
            return;
        }
        if (roundFields.isEmpty()) {
            r.fail(m.get("rounds"), "no rounds; name the data of each round in order, e.g. [round_1, round_2]");
            return;
        }
        var rounds = new ArrayList<DelphiRound>();
        boolean ok = true;
        for (Field rf : roundFields) {
            DelphiRound round = round(rf, expert, questions, questionFields, r);
            ok &= round != null;
            rounds.add(round);
        }
        if (ok) {
            draft.delphi = new DelphiStudy(expert, questions, labels, labelsFi, rounds);
        }
    }

    /** The questions as a list of columns or a mapping of columns to labels; the fields, or null after reporting. */
    private static List<Field> questions(Field f, List<String> ids, List<String> labels, List<String> labelsFi,
                                         Reading r) {
        List<Field> out = new ArrayList<>();
        if (f.node() instanceof Node.Sequence) {
            List<Field> items = r.items(f, "a list of columns");
            if (items == null) {
                return null;
            }
            for (Field i : items) {
                String id = r.text(i);
                if (id == null) {
                    return null;
                }
                ids.add(id);
                labels.add(id);
                labelsFi.add(null);
                out.add(i);
            }
        } else {
            var entries = r.fields(f, "the statements as columns with labels, e.g. {q1: \"Trade recovers\", q2: "
                    + "{label: \"…\", label_fi: \"…\"}}, or a list of columns", null);
            if (entries == null) {
                return null;
            }
            for (Field e : entries.values()) {
                ids.add(e.key());
                if (e.node() instanceof Node.Mapping) {
                    var lm = r.fields(e, "a label such as {label: \"…\", label_fi: \"…\"}", List.of("label",
                            "label_fi"));
                    if (lm == null) {
                        return null;
                    }
                    String en = r.text(lm, "label");
                    labels.add(en == null ? e.key() : en);
                    labelsFi.add(r.text(lm, "label_fi"));
                } else {
                    String en = e.isNull() ? null : r.text(e);
                    labels.add(en == null ? e.key() : en);
                    labelsFi.add(null);
                }
                out.add(e);
            }
        }
        if (ids.isEmpty()) {
            r.fail(f, "no statements; name the columns asked in every round, e.g. [q1, q2]");
            return null;
        }
        return out;
    }

    /** One round from its data entry, or null after reporting. */
    private static DelphiRound round(Field rf, String expert, List<String> questions, List<Field> questionFields,
                                     Reading r) {
        String name = r.text(rf);
        if (name == null || r.failedData.contains(name)) {
            return null;
        }
        DataSet set = r.data.get(name).orElse(null);
        if (set == null) {
            r.fail(rf, r.data.unknown(name));
            return null;
        }
        boolean ok = true;
        if (!set.hasColumn(expert)) {
            r.fail(rf, "round " + name + ": " + set.unknownColumn(expert) + " (the expert column)");
            ok = false;
        }
        for (int q = 0; q < questions.size(); q++) {
            if (!set.hasColumn(questions.get(q))) {
                r.fail(rf, "round " + name + ": " + set.unknownColumn(questions.get(q)));
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        int[] all = set.select(Map.of());
        var experts = new ArrayList<String>();
        Set<String> seen = new HashSet<>();
        for (int i : all) {
            String id = set.text(i, expert);
            if (id == null || !seen.add(id)) {
                r.fail(rf, set.file() + ":" + set.row(i) + ": " + (id == null ? "no expert id in column '" + expert
                        + "'; every row of a round names its expert" : "expert '" + id + "' answers twice in round "
                        + name + "; each expert has one row per round"));
                return null;
            }
            experts.add(id);
        }
        double[][] answers = new double[all.length][questions.size()];
        for (int q = 0; q < questions.size(); q++) {
            double[] column;
            try {
                column = set.numbers(questions.get(q), all);
            } catch (DataException e) {
                DataSection.report(e, r);
                r.fail(questionFields.get(q), "the answers in column '" + questions.get(q) + "' of " + set.file()
                        + " are not all numbers on its scale (see the problems of " + set.file() + " listed below)");
                return null;
            }
            for (int i = 0; i < all.length; i++) {
                answers[i][q] = column[i];
            }
        }
        return new DelphiRound(name, experts, answers);
    }
}
