package fi.foresight.model;

import java.util.Arrays;

/**
 * The cross-impact matrix of a CIB system: integer judgements of how each variant (row, the impacting
 * variant) promotes (+) or restricts (−) each variant of the other descriptors (column, the impacted variant).
 * Rows and columns run over all variants, descriptor by descriptor.
 *
 * <p>In classic CIB a descriptor does not impact itself, so the diagonal blocks are 0 and {@link #of} rejects
 * anything else. ScenarioWizard nevertheless adds diagonal-block values to the impact balance like any other
 * impact, and nested-CIB projects use them on purpose to hold a context descriptor at the variant it starts in
 * (a self-impact). {@link #withSelfImpacts} accepts such a matrix; every computation then adds the self-impacts
 * to the balances exactly as ScenarioWizard does, so θ_jb(s) = Σ_i C[(i, s_i), (j, b)] over all descriptors i.
 *
 * <pre>{@code
 * CibMatrix m = CibMatrix.of(new int[] {2, 2}, new int[][] {
 *         {0, 0,  2, -2},
 *         {0, 0, -1,  1},
 *         {1, -1, 0,  0},
 *         {-3, 3, 0,  0}});
 * m.impact(0, 0, 1, 1);   // -2: variant 1 of descriptor 0 on variant 2 of descriptor 1
 * }</pre>
 *
 * <p>Immutable; instances are validated on construction.
 */
public final class CibMatrix {

    private final int[] sizes;
    private final int[] offsets;
    private final int total;
    private final int[] cells;

    private final boolean selfImpacts;

    private CibMatrix(int[] sizes, int[] cells) {
        this.sizes = sizes;
        this.offsets = new int[sizes.length + 1];
        for (int d = 0; d < sizes.length; d++) {
            offsets[d + 1] = offsets[d] + sizes[d];
        }
        this.total = offsets[sizes.length];
        this.cells = cells;
        this.selfImpacts = findSelfImpact(sizes, offsets, total, cells) != null;
    }

    /**
     * A matrix for descriptors with the given numbers of variants.
     *
     * @param variantCounts number of variants of each descriptor, each &ge; 1
     * @param rows          square matrix over all variants, row = impacting variant, column = impacted variant
     * @return the validated matrix
     * @throws IllegalArgumentException when the shape does not match or a diagonal block holds a non-zero value
     */
    public static CibMatrix of(int[] variantCounts, int[][] rows) {
        return checked(build(variantCounts, rows), true);
    }

    /**
     * A matrix that may hold self-impacts in its diagonal blocks (ScenarioWizard semantics, see the class
     * comment).
     *
     * @param variantCounts number of variants of each descriptor, each &ge; 1
     * @param rows square matrix over all variants, row = impacting variant, column = impacted variant; diagonal blocks
     *     may be non-zero
     * @return the validated matrix
     * @throws IllegalArgumentException when the shape does not match the variant counts
     */
    public static CibMatrix withSelfImpacts(int[] variantCounts, int[][] rows) {
        return checked(build(variantCounts, rows), false);
    }

    private static CibMatrix build(int[] variantCounts, int[][] rows) {
        int[] sizes = checkSizes(variantCounts);
        int total = Arrays.stream(sizes).sum();
        if (rows.length != total) {
            throw new IllegalArgumentException("matrix has " + rows.length + " rows; the descriptors have " + total
                    + " variants in all, so it must have " + total + " rows and columns");
        }
        int[] cells = new int[total * total];
        for (int r = 0; r < total; r++) {
            if (rows[r].length != total) {
                throw new IllegalArgumentException("matrix row " + (r + 1) + " has " + rows[r].length
                        + " columns; it must have " + total + " (one per variant)");
            }
            System.arraycopy(rows[r], 0, cells, r * total, total);
        }
        return new CibMatrix(sizes, cells);
    }

    /**
     * Wraps a flat row-major array after validation (for the analyses that build matrices cell by cell); the array
     * must not be shared afterwards.
     *
     * @param variantCounts the number of variants of each descriptor
     * @param cells         the cells, row-major, one row and one column per variant
     * @param strict        true to refuse non-zero diagonal blocks (self-impacts)
     * @return the matrix
     * @throws IllegalArgumentException when the sizes do not fit or a self-impact is refused
     */
    public static CibMatrix ofCells(int[] variantCounts, int[] cells, boolean strict) {
        int[] sizes = checkSizes(variantCounts);
        int total = Arrays.stream(sizes).sum();
        if (cells.length != total * total) {
            throw new IllegalArgumentException("matrix has " + cells.length + " cells; expected " + total * total);
        }
        return checked(new CibMatrix(sizes, cells), strict);
    }

    private static CibMatrix checked(CibMatrix m, boolean strict) {
        if (strict && m.selfImpacts) {
            int[] at = findSelfImpact(m.sizes, m.offsets, m.total, m.cells);
            throw new IllegalArgumentException("cell (" + (at[0] + 1) + ", " + (at[1] + 1) + ") = "
                    + m.cells[at[0] * m.total + at[1]] + " lies in the diagonal block of descriptor " + (at[2] + 1)
                    + "; a descriptor does not impact itself in CIB, so it must be 0 (use CibMatrix.withSelfImpacts"
                    + " for a deliberate ScenarioWizard-style self-impact)");
        }
        return m;
    }

