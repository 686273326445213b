package fi.foresight.cib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How a full succession scan walks the scenario space: an enumeration order of the descriptors (those that
 * impact the fewest other descriptors change fastest) and, for every odometer step of a descriptor from variant
 * u to (u + 1) mod m, the sparse change of the impact balances and the descriptors whose successor variant must
 * be recomputed.
 */
final class ScanPlan {

    final int[] order;          // enumeration position -> descriptor, slowest first
    final long[] enumWeights;   // weight of each enumeration position
    // step k = offset(d) + u (descriptor d moving from variant u) owns the entries [start[k], start[k + 1]):
    // the balance columns that change with their changes, and the descriptors whose successor may change
    // (always including d itself)
    final int[] stepColumnStart;
    final int[] stepColumns;
    final int[] stepDeltas;
    final int[] stepDirtyStart;
    final int[] stepDirty;

    ScanPlan(SuccessionEngine e) {
        int n = e.n;
        int[][][] columns = new int[n][][];
        int[][][] deltas = new int[n][][];
        int[][][] dirty = new int[n][][];
        int[] reach = new int[n];
        for (int d = 0; d < n; d++) {
            int m = e.sizes[d];
            columns[d] = new int[m][];
            deltas[d] = new int[m][];
            dirty[d] = new int[m][];
            boolean[] any = new boolean[n];
            for (int u = 0; u < m; u++) {
                int from = (e.offsets[d] + u) * e.total;
                int to = (e.offsets[d] + (u + 1) % m) * e.total;
                List<Integer> cols = new ArrayList<>();
                boolean[] touched = new boolean[n];
                touched[d] = true;
                for (int c = 0; c < e.total; c++) {
                    if (e.cells[to + c] != e.cells[from + c]) {
                        cols.add(c);
                        touched[descriptorOf(e, c)] = true;
                    }
                }
                columns[d][u] = cols.stream().mapToInt(Integer::intValue).toArray();
                deltas[d][u] = cols.stream().mapToInt(c -> e.cells[to + c] - e.cells[from + c]).toArray();
                dirty[d][u] = IntStream.range(0, n).filter(j -> touched[j]).toArray();
                for (int j = 0; j < n; j++) {
                    any[j] |= touched[j] && j != d;
                }
            }
            for (boolean a : any) {
                reach[d] += a ? 1 : 0;
            }
        }
        stepColumnStart = new int[e.total + 1];
        stepDirtyStart = new int[e.total + 1];
        for (int d = 0; d < n; d++) {
            for (int u = 0; u < e.sizes[d]; u++) {
                int k = e.offsets[d] + u;
                stepColumnStart[k + 1] = stepColumnStart[k] + columns[d][u].length;
                stepDirtyStart[k + 1] = stepDirtyStart[k] + dirty[d][u].length;
            }
        }
        stepColumns = new int[stepColumnStart[e.total]];
        stepDeltas = new int[stepColumns.length];
        stepDirty = new int[stepDirtyStart[e.total]];
        for (int d = 0; d < n; d++) {
            for (int u = 0; u < e.sizes[d]; u++) {
                int k = e.offsets[d] + u;
                System.arraycopy(columns[d][u], 0, stepColumns, stepColumnStart[k], columns[d][u].length);
                System.arraycopy(deltas[d][u], 0, stepDeltas, stepColumnStart[k], deltas[d][u].length);
                System.arraycopy(dirty[d][u], 0, stepDirty, stepDirtyStart[k], dirty[d][u].length);
            }
        }
        order = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingInt(d -> -reach[d]).thenComparingInt(d -> d))
                .mapToInt(Integer::intValue).toArray();
        enumWeights = new long[n];
        long w = 1;
        for (int p = n - 1; p >= 0; p--) {
            enumWeights[p] = w;
            w *= e.sizes[order[p]];
        }
    }

    private static int descriptorOf(SuccessionEngine e, int column) {
        int d = Arrays.binarySearch(e.offsets, column);
        if (d >= 0) {
            while (d + 1 < e.n && e.offsets[d + 1] == column) {
                d++;
            }
            return d;
        }
        return -d - 2;
    }

    /** The scenario at enumeration index {@code index} (original descriptor order). */
    void decode(long index, int[] s) {
        for (int p = 0; p < order.length; p++) {
            s[order[p]] = (int) (index / enumWeights[p]);
            index -= s[order[p]] * enumWeights[p];
        }
    }
}
