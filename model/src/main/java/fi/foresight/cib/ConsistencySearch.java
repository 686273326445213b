package fi.foresight.cib;

import fi.foresight.analysis.LocalPlans;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CibScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact search for all scenarios with inconsistency IC &le; tolerance, by depth-first assignment of descriptors
 * in their given order with forward checking.
 *
 * <p>For every descriptor j and pair of distinct variants (a, b) the search keeps a slack
 * S(j,a,b) = Σ_{assigned i} (C[(i,s_i),(j,b)] − C[(i,s_i),(j,a)]) + Σ_{unassigned i} min_u (C[(i,u),(j,b)] − C[(i,u),(j,a)]),
 * (plus the exact self-impact C[(j,a),(j,b)] − C[(j,a),(j,a)] when the matrix has one),
 * a lower bound on the final θ_jb − θ_ja. Choosing variant a for j can still succeed only if S(j,a,b) &le; tolerance
 * for all b. A partial scenario is cut when an assigned descriptor violates this, or when an unassigned
 * descriptor has no variant left that satisfies it. Assigning u to descriptor i adds the non-negative
 * increment C[(i,u),(j,b)] − C[(i,u),(j,a)] − min_u' (...) to the slacks, precomputed sparsely. At a leaf the
 * slacks are exact, so the leaves reached are exactly the scenarios with IC &le; tolerance, in lexicographic order.
 *
 * <p>Subtrees below a fixed prefix depth run as independent tasks whose results are concatenated in prefix
 * order, so the output does not depend on the number of threads.
 */
final class ConsistencySearch {

    private final int n;
    private final int tolerance;
    private final int[] sizes;
    private final int[] base;          // start of descriptor j's (a, b) block in the slack vector
    private final int slackLength;
    private final int[] rootSlack;
    private final int[][][] deltaIndex; // [i][u] -> slack indices that grow when descriptor i takes variant u
    private final int[][][] deltaValue;
    private final int[][][] touched;    // [i][u] -> descriptors whose slacks grow

    ConsistencySearch(CibMatrix m, int tolerance) {
        this(m, m.cells(), m.cells(), tolerance);
    }

