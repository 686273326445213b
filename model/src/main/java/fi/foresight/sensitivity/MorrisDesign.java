package fi.foresight.sensitivity;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Morris trajectories on a grid of p levels {0, 1/(p-1), …, 1} per input, with jump Δ = p / (2 (p - 1)), i.e.
 * p/2 grid steps (Morris 1991; the convention of SALib).
 *
 * <p>Trajectory t is drawn from its own stream (block t of the design seed): a base point x* with every coordinate
 * among the levels 0 … 1 - Δ, a random direction per input and a random order of inputs. It starts at x* (or
 * x* + Δ for inputs moving down) and moves one input by ±Δ per step, so it has k + 1 points and yields one
 * elementary effect per input. Levels are kept as integers, so equal levels map to bit-identical input values.
 *
 * <p>With a pool larger than r, the r trajectories are chosen to spread over the input space (Campolongo et al.
 * 2007): the distance of two trajectories is the sum of the Euclidean distances between all their points, and the
 * chosen set should maximise the root of the sum of squared pairwise distances. Exhaustive search is combinatorial;
 * this implementation starts from the farthest pair, adds greedily the trajectory that increases the criterion
 * most, then swaps chosen and unchosen trajectories while that improves it (a local search in the spirit of
 * Ruano et al. 2012). The pool's distance matrix costs pool² (k+1)² k operations.
 */
final class MorrisDesign {
    final int k;
    final int levels;
    /** Grid steps of one jump: p / 2. */
    final int jump;
    /** levels[t][s][i]: grid level of input i at point s of trajectory t. */
    final int[][][] points;
    /** moved[t][s-1]: the input that moves between points s-1 and s. */
    final int[][] moved;

    private MorrisDesign(int k, int levels, int[][][] points, int[][] moved) {
        this.k = k;
        this.levels = levels;
        this.jump = levels / 2;
        this.points = points;
        this.moved = moved;
    }

    int trajectories() {
        return points.length;
    }

    /** Δ on the unit scale. */
    double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** r trajectories, chosen from a pool of {@code pool} (&ge; r) by the spread criterion when pool &gt; r. */
    static MorrisDesign generate(int k, int levels, int r, int pool, long seed, int threads) {
        int m = Math.max(r, pool);
        var streams = Stats.streams(Stats.derive(seed, Stats.DESIGN), m);
        int[][][] pts = new int[m][][];
        int[][] mv = new int[m][];
        for (int t = 0; t < m; t++) {
            mv[t] = new int[k];
            pts[t] = trajectory(streams[t], k, levels, mv[t]);
        }
        if (m == r) {
            return new MorrisDesign(k, levels, pts, mv);
        }
        int[] chosen = select(pts, r, levels, threads);
        int[][][] p = new int[r][][];
        int[][] v = new int[r][];
        for (int i = 0; i < r; i++) {
            p[i] = pts[chosen[i]];
            v[i] = mv[chosen[i]];
        }
        return new MorrisDesign(k, levels, p, v);
    }

    private static int[][] trajectory(UniformRandomProvider rng, int k, int levels, int[] moved) {
        int jump = levels / 2;
        int[] start = new int[k];
        int[] dir = new int[k];
        for (int i = 0; i < k; i++) {
            int base = rng.nextInt(levels - jump);
            dir[i] = rng.nextBoolean() ? 1 : -1;
            start[i] = dir[i] > 0 ? base : base + jump;
        }
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        int[][] pts = new int[k + 1][];
        pts[0] = start;
        for (int s = 1; s <= k; s++) {
            int i = order[s - 1];
            pts[s] = pts[s - 1].clone();
            pts[s][i] += dir[i] * jump;
            moved[s - 1] = i;
        }
        return pts;
    }

    /** Indices of r trajectories of the pool chosen by the spread criterion. */
    static int[] select(int[][][] pool, int r, int levels, int threads) {
        int m = pool.length;
        double[][] d2 = new double[m][m];
        BlockRunner.run(m, threads, a -> {
            for (int b = a + 1; b < m; b++) {
                double d = distance(pool[a], pool[b], levels);
                d2[a][b] = d * d;
            }
        });
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                d2[b][a] = d2[a][b];
            }
        }
        boolean[] in = new boolean[m];
        int[] chosen = new int[r];
        int bestA = 0;
        int bestB = Math.min(1, m - 1);
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                if (d2[a][b] > d2[bestA][bestB]) {
                    bestA = a;
                    bestB = b;
                }
            }
        }
        chosen[0] = bestA;
        in[bestA] = true;
        int count = 1;
        if (r > 1) {
            chosen[1] = bestB;
            in[bestB] = true;
            count = 2;
        }
        double[] gain = new double[m];
        for (int c = 0; c < m; c++) {
            for (int s = 0; s < count; s++) {
                gain[c] += d2[c][chosen[s]];
            }
        }
        while (count < r) {
            int best = -1;
            for (int c = 0; c < m; c++) {
                if (!in[c] && (best < 0 || gain[c] > gain[best])) {
                    best = c;
                }
            }
            chosen[count++] = best;
            in[best] = true;
            for (int c = 0; c < m; c++) {
                gain[c] += d2[c][best];
            }
        }
        improve(chosen, in, gain, d2);
        Arrays.sort(chosen);
        return chosen;
    }

    /** Swaps a chosen and an unchosen trajectory while the sum of squared distances grows. */
    private static void improve(int[] chosen, boolean[] in, double[] gain, double[][] d2) {
        int m = in.length;
        for (int pass = 0; pass < 100; pass++) {
            boolean better = false;
            for (int s = 0; s < chosen.length; s++) {
                int out = chosen[s];
                int best = -1;
                double bestDelta = 1e-12 * Math.max(1, gain[out]);
                for (int c = 0; c < m; c++) {
                    if (in[c]) {
                        continue;
                    }
                    double delta = (gain[c] - d2[c][out]) - gain[out];
                    if (delta > bestDelta) {
                        bestDelta = delta;
                        best = c;
                    }
                }
                if (best >= 0) {
                    in[out] = false;
                    in[best] = true;
                    chosen[s] = best;
                    for (int c = 0; c < m; c++) {
                        gain[c] += d2[c][best] - d2[c][out];
                    }
                    better = true;
                }
            }
            if (!better) {
                return;
            }
        }
    }

    /** Campolongo's distance: the sum of Euclidean distances between all points of two trajectories. */
    static double distance(int[][] a, int[][] b, int levels) {
        double scale = 1.0 / (levels - 1);
        double total = 0;
        for (int[] p : a) {
            for (int[] q : b) {
                double s = 0;
                for (int i = 0; i < p.length; i++) {
                    double d = (p[i] - q[i]) * scale;
                    s += d * d;
                }
                total += Math.sqrt(s);
            }
        }
        return total;
    }

    /** Sum of squared pairwise distances of the trajectories (the spread criterion, squared). */
    double spread() {
        double s = 0;
        for (int a = 0; a < points.length; a++) {
            for (int b = a + 1; b < points.length; b++) {
                double d = distance(points[a], points[b], levels);
                s += d * d;
            }
        }
        return s;
    }
}
