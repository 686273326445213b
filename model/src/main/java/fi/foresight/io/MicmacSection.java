package fi.foresight.io;

import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.io.Node.Sequence;
import fi.foresight.model.Driver;
import fi.foresight.model.Suggestions;
import fi.foresight.model.InfluenceMatrix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code micmac:} a direct-influence matrix for MICMAC: {@code variables} (default: the model's drivers, in
 * order) and {@code matrix}, one row per variable, as a list of rows in the order of the variables or as a mapping
 * variable → row. A row is text of judgements separated by blanks ({@code "0 3 2 P"}) or a list
 * ({@code [0, 3, 2, P]}): 0 none, 1 weak, 2 moderate, 3 strong, P potential; the diagonal is 0.
 */
final class MicmacSection {
    static final List<String> KEYS = List.of("variables", "matrix");
    private static final String JUDGEMENTS = "use 0 (none), 1 (weak), 2 (moderate), 3 (strong) or P (potential)";

    private MicmacSection() {
    }

    /** One judgement as written: its text and where a problem with it is shown. */
    private record Cell(String text, Field field, int column) {
    }

    static void read(Field section, Reading r, ModelDraft draft) {
        Map<String, Field> m = r.fields(section, "a MICMAC matrix such as {variables: [a, b], matrix: [\"0 3\", "
                + "\"1 0\"]}", KEYS);
        if (m == null) {
            return;
        }
        List<String> given = null;
        Field vf = m.get("variables");
        if (vf != null) {
            given = variables(vf, r);
            if (given == null) {
                return;
            }
        }
        Field mf = m.get("matrix");
        if (mf == null) {
            r.missing(section, "matrix", "MICMAC needs the direct-influence matrix, e.g. matrix: [\"0 3\", \"1 0\"]");
            return;
        }
        List<String> explicit = given;
        draft.afterSections.add(() -> {
            List<String> vars = explicit;
            if (vars == null) {
                if (r.problems.list().stream().anyMatch(p -> p.path().startsWith("variables"))) {
                    return; // the drivers did not read; their count would only mislead
                }
                vars = draft.drivers.stream().map(Driver::id).toList();
                if (vars.isEmpty()) {
                    r.fail(mf, "the model declares no variables, so MICMAC has none; list them under "
                            + "micmac.variables, e.g. variables: [a, b, c]");
                    return;
                }
            }
            build(section, mf, vars, r, draft);
        });
    }

    private static List<String> variables(Field vf, Reading r) {
        List<String> vars = r.ids(vf, "a list of variable names such as [a, b, c]");
        if (vars == null) {
            return null;
        }
        if (vars.isEmpty()) {
            r.fail(vf, "no variables; list at least one, or leave variables out to use the model's drivers");
            return null;
        }
        var seen = new HashSet<String>();
        for (String v : vars) {
            if (v.isBlank() || !seen.add(v)) {
                r.fail(vf, "variable '" + v + "' is " + (v.isBlank() ? "blank" : "listed twice")
                        + "; names must be unique and non-blank");
                return null;
            }
        }
        return vars;
    }

    private static void build(Field section, Field mf, List<String> vars, Reading r, ModelDraft draft) {
        int n = vars.size();
        List<Field> rows = rows(mf, vars, r);
        if (rows == null) {
            return;
        }
        boolean ok = true;
        var texts = new String[n];
        for (int i = 0; i < n; i++) {
            if (rows.get(i) == null) {
                ok = false;
                continue;
            }
            List<Cell> cells = cells(rows.get(i), r);
            if (cells == null) {
                ok = false;
                continue;
            }
            if (cells.size() != n) {
                r.fail(rows.get(i), "the row of " + vars.get(i) + " has " + cells.size() + " judgements; it needs "
                        + n + ", one per variable in the order " + shortList(vars));
                ok = false;
                continue;
            }
            var sb = new StringBuilder();
            for (int j = 0; j < n; j++) {
                Cell c = cells.get(j);
                String t = c.text();
                boolean valid = t.equalsIgnoreCase("P") || (t.length() == 1 && t.charAt(0) >= '0' && t.charAt(0) <= '3');
                if (!valid) {
                    cellProblem(c, r, "'" + t + "' is not a judgement of the influence of " + vars.get(i) + " on "
                            + vars.get(j) + "; " + JUDGEMENTS);
                    ok = false;
                } else if (i == j && !t.equals("0")) {
                    cellProblem(c, r, "the influence of " + vars.get(i) + " on itself is " + t
                            + "; a variable does not influence itself, use 0");
                    ok = false;
                }
                sb.append(j == 0 ? "" : " ").append(t);
            }
            texts[i] = sb.toString();
        }
        if (ok) {
            draft.micmac = r.attempt(section, () -> InfluenceMatrix.parse(vars, texts));
        }
    }

    /** The rows in the order of the variables (null for a row that is missing), or null after reporting. */
    private static List<Field> rows(Field mf, List<String> vars, Reading r) {
        int n = vars.size();
        if (mf.node() instanceof Mapping) {
            var all = r.fields(mf, "rows by variable", null);
            var misspelt = new HashSet<String>();
            for (Field f : all.values()) {
                if (!vars.contains(f.key())) {
                    Suggestions.closest(f.key(), vars).ifPresent(misspelt::add);
                    r.problem(f.keyLoc(), f.path(), "unknown variable '" + f.key() + "'"
                            + Suggestions.didYouMean(f.key(), vars) + "; the rows are those of " + shortList(vars));
                    r.failed(f.path());
                }
            }
            var out = new ArrayList<Field>();
            for (String v : vars) {
                if (!all.containsKey(v) && !misspelt.contains(v)) {
                    r.problem(mf.keyLoc(), mf.path(), "no row for the variable " + v + "; give one row per variable: "
                            + shortList(vars));
                }
                out.add(all.get(v));
            }
            return out;
        }
        List<Field> items = r.items(mf, "the rows of the matrix as a list of text such as [\"0 3\", \"1 0\"] or a "
                + "mapping variable → row");
        if (items == null) {
            return null;
        }
        if (items.size() != n) {
            r.fail(mf, "the matrix has " + items.size() + " rows; it needs " + n + ", one per variable in the order "
                    + shortList(vars));
            return null;
        }
        return items;
    }

    /** The judgements of one row with their positions, or null after reporting. */
    private static List<Cell> cells(Field row, Reading r) {
        var out = new ArrayList<Cell>();
        if (row.node() instanceof Sequence) {
            for (Field item : r.items(row, "a row")) {
                if (!(item.node() instanceof Scalar s) || s.kind() == Scalar.Kind.NULL) {
                    r.fail(item, "expected a judgement, got " + item.node().describe() + "; " + JUDGEMENTS);
                    return null;
                }
                out.add(new Cell(s.text(), item, 0));
            }
            return out;
        }
        if (!(row.node() instanceof Scalar s) || s.kind() == Scalar.Kind.NULL) {
            r.fail(row, "expected a row of judgements such as \"0 3 2 P\", got " + row.node().describe());
            return null;
        }
        String text = s.text();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            out.add(new Cell(text.substring(start, i), row, start + 1));
        }
        return out;
    }

    private static void cellProblem(Cell c, Reading r, String message) {
        if (c.column() > 0) {
            r.expressionProblem(c.field(), c.column(), message);
        } else {
            r.problem(c.field(), message);
        }
    }

    private static String shortList(List<String> vars) {
        return vars.size() <= 8 ? String.join(", ", vars) : String.join(", ", vars.subList(0, 6)) + ", … ("
                + vars.size() + " in all)";
    }
}
