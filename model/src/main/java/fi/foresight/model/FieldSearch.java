package fi.foresight.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Depth-first search of a futures table's solution space with forward checking: each factor keeps a bit set
 * of the states still compatible with every state chosen so far; choosing a state intersects the later factors'
 * sets with its compatibility masks, and a partial configuration is cut as soon as some later factor has no
 * state left. Every leaf reached is a consistent configuration, visited in lexicographic order.
 */
final class FieldSearch {

    private final int n;
    private final long[] initial;     // per factor: allowed states (fixed ones narrowed to one)
    private final long[][] masks;     // [global state][factor]: states of that factor compatible with it
    private final int[] offsets;

    FieldSearch(FuturesTable t) {
        n = t.factors().size();
        offsets = t.offsets;
        initial = new long[n];
        int[] fixed = t.fixedIndices();
        for (int f = 0; f < n; f++) {
            int m = t.factors().get(f).size();
            initial[f] = fixed[f] >= 0 ? 1L << fixed[f] : (m == 64 ? -1L : (1L << m) - 1);
        }
        masks = new long[t.totalStates][n];
        for (int a = 0; a < t.totalStates; a++) {
            for (int g = 0; g < n; g++) {
                long mask = 0;
                for (int s = 0; s < t.factors().get(g).size(); s++) {
                    if (!t.incompatible[a * t.totalStates + offsets[g] + s]) {
                        mask |= 1L << s;
                    }
                }
                masks[a][g] = mask;
            }
        }
    }

    private interface Visitor {
        /** Returns false to stop the search. */
        boolean leaf(int[] states);
    }

    long count() {
        long[] c = new long[1];
        run(initial, (s) -> {
            c[0]++;
            return true;
        });
        return c[0];
    }

    List<Configuration> list(int limit) {
        List<Configuration> out = new ArrayList<>();
        if (limit == 0) {
            return out;
        }
        run(initial, s -> {
            out.add(Configuration.of(s));
            return out.size() < limit;
        });
        return out;
    }

    /** True when some consistent configuration gives factor f the state s. */
    boolean exists(int f, int s) {
        if ((initial[f] & (1L << s)) == 0) {
            return false;
        }
        long[] start = initial.clone();
        start[f] = 1L << s;
        boolean[] found = new boolean[1];
        run(start, x -> {
            found[0] = true;
            return false;
        });
        return found[0];
    }

    private void run(long[] start, Visitor v) {
        long[][] domains = new long[n + 1][];
        domains[0] = start.clone();
        for (int k = 0; k < n; k++) {
            if (domains[0][k] == 0) {
                return;
            }
        }
        for (int k = 1; k <= n; k++) {
            domains[k] = new long[n];
        }
        dfs(0, new int[n], domains, v);
    }

    private boolean dfs(int k, int[] states, long[][] domains, Visitor v) {
        if (k == n) {
            return v.leaf(states);
        }
        long domain = domains[k][k];
        long[] next = domains[k + 1];
        while (domain != 0) {
            int s = Long.numberOfTrailingZeros(domain);
            domain &= domain - 1;
            long[] mask = masks[offsets[k] + s];
            boolean alive = true;
            for (int g = k + 1; g < n && alive; g++) {
                next[g] = domains[k][g] & mask[g];
                alive = next[g] != 0;
            }
            if (alive) {
                states[k] = s;
                if (!dfs(k + 1, states, domains, v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
