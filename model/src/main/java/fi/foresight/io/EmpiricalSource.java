package fi.foresight.io;

import fi.foresight.data.DataException;
import fi.foresight.data.DataRef;
import fi.foresight.data.DataSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an empirical distribution's observations come from: {@code values:} (with optional {@code counts:}) written
 * in the model, or {@code data: survey.q7} (with an optional {@code filter: {subregion: forssa}}), the answers of one
 * column of a data file, missing answers left out. The one place that gathers them, so that what is done with the
 * observations (resampled as they are, or a distribution fitted to them) does not depend on where they came from.
 */
final class EmpiricalSource {
    /** The keys of an empirical distribution that say where its observations come from. */
    static final List<String> KEYS = List.of("values", "counts", "data", "filter");

    private EmpiricalSource() {
    }

    /**
     * Observations: each value with its count ({@code counts} null: each value once).
     *
     * @param values the observed values (raw answers, in file order, when from data)
     * @param counts how often each value was observed, or null
     */
    record Observations(double[] values, double[] counts) {
    }

    /** A stand-in after a reported problem (the distribution is then not built). */
    private static final Observations NONE = new Observations(new double[] {0}, null);

    static Observations gather(DistributionReader.Params p) {
        Reading r = p.reading();
        boolean fromData = p.has("data");
        if (fromData && p.has("values")) {
            r.problem(p.owner(), "both values and data are given; an empirical distribution takes its observations "
                    + "from values: [..] or from a data file's column, data: survey.q7, not both");
            p.incomplete();
            return NONE;
        }
        if (!fromData) {
            if (p.has("filter")) {
                r.fail(p.field("filter"), "a filter selects the respondents of data:, which is not given; write "
                        + "data: survey.q7 with the filter, or leave the filter out");
                p.incomplete();
                return NONE;
            }
            if (!p.has("values")) {
                r.missing(p.owner(), "values", "an empirical distribution takes its observations from values: "
                        + "[3, 4, 4, 5] or from a data file's column, data: survey.q7");
                p.incomplete();
                return NONE;
            }
            double[] values = p.list("values", true);
            double[] counts = p.list("counts", false);
            return values == null || counts == null ? NONE : new Observations(values, counts);
        }
        if (p.has("counts")) {
            r.fail(p.field("counts"), "counts go with values:; the answers of data: count each respondent once");
            p.incomplete();
            return NONE;
        }
        double[] answers = answers(p.field("data"), p.field("filter"), r);
        if (answers == null) {
            r.failed(p.owner().path());
            p.incomplete();
            return NONE;
        }
        return new Observations(answers, null);
    }

    /** The answers a driver takes from data, or null after reporting. */
    private static double[] answers(Field df, Field ff, Reading r) {
        String text = df.node() instanceof Node.Scalar ? r.text(df) : null;
        if (text == null) {
            r.fail(df, "expected a data set and a column joined by a dot, e.g. data: survey.q7, got "
                    + df.node().describe());
            return null;
        }
        DataRef ref;
        try {
            ref = DataRef.parse(text);
        } catch (IllegalArgumentException e) {
            r.fail(df, e.getMessage());
            return null;
        }
        if (r.failedData.contains(ref.data())) {
            return null; // its file's problems are reported already
        }
        DataSet set = r.data.get(ref.data()).orElse(null);
        if (set == null) {
            r.fail(df, r.data.unknown(ref.data()));
            return null;
        }
        if (!set.hasColumn(ref.column())) {
            r.fail(df, set.unknownColumn(ref.column()));
            return null;
        }
        Map<String, List<String>> filter = ff == null || ff.isNull() ? Map.of() : filter(ff, set, r);
        if (filter == null) {
            return null;
        }
        int[] who = set.select(filter);
        double[] numbers;
        try {
            numbers = set.numbers(ref.column(), who);
        } catch (DataException e) {
            DataSection.report(e, r);
            r.fail(df, "the answers in column '" + ref.column() + "' of " + set.file() + " are not all numbers on its "
                    + "scale (see the problems of " + set.file() + " listed below)");
            return null;
        }
        double[] answers = java.util.Arrays.stream(numbers).filter(v -> !Double.isNaN(v)).toArray();
        int min = set.spec().minAnswers();
        if (answers.length < min) {
            r.fail(df, "only " + answers.length + " answer" + (answers.length == 1 ? "" : "s") + " in " + ref
                    + (filter.isEmpty() ? "" : " from the respondents with " + describe(filter))
                    + (numbers.length == answers.length ? "" : " (" + (numbers.length - answers.length)
                    + " missing, left out)") + "; a driver from data needs at least "
                    + min + " (min_answers of data." + set.name() + ")");
            return null;
        }
        if (answers.length < numbers.length) {
            Field at = df;
            r.notes.add(new FileProblem(r.problems.file(), at.at().line(), at.at().column(), at.path(), "note: "
                    + answers.length + " answers from " + ref + (filter.isEmpty() ? "" : " of the respondents with "
                    + describe(filter)) + "; " + (numbers.length - answers.length) + " missing answer"
                    + (numbers.length - answers.length == 1 ? "" : "s") + " left out"));
        }
        return answers;
    }

    /** {@code filter: {subregion: forssa, role: [entrepreneur, development_centre]}}, checked against the file. */
    static Map<String, List<String>> filter(Field ff, DataSet set, Reading r) {
        var m = r.fields(ff, "a mapping of columns to the answers that select respondents, e.g. "
                + "{subregion: forssa}", null);
        if (m == null) {
            return null;
        }
        var out = new LinkedHashMap<String, List<String>>();
        boolean ok = true;
        for (var e : m.entrySet()) {
            Field f = e.getValue();
            if (!set.hasColumn(e.getKey())) {
                r.problem(f.keyLoc(), f.path(), set.unknownColumn(e.getKey()));
                ok = false;
                continue;
            }
            List<Field> items = f.node() instanceof Node.Sequence ? r.items(f, "a list of answers") : List.of(f);
            var values = new ArrayList<String>();
            for (Field i : items) {
                String v = i.node() instanceof Node.Scalar s && s.kind() != Node.Scalar.Kind.NULL ? s.text() : null;
                if (v == null) {
                    r.problem(i, "expected an answer of column '" + e.getKey() + "' (e.g. " + first(set, e.getKey())
                            + "), got " + i.node().describe());
                    ok = false;
                } else if (!set.hasValue(e.getKey(), v)) {
                    r.problem(i, set.unknownValue(e.getKey(), v));
                    ok = false;
                } else {
                    values.add(v);
                }
            }
            out.put(e.getKey(), values);
        }
        if (out.isEmpty() && ok) {
            r.problem(ff, "the filter names no column; write e.g. filter: {subregion: forssa}, or leave it out");
            return null;
        }
        return ok ? out : null;
    }

    private static String first(DataSet set, String column) {
        List<String> v = set.values(column);
        return v.isEmpty() ? "a value" : v.get(0);
    }

    private static String describe(Map<String, List<String>> filter) {
        var parts = new ArrayList<String>();
        filter.forEach((k, v) -> parts.add(k + " " + (v.size() == 1 ? v.get(0) : String.join(" or ", v))));
        return String.join(" and ", parts);
    }
}
