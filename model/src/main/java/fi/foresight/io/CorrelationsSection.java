package fi.foresight.io;

import fi.foresight.io.Node.Mapping;
import fi.foresight.model.Correlation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code correlations:} as a list of pairs {@code [{between: [a, b], rho: 0.5}, …]} or as a matrix
 * {@code {variables: [a, b, c], matrix: [[1, …], …]}} (symmetric, unit diagonal; zero entries add nothing).
 */
final class CorrelationsSection {
    private static final List<String> PAIR_KEYS = List.of("between", "rho");
    private static final List<String> MATRIX_KEYS = List.of("variables", "matrix");

    private CorrelationsSection() {
    }

    static void read(Field section, Reading r, ModelDraft draft) {
        int before = r.problems.list().size();
        if (section.node() instanceof Mapping) {
            matrix(section, r, draft);
        } else {
            List<Field> items = r.items(section, "a list of pairs such as [{between: [a, b], rho: 0.5}] or a "
                    + "mapping {variables: [a, b], matrix: [[1, 0.5], [0.5, 1]]}");
            if (items != null) {
                items.forEach(i -> pair(i, r, draft));
            }
        }
        if (r.problems.list().size() > before) {
            r.failedExactly(section.path());
        }
    }

    private static void pair(Field item, Reading r, ModelDraft draft) {
        Map<String, Field> m = r.fields(item, "a pair such as {between: [a, b], rho: 0.5}", PAIR_KEYS);
        if (m == null) {
            return;
        }
        List<String> between = null;
        Field bf = m.get("between");
        if (bf == null) {
            r.missing(item, "between", "a correlation names two variables, e.g. between: [x1, x2]");
        } else {
            between = r.ids(bf, "two variable ids such as [x1, x2]");
            if (between != null && between.size() != 2) {
                r.fail(bf, "expected two variable ids such as [x1, x2], got " + between.size());
                between = null;
            }
        }
        Double rho = null;
        Field rf = m.get("rho");
        if (rf == null) {
            r.missing(item, "rho", "a correlation gives its Spearman rank correlation, e.g. rho: 0.5");
        } else {
            rho = r.number(rf);
        }
        if (between != null && rho != null) {
            List<String> ab = between;
            double rh = rho;
            add(r.attempt(item, () -> new Correlation(ab.get(0), ab.get(1), rh)), item, r, draft);
        }
    }

    private static void matrix(Field section, Reading r, ModelDraft draft) {
        Map<String, Field> m = r.fields(section, "a correlation matrix", MATRIX_KEYS);
        if (m == null) {
            return;
        }
        Field vf = m.get("variables");
        Field mf = m.get("matrix");
        if (vf == null) {
            r.missing(section, "variables", "a correlation matrix names its variables in order, e.g. variables: [x1, x2]");
        }
        if (mf == null) {
            r.missing(section, "matrix", "give the matrix as rows, e.g. matrix: [[1, 0.5], [0.5, 1]]");
        }
        List<String> vars = vf == null ? null : r.ids(vf, "a list of variable ids such as [x1, x2]");
        if (vars == null || mf == null) {
            return;
        }
        var seen = new HashSet<String>();
        for (String v : vars) {
            if (!seen.add(v)) {
                r.fail(vf, "variable '" + v + "' is listed twice; list each variable once");
                return;
            }
        }
        List<Field> rows = r.items(mf, "a list of rows such as [[1, 0.5], [0.5, 1]]");
        if (rows == null) {
            return;
        }
        int n = vars.size();
        if (rows.size() != n) {
            r.fail(mf, "the matrix has " + rows.size() + " rows for " + n + " variables; give one row per variable");
            return;
        }
        double[][] c = new double[n][];
        Field[][] cells = new Field[n][];
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            List<Field> row = r.items(rows.get(i), "a row of numbers");
            double[] values = row == null ? null : r.numbers(rows.get(i), "a row of numbers");
            if (values == null) {
                ok = false;
                continue;
            }
            if (values.length != n) {
                r.fail(rows.get(i), "row " + i + " has " + values.length + " entries for " + n
                        + " variables; the matrix is " + n + " x " + n);
                ok = false;
                continue;
            }
            c[i] = values;
            cells[i] = row.toArray(new Field[0]);
        }
        if (!ok) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (c[i][i] != 1) {
                r.fail(cells[i][i], "the diagonal entry for " + vars.get(i) + " is " + c[i][i]
                        + "; the diagonal of a correlation matrix is 1");
                ok = false;
            }
            for (int j = 0; j < i; j++) {
                if (c[i][j] != c[j][i]) {
                    r.fail(cells[i][j], "entry [" + i + "][" + j + "] (" + c[i][j] + ") differs from [" + j + "]["
                            + i + "] (" + c[j][i] + "); a correlation matrix is symmetric");
                    ok = false;
                }
            }
        }
        if (!ok) {
            return;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (c[i][j] != 0) {
                    String a = vars.get(i);
                    String b = vars.get(j);
                    double rho = c[i][j];
                    add(r.attempt(cells[i][j], () -> new Correlation(a, b, rho)), cells[i][j], r, draft);
                }
            }
        }
    }

    private static void add(Correlation c, Field from, Reading r, ModelDraft draft) {
        if (c != null) {
            r.modelPath("correlations[" + draft.correlations.size() + "]", from);
            draft.correlations.add(c);
        }
    }
}
