package fi.foresight.io;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Driver;
import fi.foresight.model.Range;
import fi.foresight.model.TimeProcess;
import java.util.List;
import java.util.Map;

/**
 * {@code variables: {id: {label, label_fi, unit, category, distribution, range, source, process}}}; a variable
 * whose process is {@code milestones} may leave out its distribution (it then starts on the path).
 */
final class VariablesSection {
    static final List<String> KEYS = List.of("label", "label_fi", "unit", "category", "distribution", "range", "source",
            "process");
    /** Stands in for a distribution that failed to read, so that references to the driver stay valid. */
    private static final Distribution PLACEHOLDER = new Uniform(0, 1);

    private VariablesSection() {
    }

    static void read(Field section, Reading r, ModelDraft draft) {
        var variables = r.fields(section, "a mapping of variable ids to their definitions, e.g. "
                + "{x1: {distribution: {type: uniform, min: 0, max: 1}}}", null);
        if (variables == null) {
            return;
        }
        if (variables.isEmpty()) {
            r.fail(section, "no variables are declared; declare at least one, e.g. "
                    + "x1: {distribution: {type: uniform, min: 0, max: 1}}");
        }
        int before = draft.drivers.size();
        variables.values().forEach(v -> variable(v, r, draft));
        if (draft.drivers.size() - before < variables.size()) {
            r.failedExactly(section.path()); // a variable with a bad id is missing; "no variables" would repeat it
        }
    }

    private static void variable(Field f, Reading r, ModelDraft draft) {
        Map<String, Field> m = r.fields(f, "a mapping with the variable's distribution, e.g. "
                + "{distribution: {type: uniform, min: 0, max: 1}}", KEYS);
        if (m == null) {
            placeholder(f, r, draft);
            return;
        }
        TimeProcess process = null;
        Field pf = m.get("process");
        if (pf != null && !pf.isNull()) {
            process = TimeSections.process(pf, r);
        }
        Distribution d = null;
        Field df = m.get("distribution");
        if (df == null && process instanceof TimeProcess.Milestones) {
            d = PLACEHOLDER;
            draft.startFromMilestones.add(f.key());
        } else if (df == null) {
            r.missing(f, "distribution", "a variable needs a distribution, e.g. "
                    + "distribution: {type: uniform, min: 0, max: 1}");
        } else {
            d = DistributionReader.read(df, r);
        }
        Range range = null;
        Field rf = m.get("range");
        if (rf != null && !rf.isNull()) {
            range = range(rf, r);
        }
        List<String> sources = r.sources(m);
        final Distribution dist = d == null ? PLACEHOLDER : d;
        final Range rg = range;
        final TimeProcess pr = process;
        Driver driver = r.attemptAtKey(f, () -> new Driver(f.key(), r.text(m, "label"), r.text(m, "label_fi"),
                r.text(m, "unit"), r.text(m, "category"), dist, rg, sources, pr));
        if (driver != null) {
            draft.drivers.add(driver);
        }
    }

    /** Declares the driver anyway (when its id is valid), so that references to it are not reported too. */
    private static void placeholder(Field f, Reading r, ModelDraft draft) {
        r.failed(f.path());
        Driver d = r.attemptAtKey(f, () -> Driver.of(f.key(), PLACEHOLDER));
        if (d != null) {
            draft.drivers.add(d);
        }
    }

    static Range range(Field f, Reading r) {
        double[] ends = r.numbers(f, "a range [min, max]");
        if (ends == null) {
            return null;
        }
        if (ends.length != 2) {
            r.fail(f, "expected a range [min, max] of two numbers, got " + ends.length + " numbers");
            return null;
        }
        return r.attempt(f, () -> new Range(ends[0], ends[1]));
    }
}
