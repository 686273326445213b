package fi.foresight.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The direct-influence matrix of structural analysis (Godet's MICMAC): how strongly each variable (row) acts
 * directly on each other variable (column), judged 0 (none), 1 (weak), 2 (moderate), 3 (strong) or P (potential:
 * no influence today, but one may appear). Potential influences are kept apart from the present values.
 *
 * <pre>{@code
 * InfluenceMatrix m = InfluenceMatrix.parse(List.of("energy", "climate", "policy"),
 *         "0 3 P",
 *         "1 0 2",
 *         "2 1 0");
 * Micmac.of(m).run().table();
 * }</pre>
 *
 * <p>Immutable; a variable does not act on itself, so the diagonal must be 0.
 */
public final class InfluenceMatrix {

    private final List<String> variables;
    private final int[][] values;
    private final boolean[][] potential;

    private InfluenceMatrix(List<String> variables, int[][] values, boolean[][] potential) {
        this.variables = variables;
        this.values = values;
        this.potential = potential;
    }

    /**
     * A matrix from rows of blank-separated judgements {@code 0}, {@code 1}, {@code 2}, {@code 3} or {@code P}.
     *
     * @param variables the variable ids, unique
     * @param rows      one row per variable, e.g. {@code "0 2 P"}
     * @return the matrix
     * @throws IllegalArgumentException naming the row and column of the first invalid entry
     */
    public static InfluenceMatrix parse(List<String> variables, String... rows) {
        List<String> vars = checkVariables(variables);
        int n = vars.size();
        if (rows.length != n) {
            throw new IllegalArgumentException(rows.length + " rows for " + n + " variables; give one row per variable");
        }
        int[][] values = new int[n][n];
        boolean[][] potential = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            String[] cells = rows[i].trim().split("\\s+");
            if (cells.length != n) {
                throw new IllegalArgumentException("row " + vars.get(i) + " has " + cells.length + " entries; it needs "
                        + n + " (one per variable)");
            }
            for (int j = 0; j < n; j++) {
                String c = cells[j];
                if (c.equalsIgnoreCase("P")) {
                    potential[i][j] = true;
                } else if (c.length() == 1 && c.charAt(0) >= '0' && c.charAt(0) <= '3') {
                    values[i][j] = c.charAt(0) - '0';
                } else {
                    throw new IllegalArgumentException("influence of " + vars.get(i) + " on " + vars.get(j) + " is \""
                            + c + "\"; use 0, 1, 2, 3 or P (potential)");
                }
            }
        }
        return checked(vars, values, potential);
    }

    /**
     * A matrix of present influences 0..3 without potential ones.
     *
     * @param variables the variable ids, unique
     * @param values    {@code values[i][j]}: influence of i on j, 0..3, 0 on the diagonal
     * @return the matrix
     * @throws IllegalArgumentException when the shape or a value is not valid
     */
    public static InfluenceMatrix of(List<String> variables, int[][] values) {
        List<String> vars = checkVariables(variables);
        int n = vars.size();
        if (values.length != n) {
            throw new IllegalArgumentException(values.length + " rows for " + n + " variables; give one row per variable");
        }
        int[][] copy = new int[n][];
        for (int i = 0; i < n; i++) {
            if (values[i].length != n) {
                throw new IllegalArgumentException("row " + vars.get(i) + " has " + values[i].length
                        + " entries; it needs " + n);
            }
            copy[i] = values[i].clone();
            for (int j = 0; j < n; j++) {
                if (copy[i][j] < 0 || copy[i][j] > 3) {
                    throw new IllegalArgumentException("influence of " + vars.get(i) + " on " + vars.get(j) + " is "
                            + copy[i][j] + "; use 0 (none) to 3 (strong)");
                }
            }
        }
        return checked(vars, copy, new boolean[n][n]);
    }

    private static List<String> checkVariables(List<String> variables) {
        Objects.requireNonNull(variables, "variables");
        List<String> vars = List.copyOf(variables);
        if (vars.isEmpty()) {
            throw new IllegalArgumentException("no variables; structural analysis needs at least one");
        }
        Set<String> seen = new HashSet<>();
        for (String v : vars) {
            if (v.isBlank() || !seen.add(v)) {
                throw new IllegalArgumentException("variable name \"" + v + "\" is blank or repeated; names must be "
                        + "unique and non-blank");
            }
        }
        return vars;
    }

    private static InfluenceMatrix checked(List<String> vars, int[][] values, boolean[][] potential) {
        for (int i = 0; i < vars.size(); i++) {
            if (values[i][i] != 0 || potential[i][i]) {
                throw new IllegalArgumentException("the diagonal entry of " + vars.get(i) + " is "
                        + (potential[i][i] ? "P" : values[i][i]) + "; a variable does not influence itself, use 0");
            }
        }
        return new InfluenceMatrix(vars, values, potential);
    }

    /**
     * The variables (rows and columns), in order.
     *
     * @return the variable ids
     */
    public List<String> variables() {
        return variables;
    }

    /**
     * The number of variables.
     *
     * @return the number of variables
     */
    public int size() {
        return variables.size();
    }

    /**
     * Present influence 0..3 of variable i on variable j (0 for a potential influence).
     *
     * @param i the influencing variable's index
     * @param j the influenced variable's index
     * @return the influence, 0..3
     */
    public int value(int i, int j) {
        return values[i][j];
    }

    /**
     * True when the influence of i on j is judged potential (P).
     *
     * @param i the influencing variable's index
     * @param j the influenced variable's index
     * @return whether the influence is potential
     */
    public boolean isPotential(int i, int j) {
        return potential[i][j];
    }

    /**
     * The effective matrix when each potential influence counts as {@code weight} (0 excludes them).
     *
     * @param weight what a potential influence counts as
     * @return a new matrix, row = influencing variable
     */
    public long[][] effective(int weight) {
        int n = size();
        long[][] out = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = potential[i][j] ? weight : values[i][j];
            }
        }
        return out;
    }

    /**
     * Rows as strings of judgements, as {@link #parse} reads them.
     *
     * @return one string per row
     */
    public List<String> rows() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < size(); j++) {
                sb.append(j == 0 ? "" : " ").append(potential[i][j] ? "P" : Integer.toString(values[i][j]));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InfluenceMatrix m && variables.equals(m.variables) && rows().equals(m.rows());
    }

    @Override
    public int hashCode() {
        return Objects.hash(variables, rows());
    }

    @Override
    public String toString() {
        return "InfluenceMatrix" + variables;
    }
}