    /**
     * A search where the impacts on a competing variant b are read from {@code rival} and those on the chosen
     * variant a from {@code chosen} (both flat, row-major, shaped like {@code m}): the slack of (j, a, b) sums
     * rival[(i,s_i),(j,b)] − chosen[(i,s_i),(j,a)]. With both equal to the matrix this is the plain CIB
     * criterion; with the lower and upper ends of judgement intervals it decides robust or possible consistency.
     */
    ConsistencySearch(CibMatrix m, int[] rival, int[] chosen, int tolerance) {
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance " + tolerance + " < 0; use 0 for fully consistent scenarios");
        }
        this.n = m.descriptors();
        this.tolerance = tolerance;
        this.sizes = m.sizes();
        this.base = new int[n + 1];
        for (int j = 0; j < n; j++) {
            base[j + 1] = base[j] + sizes[j] * sizes[j];
        }
        this.slackLength = base[n];
        int total = m.size();
        int[][] minGain = new int[n][slackLength];
        this.rootSlack = new int[slackLength];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int a = 0; a < sizes[j]; a++) {
                    int colA = m.offset(j) + a;
                    for (int b = 0; b < sizes[j]; b++) {
                        if (b == a) {
                            continue; // θ_ja − θ_ja is 0 whatever the impacts
                        }
                        int colB = m.offset(j) + b;
                        int k = base[j] + a * sizes[j] + b;
                        if (i == j) {
                            // a self-impact depends only on the variant a that j itself takes: exact from the start
                            int row = (m.offset(j) + a) * total;
                            rootSlack[k] += rival[row + colB] - chosen[row + colA];
                            continue;
                        }
                        int min = Integer.MAX_VALUE;
                        for (int u = 0; u < sizes[i]; u++) {
                            int row = (m.offset(i) + u) * total;
                            min = Math.min(min, rival[row + colB] - chosen[row + colA]);
                        }
                        minGain[i][k] = min;
                        rootSlack[k] += min;
                    }
                }
            }
        }
        deltaIndex = new int[n][][];
        deltaValue = new int[n][][];
        touched = new int[n][][];
        for (int i = 0; i < n; i++) {
            deltaIndex[i] = new int[sizes[i]][];
            deltaValue[i] = new int[sizes[i]][];
            touched[i] = new int[sizes[i]][];
            for (int u = 0; u < sizes[i]; u++) {
                List<Integer> idx = new ArrayList<>();
                List<Integer> val = new ArrayList<>();
                List<Integer> ds = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    if (j == i) {
                        continue;
                    }
                    boolean any = false;
                    for (int a = 0; a < sizes[j]; a++) {
                        for (int b = 0; b < sizes[j]; b++) {
                            if (b == a) {
                                continue;
                            }
                            int k = base[j] + a * sizes[j] + b;
                            int row = (m.offset(i) + u) * total;
                            int d = rival[row + m.offset(j) + b] - chosen[row + m.offset(j) + a] - minGain[i][k];
                            if (d != 0) {
                                idx.add(k);
                                val.add(d);
                                any = true;
                            }
                        }
                    }
                    if (any) {
                        ds.add(j);
                    }
                }
                deltaIndex[i][u] = idx.stream().mapToInt(Integer::intValue).toArray();
                deltaValue[i][u] = val.stream().mapToInt(Integer::intValue).toArray();
                touched[i][u] = ds.stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** Receives the scenarios found, in lexicographic order within one task. */
    interface Sink {
        void accept(int[] scenario);
    }

    /** All scenarios with IC &le; tolerance, lexicographic, searched with up to {@code threads} threads. */
    List<CibScenario> run(int threads, long limit) {
        List<int[]> prefixes = new ArrayList<>();
        List<int[]> slacks = new ArrayList<>();
        int depth = splitDepth(threads);
        collectPrefixes(0, depth, new int[n], rootSlack, prefixes, slacks);
        List<Integer> subtrees = new ArrayList<>();
        for (int p = 0; p < prefixes.size(); p++) {
            subtrees.add(p);
        }
        List<List<CibScenario>> parts = LocalPlans.mapAll(subtrees, threads, "foresight-cib-search",
                p -> subtree(prefixes.get(p), slacks.get(p), depth, limit));
        List<CibScenario> all = new ArrayList<>();
        for (List<CibScenario> part : parts) {
            all.addAll(part);
            checkLimit(all.size(), limit);
        }
        return all;
    }

    private static void checkLimit(long found, long limit) {
        if (found > limit) {
            throw new IllegalStateException("more than " + limit + " scenarios satisfy the tolerance; lower the "
                    + "tolerance or raise the limit with Cib.limit(n)");
        }
    }

    private int splitDepth(int threads) {
        if (threads <= 1) {
            return 0;
        }
        long prefixes = 1;
        int depth = 0;
        while (depth < n - 1 && prefixes < 16L * threads) {
            prefixes *= sizes[depth];
            depth++;
        }
        return depth;
    }

    private void collectPrefixes(int k, int depth, int[] s, int[] slack, List<int[]> prefixes, List<int[]> slacks) {
        if (k == depth) {
            prefixes.add(s.clone());
            slacks.add(slack.clone());
            return;
        }
        int[] next = new int[slackLength];
        for (int v = 0; v < sizes[k]; v++) {
            if (extend(k, v, s, slack, next)) {
                s[k] = v;
                collectPrefixes(k + 1, depth, s, next, prefixes, slacks);
            }
        }
    }

    private List<CibScenario> subtree(int[] prefix, int[] slack, int depth, long limit) {
        List<CibScenario> out = new ArrayList<>();
        int[][] stack = new int[n + 1][slackLength];
        System.arraycopy(slack, 0, stack[depth], 0, slackLength);
        dfs(depth, prefix.clone(), stack, s -> {
            out.add(CibScenario.of(s));
            checkLimit(out.size(), limit);
        });
        return out;
    }

    private void dfs(int k, int[] s, int[][] stack, Sink sink) {
        if (k == n) {
            sink.accept(s);
            return;
        }
        int[] slack = stack[k];
        int[] next = stack[k + 1];
        for (int v = 0; v < sizes[k]; v++) {
            if (extend(k, v, s, slack, next)) {
                s[k] = v;
                dfs(k + 1, s, stack, sink);
            }
        }
    }

    /**
     * Tries variant v for descriptor k given the slacks of the prefix s[0..k); on success writes the new slacks
     * to {@code next} and returns true.
     */
    private boolean extend(int k, int v, int[] s, int[] slack, int[] next) {
        int mk = sizes[k];
        int row = base[k] + v * mk;
        for (int b = 0; b < mk; b++) {
            if (slack[row + b] > tolerance) {
                return false;
            }
        }
        System.arraycopy(slack, 0, next, 0, slackLength);
        int[] idx = deltaIndex[k][v];
        int[] val = deltaValue[k][v];
        for (int t = 0; t < idx.length; t++) {
            next[idx[t]] += val[t];
        }
        for (int j : touched[k][v]) {
            int mj = sizes[j];
            if (j < k) {
                int r = base[j] + s[j] * mj;
                for (int b = 0; b < mj; b++) {
                    if (next[r + b] > tolerance) {
                        return false;
                    }
                }
            } else if (!anyFeasible(next, j)) {
                return false;
            }
        }
        return true;
    }

    private boolean anyFeasible(int[] slack, int j) {
        int mj = sizes[j];
        for (int a = 0; a < mj; a++) {
            int r = base[j] + a * mj;
            boolean ok = true;
            for (int b = 0; b < mj && ok; b++) {
                ok = slack[r + b] <= tolerance;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** Counts without storing, single-threaded (for tests and very large tolerances). */
    long count() {
        long[] c = new long[1];
        int[][] stack = new int[n + 1][slackLength];
        System.arraycopy(rootSlack, 0, stack[0], 0, slackLength);
        dfs(0, new int[n], stack, s -> c[0]++);
        return c[0];
    }
}
