package fi.foresight.io;

import fi.foresight.data.DataException;
import fi.foresight.data.DataProblem;
import fi.foresight.data.DataSet;
import fi.foresight.data.DataSets;
import fi.foresight.data.DataSpec;
import fi.foresight.data.Scale;
import fi.foresight.model.Ids;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code data: {survey: {file, sheet, delimiter, missing, min_answers, scales}}}: the model's data files, read
 * relative to the model file before any other section (so that drivers and panels can take answers from them).
 * Problems of a file's content are reported at their row and column of the data file.
 */
final class DataSection {
    static final List<String> KEYS = List.of("file", "sheet", "delimiter", "missing", "min_answers", "scales");
    static final List<String> SCALE_KEYS = List.of("min", "max", "labels");
    /** Largest data file: 20 MiB. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private DataSection() {
    }

    static void read(Field section, Reading r, ModelDraft draft) {
        var entries = r.fields(section, "a mapping of data set names to their files, e.g. "
                + "{survey: {file: data/survey.csv}}", null);
        if (entries == null) {
            return;
        }
        var sets = new ArrayList<DataSet>();
        entries.forEach((name, f) -> {
            if (!Ids.isValid(name)) {
                r.problem(f.keyLoc(), f.path(), Ids.invalid("data set", name));
                return;
            }
            DataSet set = dataSet(name, f, r);
            if (set != null) {
                sets.add(set);
            } else {
                r.failedData.add(name);
            }
        });
        r.data = new DataSets(sets);
    }

    private static DataSet dataSet(String name, Field f, Reading r) {
        Map<String, Field> m = r.fields(f, "a data file, e.g. {file: data/survey.csv}", KEYS);
        if (m == null) {
            return null;
        }
        Field ff = m.get("file");
        if (ff == null) {
            r.missing(f, "file", "a data set names its file, relative to the model file, e.g. file: data/survey.csv");
            return null;
        }
        String file = r.text(ff);
        if (file == null) {
            r.fail(ff, "expected the data file's path relative to the model file, e.g. data/survey.csv");
            return null;
        }
        String pathProblem = pathProblem(file);
        if (pathProblem != null) {
            r.fail(ff, pathProblem);
            return null;
        }
        DataSpec spec = spec(name, file, m, r);
        if (spec == null) {
            return null;
        }
        Path path;
        try {
            Path base = Path.of(r.problems.file()).getParent();
            path = base == null ? Path.of(file) : base.resolve(file);
        } catch (java.nio.file.InvalidPathException e) {
            r.fail(ff, "'" + file + "' cannot be found from the model file's name; load the model from a file");
            return null;
        }
        String shown = path.toString();
        byte[] bytes;
        if (r.suppliedData != null) {
            bytes = r.suppliedData.get(file);
            if (bytes == null) {
                r.fail(ff, shown + ": the file was not handed over with the model");
                return null;
            }
        } else {
            try {
                bytes = InputFiles.read(path, MAX_BYTES, "data files");
            } catch (IOException e) {
                r.fail(ff, shown + ": " + InputFiles.reason(e));
                return null;
            }
        }
        try {
            DataSet set = DataSet.parse(bytes, spec, shown);
            r.dataFiles.put(file, bytes);
            for (String column : spec.scales().keySet()) {
                if (!set.hasColumn(column)) {
                    Field sf = r.locate(f.child("scales") + "." + column).field();
                    r.problem(sf.keyLoc(), sf.path(), set.unknownColumn(column));
                }
            }
            return set;
        } catch (DataException e) {
            report(e, r);
            r.failed(f.path());
            r.failedData.add(name);
            return null;
        }
    }

    /** Adds the problems of a data file, each at its row and column of that file. */
    static void report(DataException e, Reading r) {
        for (DataProblem p : e.problems()) {
            r.problems.addOther(new FileProblem(p.file(), p.row(), p.row() == 0 ? 0 : Math.max(1, p.column()),
                    p.place(), p.message()));
        }
    }

