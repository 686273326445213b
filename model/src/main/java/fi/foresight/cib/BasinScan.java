package fi.foresight.cib;

import fi.foresight.analysis.LocalPlans;
import fi.foresight.model.CibMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Counts, for many start scenarios, which attractor global succession leads to.
 *
 * <p>Full scan: the space is enumerated in odometer order over a descriptor order chosen by {@link ScanPlan}
 * (descriptors that impact few others change fastest) and cut into contiguous chunks. Inside a chunk the
 * balances are updated incrementally: when a descriptor steps from variant u to u', only the columns where
 * row(u') differs from row(u) change, and only the descriptors owning those columns (and the stepping one) get
 * their successor variant recomputed. From the successor on, the attractor is looked up in a memo of scenarios
 * already traced (the successors of the whole space form a small set; consecutive starts often share one), and
 * only unknown trajectories are followed with full balance computations. Each worker thread owns its memo; the attractor of a start does not depend on which memo
 * answered, so counts summed over chunks are the same for any number of threads.
 *
 * <p>Monte Carlo: runs are cut into blocks of {@value #BLOCK} starts; block b draws its start scenarios from its
 * own stream ({@link CibStreams}), so results depend only on the seed and the number of runs.
 */
final class BasinScan {

    static final int BLOCK = 8192;

    private final SuccessionEngine engine;
    private final ScanPlan plan;

    BasinScan(CibMatrix m) {
        this.engine = new SuccessionEngine(m);
        this.plan = new ScanPlan(engine);
    }

    /** Counts per attractor (keyed by the code of its smallest scenario) and the cycles' scenario codes. */
    record Raw(TreeMap<Long, Long> counts, TreeMap<Long, long[]> attractors, long starts) {
    }

    Raw fullScan(int threads) {
        long space = engine.space;
        int chunks = (int) Math.min(space, 64L * Math.max(1, threads));
        long size = (space + chunks - 1) / chunks;
        chunks = (int) ((space + size - 1) / size);
        final long chunkSize = size;
        return run(threads, chunks, (worker, chunk) -> {
            long from = chunk * chunkSize;
            long to = Math.min(space, from + chunkSize);
            worker.scan(from, to);
        }, space);
    }

    Raw monteCarlo(long runs, long seed, int threads) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs = " + runs + "; give at least 1 Monte Carlo start");
        }
        long blocks = (runs + BLOCK - 1) / BLOCK;
        if (blocks > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("runs = " + runs + " is too many; at most "
                    + (long) Integer.MAX_VALUE * BLOCK);
        }
        List<UniformRandomProvider> streams = CibStreams.of(seed, (int) blocks);
        return run(threads, (int) blocks, (worker, block) -> {
            long n = Math.min(BLOCK, runs - (long) block * BLOCK);
            worker.random(streams.get(block), n);
        }, runs);
    }

    private interface Job {
        void run(Worker worker, int chunk);
    }

    private Raw run(int threads, int chunks, Job job, long starts) {
        List<Map<Long, Long>> perChunk = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            perChunk.add(null);
        }
        List<Worker> workers = new ArrayList<>();
        int t = Math.max(1, Math.min(threads, chunks));
        AtomicInteger next = new AtomicInteger();
        Runnable loop = () -> {
            Worker w = new Worker(engine, plan);
            synchronized (workers) {
                workers.add(w);
            }
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                w.resetCounts();
                job.run(w, c);
                Map<Long, Long> result = w.countsByAttractor();
                synchronized (perChunk) {
                    perChunk.set(c, result);
                }
            }
        };
        if (t == 1) {
            loop.run();
        } else {
            LocalPlans.onThreads(t, "foresight-cib-basins", "scanning succession basins", loop);
        }
        TreeMap<Long, Long> counts = new TreeMap<>();
        for (Map<Long, Long> part : perChunk) {
            part.forEach((k, v) -> counts.merge(k, v, Long::sum));
        }
        TreeMap<Long, long[]> attractors = new TreeMap<>();
        for (Worker w : workers) {
            w.attractors.forEach(attractors::putIfAbsent);
        }
        attractors.keySet().retainAll(counts.keySet());
        return new Raw(counts, attractors, starts);
    }

    /** One thread's memo, scratch arrays and counts. */
    static final class Worker {
        private final SuccessionEngine e;
        private final ScanPlan plan;
        private long lastSuccessor = -1;
        private int lastIndex = -1;
        private final LongIntMap memo = new LongIntMap(1 << 12);
        private final List<Long> keys = new ArrayList<>();           // local attractor index -> smallest code
        final Map<Long, long[]> attractors = new TreeMap<>();        // smallest code -> cycle codes
        private long[] counts = new long[16];
        private long[] path = new long[64];
        private final int[] s;
        private final int[] t;
        private final int[] cur;
        private final int[] nxt;
        private final int[] theta;
        private final int[] theta2;

        Worker(SuccessionEngine e, ScanPlan plan) {
            this.e = e;
            this.plan = plan;
            s = new int[e.n];
            t = new int[e.n];
            cur = new int[e.n];
            nxt = new int[e.n];
            theta = new int[e.total];
            theta2 = new int[e.total];
        }

        void resetCounts() {
            java.util.Arrays.fill(counts, 0);
        }

        Map<Long, Long> countsByAttractor() {
            Map<Long, Long> out = new TreeMap<>();
            for (int i = 0; i < keys.size(); i++) {
                if (counts[i] != 0) {
                    out.put(keys.get(i), counts[i]);
                }
            }
            return out;
        }

        /** Counts the starts with enumeration index in [from, to) (see {@link ScanPlan}). */
        void scan(long from, long to) {
            final ScanPlan plan = this.plan;
            final int[] colStart = plan.stepColumnStart;
            final int[] cols = plan.stepColumns;
            final int[] dels = plan.stepDeltas;
            final int[] dirtyStart = plan.stepDirtyStart;
            final int[] dirty = plan.stepDirty;
            final int[] offsets = e.offsets;
            final int[] sizes = e.sizes;
            final long[] weights = e.weights;
            final int[] theta = this.theta;
            final int[] s = this.s;
            final int[] t = this.t;
            final int last = plan.order[e.n - 1];
            plan.decode(from, s);
            e.balances(s, theta);
            long code = e.encode(s);
            long successor = e.next(s, theta, t);
            int[] mark = new int[e.n];
            int stamp = 0;
            int[] dirtyList = new int[e.n];
            for (long index = from; index < to; index++) {
                count(code, successor);
                if (index + 1 == to) {
                    break;
                }
                int u = s[last];
                if (u + 1 < sizes[last]) {
                    // the common step: only the fastest descriptor moves, its dirty list has no repeats
                    int k = offsets[last] + u;
                    for (int c = colStart[k]; c < colStart[k + 1]; c++) {
                        theta[cols[c]] += dels[c];
                    }
                    s[last] = u + 1;
                    code += weights[last];
                    for (int c = dirtyStart[k]; c < dirtyStart[k + 1]; c++) {
                        int j = dirty[c];
                        int b = e.best(j, theta, s[j]);
                        if (b != t[j]) {
                            successor += (b - t[j]) * weights[j];
                            t[j] = b;
                        }
                    }
                    continue;
                }
                stamp++;
                int dirtyCount = 0;
                for (int p = e.n - 1; ; p--) {
                    int d = plan.order[p];
                    u = s[d];
                    int k = offsets[d] + u;
                    for (int c = colStart[k]; c < colStart[k + 1]; c++) {
                        theta[cols[c]] += dels[c];
                    }
                    for (int c = dirtyStart[k]; c < dirtyStart[k + 1]; c++) {
                        int j = dirty[c];
                        if (mark[j] != stamp) {
                            mark[j] = stamp;
                            dirtyList[dirtyCount++] = j;
                        }
                    }
                    int u2 = u + 1 == sizes[d] ? 0 : u + 1;
                    s[d] = u2;
                    code += (u2 - u) * weights[d];
                    if (u2 != 0) {
                        break;
                    }
                }
                for (int k = 0; k < dirtyCount; k++) {
                    int j = dirtyList[k];
                    int b = e.best(j, theta, s[j]);
                    if (b != t[j]) {
                        successor += (b - t[j]) * weights[j];
                        t[j] = b;
                    }
                }
            }
        }

        void random(UniformRandomProvider rng, long n) {
            for (long r = 0; r < n; r++) {
                for (int d = 0; d < e.n; d++) {
                    s[d] = rng.nextInt(e.sizes[d]);
                }
                e.balances(s, theta);
                count(e.encode(s), e.next(s, theta, t));
            }
        }

        /** Counts the start with code {@code code} whose successor (in t) has code {@code successor}. */
        private void count(long code, long successor) {
            int idx;
            if (successor == code) {
                idx = memo.get(code);
                if (idx < 0) {
                    idx = register(new long[] {code});
                    memo.put(code, idx);
                }
            } else if (successor == lastSuccessor) {
                idx = lastIndex;
            } else {
                idx = memo.get(successor);
                if (idx < 0) {
                    idx = follow(successor);
                }
                lastSuccessor = successor;
                lastIndex = idx;
            }
            counts[idx]++;
        }

        /** Follows succession from t (code c) until a memoised scenario or a repeat; memoises the path. */
        private int follow(long c) {
            System.arraycopy(t, 0, cur, 0, e.n);
            int len = 0;
            int[] a = cur;
            int[] b = nxt;
            while (true) {
                int idx = memo.get(c);
                if (idx < 0) {
                    for (int p = 0; p < len; p++) {
                        if (path[p] == c) {
                            idx = register(java.util.Arrays.copyOfRange(path, p, len));
                            break;
                        }
                    }
                }
                if (idx >= 0) {
                    for (int p = 0; p < len; p++) {
                        memo.put(path[p], idx);
                    }
                    return idx;
                }
                if (len == path.length) {
                    path = java.util.Arrays.copyOf(path, len * 2);
                }
                path[len++] = c;
                e.balances(a, theta2);
                c = e.next(a, theta2, b);
                int[] swap = a;
                a = b;
                b = swap;
            }
        }

        private int register(long[] cycle) {
            long min = Long.MAX_VALUE;
            for (long c : cycle) {
                min = Math.min(min, c);
            }
            attractors.putIfAbsent(min, cycle);
            keys.add(min);
            if (keys.size() > counts.length) {
                counts = java.util.Arrays.copyOf(counts, counts.length * 2);
            }
            return keys.size() - 1;
        }
    }
}
