package fi.foresight.io;

import fi.foresight.model.Target;
import java.util.List;
import java.util.Map;

/** {@code targets: {outcome_column: {at_least: x, at_most: y, label: "…", label_fi: "…"}}}. */
final class TargetsSection {
    static final List<String> KEYS = List.of("at_least", "at_most", "label", "label_fi");

    private TargetsSection() {
    }

    static void read(Field section, Reading r, ModelDraft draft) {
        var targets = r.fields(section, "a mapping of outcomes to thresholds, e.g. {index: {at_least: 0.6}}", null);
        if (targets == null) {
            return;
        }
        for (Field t : targets.values()) {
            Map<String, Field> m = r.fields(t, "thresholds such as {at_least: 0.6} or {at_most: 10}", KEYS);
            if (m == null) {
                continue;
            }
            Double atLeast = r.number(m, "at_least", Double.NaN);
            Double atMost = r.number(m, "at_most", Double.NaN);
            boolean misspelt = r.suggested(t.child("at_least")) || r.suggested(t.child("at_most"));
            if (atLeast != null && atMost != null && !misspelt) {
                Target target = r.attemptAtKey(t, () -> new Target(t.key(), atLeast, atMost,
                        r.text(m, "label"), r.text(m, "label_fi")));
                if (target != null) {
                    draft.targets.add(target);
                }
            }
        }
    }
}