    /** Why a data file's path is refused, or null. */
    static String pathProblem(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:.*")) {
            return "'" + file + "' is an absolute path; name the data file relative to the model file (e.g. "
                    + "data/survey.csv), so that a run keeps a copy beside its copy of the model";
        }
        if (file.contains("\\")) {
            return "'" + file + "' uses '\\' between folders; write '/' (e.g. data/survey.csv), which works on "
                    + "every system";
        }
        for (String part : file.split("/", -1)) {
            if (part.equals("..")) {
                return "'" + file + "' leaves the model file's folder; keep data files in it or below it (e.g. "
                        + "data/survey.csv), so that a run keeps a copy beside its copy of the model";
            }
            if (!part.matches("[A-Za-z0-9_][A-Za-z0-9._-]{0,159}")) {
                return "'" + file + "' has a name other than letters a-z, digits, '.', '-' and '_' (not starting "
                        + "with '.') between its '/'s; rename the file (e.g. data/survey-2018.csv), so that a run can keep a "
                        + "copy under the same name";
            }
        }
        if (!lower.matches(".*\\.(csv|tsv|txt|xlsx)")) {
            return "'" + file + "' is neither a .csv nor an .xlsx file; export the answers as CSV UTF-8 (.csv, .tsv, "
                    + ".txt) or as an Excel workbook (.xlsx)" + (lower.endsWith(".xls") ? " (the old .xls format is "
                    + "not read)" : "");
        }
        return null;
    }

    private static DataSpec spec(String name, String file, Map<String, Field> m, Reading r) {
        boolean ok = true;
        List<String> missing = null;
        Field mf = m.get("missing");
        if (mf != null && !mf.isNull()) {
            missing = texts(mf, r);
            ok = missing != null;
        }
        int minAnswers = DataSpec.DEFAULT_MIN_ANSWERS;
        Field af = m.get("min_answers");
        if (af != null && !af.isNull()) {
            Double v = r.number(af);
            if (v == null) {
                ok = false;
            } else if (v < 1 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
                r.fail(af, "expected a whole number of at least 1, got " + af.node().describe());
                ok = false;
            } else {
                minAnswers = (int) (double) v;
            }
        }
        char delimiter = 0;
        Field df = m.get("delimiter");
        if (df != null && !df.isNull()) {
            String d = r.text(df);
            delimiter = d == null ? (char) 0 : switch (d) {
                case ",", ";", "|" -> d.charAt(0);
                case "\t", "tab" -> '\t';
                default -> (char) 0;
            };
            if (delimiter == 0) {
                r.fail(df, "expected one of \",\", \";\", \"|\" or tab, got " + df.node().describe());
                ok = false;
            }
        }
        String sheet = null;
        Field sh = m.get("sheet");
        if (sh != null && !sh.isNull()) {
            sheet = r.text(sh);
            if (!file.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                r.fail(sh, "a sheet is chosen in an .xlsx workbook only; " + file + " is a CSV file");
                ok = false;
            }
        }
        Map<String, Scale> scales = new LinkedHashMap<>();
        Field sf = m.get("scales");
        if (sf != null && !sf.isNull()) {
            var cols = r.fields(sf, "a mapping of columns to their scales, e.g. {q1: {min: 1, max: 5}}", null);
            if (cols == null) {
                ok = false;
            } else {
                for (var e : cols.entrySet()) {
                    Scale s = scale(e.getValue(), r);
                    if (s == null) {
                        ok = false;
                    } else {
                        scales.put(e.getKey(), s);
                    }
                }
            }
        }
        if (!ok) {
            return null;
        }
        return new DataSpec(name, file, missing, scales, sheet, delimiter, minAnswers);
    }

    private static List<String> texts(Field f, Reading r) {
        if (f.node() instanceof Node.Scalar) {
            String t = r.text(f);
            return t == null ? List.of() : List.of(t);
        }
        var items = r.items(f, "a list of texts that mean no answer, e.g. [\"\", NA, \"-\"]");
        if (items == null) {
            return null;
        }
        var out = new ArrayList<String>();
        for (Field i : items) {
            if (!(i.node() instanceof Node.Scalar)) {
                r.fail(i, "expected a text, got " + i.node().describe());
                return null;
            }
            String t = r.text(i);
            out.add(t == null ? "" : t);
        }
        return out;
    }

    private static Scale scale(Field f, Reading r) {
        var m = r.fields(f, "a scale, e.g. {min: 1, max: 5} or {labels: {\"not at all\": 1, \"very much\": 5}}",
                SCALE_KEYS);
        if (m == null) {
            return null;
        }
        Double min = m.containsKey("min") ? r.number(m.get("min")) : Double.valueOf(Double.NaN);
        Double max = m.containsKey("max") ? r.number(m.get("max")) : Double.valueOf(Double.NaN);
        Map<String, Double> labels = new LinkedHashMap<>();
        Field lf = m.get("labels");
        boolean ok = min != null && max != null;
        if (lf != null) {
            var ls = r.fields(lf, "a mapping of labels to numbers, e.g. {\"not at all\": 1, \"very much\": 5}", null);
            if (ls == null) {
                return null;
            }
            for (var e : ls.entrySet()) {
                Double v = r.number(e.getValue());
                if (v == null) {
                    ok = false;
                } else {
                    labels.put(e.getKey(), v);
                }
            }
        }
        if (!ok) {
            return null;
        }
        return r.attempt(f, () -> new Scale(min, max, labels));
    }
}