    /** Row, column and descriptor of the first non-zero diagonal-block cell, or null. */
    private static int[] findSelfImpact(int[] sizes, int[] offsets, int total, int[] cells) {
        for (int d = 0; d < sizes.length; d++) {
            for (int a = offsets[d]; a < offsets[d] + sizes[d]; a++) {
                for (int b = offsets[d]; b < offsets[d] + sizes[d]; b++) {
                    if (cells[a * total + b] != 0) {
                        return new int[] {a, b, d};
                    }
                }
            }
        }
        return null;
    }

    /**
     * True when some diagonal block holds a non-zero self-impact.
     *
     * @return true when some descriptor impacts its own variants
     */
    public boolean hasSelfImpacts() {
        return selfImpacts;
    }

    private static int[] checkSizes(int[] variantCounts) {
        if (variantCounts.length == 0) {
            throw new IllegalArgumentException("no descriptors; a CIB matrix needs at least one descriptor");
        }
        for (int d = 0; d < variantCounts.length; d++) {
            if (variantCounts[d] < 1) {
                throw new IllegalArgumentException("descriptor " + (d + 1) + " has " + variantCounts[d]
                        + " variants; each needs at least 1");
            }
        }
        spaceSize(variantCounts);
        return variantCounts.clone();
    }

    /**
     * The number of scenarios (product of the variant counts), refused with a message when it does not fit in a
     * {@code long}: every scenario is numbered by one, so larger spaces cannot be analysed.
     *
     * @param variantCounts the number of variants of each descriptor
     * @return the number of scenarios
     * @throws IllegalArgumentException when the number does not fit in a {@code long}
     */
    public static long spaceSize(int[] variantCounts) {
        long n = 1;
        for (int s : variantCounts) {
            try {
                n = Math.multiplyExact(n, s);
            } catch (ArithmeticException overflow) {
                throw new IllegalArgumentException(variantCounts.length + " descriptors with "
                        + Arrays.stream(variantCounts).sum() + " variants in all span more than 2^63 - 1 (about "
                        + "9.2e18) scenarios, more than a scenario can be numbered by; valid: descriptors whose "
                        + "product of variant counts stays below 9.2e18 (for example at most 31 descriptors of 4 "
                        + "variants): drop or merge descriptors or variants, or split the system in two");
            }
        }
        return n;
    }

    /**
     * Number of descriptors.
     *
     * @return the number of descriptors, at least 1
     */
    public int descriptors() {
        return sizes.length;
    }

    /**
     * Number of variants of each descriptor (a copy).
     *
     * @return a fresh array of each descriptor's number of variants
     */
    public int[] variantCounts() {
        return sizes.clone();
    }

    /**
     * Number of variants of descriptor {@code d}.
     *
     * @param d the 0-based descriptor index
     * @return the number of variants of that descriptor
     */
    public int variantCount(int d) {
        return sizes[d];
    }

    /**
     * Total number of variants (rows = columns).
     *
     * @return the sum of all descriptors' variant counts
     */
    public int size() {
        return total;
    }

    /**
     * Row/column index of variant {@code v} of descriptor {@code d} (both 0-based).
     *
     * @param d the 0-based descriptor index
     * @param v the 0-based variant index within descriptor {@code d}
     * @return the 0-based row (and column) of that variant in the full matrix
     */
    public int index(int d, int v) {
        return offsets[d] + v;
    }

    /**
     * Impact of variant {@code u} of descriptor {@code i} on variant {@code b} of descriptor {@code j}.
     *
     * @param i the 0-based index of the impacting descriptor
     * @param u the 0-based variant of descriptor {@code i}
     * @param j the 0-based index of the impacted descriptor
     * @param b the 0-based variant of descriptor {@code j}
     * @return the judged impact score
     */
    public int impact(int i, int u, int j, int b) {
        return cells[(offsets[i] + u) * total + offsets[j] + b];
    }

    /**
     * Cell at 0-based row and column of the full matrix.
     *
     * @param row the 0-based row (impacting variant) of the full matrix
     * @param column the 0-based column (impacted variant) of the full matrix
     * @return the judged impact score in that cell
     */
    public int cell(int row, int column) {
        return cells[row * total + column];
    }

    /**
     * The full matrix as a fresh array of rows.
     *
     * @return a new array of {@link #size()} rows of {@link #size()} impact scores
     */
    public int[][] toRows() {
        int[][] rows = new int[total][];
        for (int r = 0; r < total; r++) {
            rows[r] = Arrays.copyOfRange(cells, r * total, (r + 1) * total);
        }
        return rows;
    }

    /**
     * Number of scenarios in the full space: the product of the variant counts, below 2^63 by construction.
     *
     * @return the number of possible scenarios (one variant per descriptor)
     */
    public long scenarioCount() {
        return spaceSize(sizes);
    }

    /**
     * The index of a descriptor's first variant among all variants (its first row and column).
     *
     * @param d the 0-based descriptor index
     * @return the 0-based index of its first variant
     */
    public int offset(int d) {
        return offsets[d];
    }

    /**
     * The flat row-major cells, not copied (for the analyses' inner loops); callers must not modify them.
     *
     * @return the cells, row-major
     */
    public int[] cells() {
        return cells;
    }

    /**
     * The variant counts, not copied (for the analyses' inner loops); callers must not modify them.
     *
     * @return the number of variants of each descriptor
     */
    public int[] sizes() {
        return sizes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CibMatrix m && Arrays.equals(sizes, m.sizes) && Arrays.equals(cells, m.cells);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sizes) + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "CibMatrix" + Arrays.toString(sizes);
    }
}
