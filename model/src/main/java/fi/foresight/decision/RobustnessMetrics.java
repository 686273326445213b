package fi.foresight.decision;

import java.util.Arrays;
import java.util.List;

/**
 * The robustness metrics of levers from a scenario × lever table of mean outcomes (and shares of futures meeting a
 * target), as computed by {@link Robustness}. With {@code better = higher} (maximise):
 * <ul>
 *   <li>{@code mean[l]} = Σ<sub>s</sub> w<sub>s</sub> m<sub>sl</sub> / Σ w<sub>s</sub>, the mean over all futures
 *       (scenario weights w, equal by default);</li>
 *   <li>{@code worst[l]} = min<sub>s</sub> m<sub>sl</sub>, the worst scenario mean;</li>
 *   <li>{@code regret[s][l]} = max<sub>l'</sub> m<sub>sl'</sub> − m<sub>sl</sub>, how much is lost in scenario s
 *       by having chosen l instead of the lever that is best there (Savage's regret on scenario means; the means
 *       come from the same random numbers for every lever), and {@code maxRegret[l]} = max<sub>s</sub> of it;</li>
 *   <li>{@code satisficing[l]} = Σ<sub>s</sub> w<sub>s</sub> p<sub>sl</sub> / Σ w<sub>s</sub>, the share of simulated
 *       futures over all scenarios that meet the target (NaN without one).</li>
 * </ul>
 * Minimising turns max into min and the differences around. Every scenario counts in {@code worst} and
 * {@code maxRegret} whatever its weight. Ranks are 1 for the best lever by each metric; ties go to the lever
 * listed first.
 *
 * @param scenarios         the scenario ids (rows)
 * @param levers            the lever ids (columns)
 * @param maximise          whether higher outcomes are better
 * @param mean              weighted mean per lever
 * @param worst             worst scenario mean per lever
 * @param worstScenario     the index of the worst scenario per lever
 * @param regret            {@code regret[s][l]}, ≥ 0
 * @param maxRegret         the largest regret per lever
 * @param maxRegretScenario the index of the scenario of the largest regret per lever
 * @param satisficing       the share of futures meeting the target per lever, NaN without a target
 */
public record RobustnessMetrics(List<String> scenarios, List<String> levers, boolean maximise, double[] mean,
                                double[] worst, int[] worstScenario, double[][] regret, double[] maxRegret,
                                int[] maxRegretScenario, double[] satisficing) {

    /**
     * Computes the metrics.
     *
     * @param scenarios the scenario ids
     * @param levers    the lever ids
     * @param means     {@code means[s][l]}: the mean outcome of lever l in scenario s
     * @param met       {@code met[s][l]}: the share of futures meeting the target, or null without a target
     * @param weights   one non-negative weight per scenario with a positive sum, or null for equal weights
     * @param maximise  whether higher outcomes are better
     * @return the metrics
     * @throws IllegalArgumentException when shapes or weights are wrong
     */
    public static RobustnessMetrics of(List<String> scenarios, List<String> levers, double[][] means, double[][] met,
                                       double[] weights, boolean maximise) {
        int s = scenarios.size();
        int l = levers.size();
        if (s == 0 || l == 0 || means.length != s || (met != null && met.length != s)) {
            throw new IllegalArgumentException("need one row of means per scenario (" + s + ") and at least one lever");
        }
        double[] w = weights == null ? filled(s, 1) : weights.clone();
        double total = 0;
        for (double x : w) {
            if (!(x >= 0) || Double.isInfinite(x)) {
                throw new IllegalArgumentException("scenario weights must be finite and >= 0, got " + Arrays.toString(w));
            }
            total += x;
        }
        if (w.length != s || !(total > 0)) {
            throw new IllegalArgumentException("need one scenario weight per scenario with a positive sum");
        }
        double sign = maximise ? 1 : -1;
        double[] mean = new double[l];
        double[] worst = filled(l, Double.NaN);
        int[] worstAt = new int[l];
        double[][] regret = new double[s][l];
        double[] maxRegret = filled(l, Double.NEGATIVE_INFINITY);
        int[] regretAt = new int[l];
        double[] sat = filled(l, met == null ? Double.NaN : 0);
        for (int i = 0; i < s; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < l; j++) {
                best = Math.max(best, sign * means[i][j]);
            }
            for (int j = 0; j < l; j++) {
                double m = means[i][j];
                mean[j] += w[i] * m / total;
                if (Double.isNaN(worst[j]) || sign * m < sign * worst[j]) {
                    worst[j] = m;
                    worstAt[j] = i;
                }
                regret[i][j] = best - sign * m;
                if (regret[i][j] > maxRegret[j]) {
                    maxRegret[j] = regret[i][j];
                    regretAt[j] = i;
                }
                if (met != null) {
                    sat[j] += w[i] * met[i][j] / total;
                }
            }
        }
        return new RobustnessMetrics(List.copyOf(scenarios), List.copyOf(levers), maximise, mean, worst, worstAt,
                regret, maxRegret, regretAt, sat);
    }

    /**
     * Ranks by mean, 1 = best.
     *
     * @return one rank per lever
     */
    public int[] rankMean() {
        return ranks(mean, maximise);
    }

    /**
     * Ranks by the worst scenario mean, 1 = best.
     *
     * @return one rank per lever
     */
    public int[] rankWorst() {
        return ranks(worst, maximise);
    }

    /**
     * Ranks by maximum regret, 1 = least regret.
     *
     * @return one rank per lever
     */
    public int[] rankRegret() {
        return ranks(maxRegret, false);
    }

    /**
     * Ranks by satisficing share, 1 = most futures meeting the target; all 1 without a target.
     *
     * @return one rank per lever
     */
    public int[] rankSatisficing() {
        return ranks(satisficing, true);
    }

    /**
     * The robust lever: the least maximum regret, ties broken by the better worst case, then by the order listed.
     *
     * @return its index
     */
    public int robust() {
        int best = 0;
        double sign = maximise ? 1 : -1;
        for (int j = 1; j < levers.size(); j++) {
            if (maxRegret[j] < maxRegret[best]
                    || (maxRegret[j] == maxRegret[best] && sign * worst[j] > sign * worst[best])) {
                best = j;
            }
        }
        return best;
    }

    private static int[] ranks(double[] v, boolean higherFirst) {
        int[] r = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            int rank = 1;
            for (int j = 0; j < v.length; j++) {
                boolean better = higherFirst ? v[j] > v[i] : v[j] < v[i];
                if (j != i && (better || (v[j] == v[i] && j < i))) {
                    rank++;
                }
            }
            r[i] = rank;
        }
        return r;
    }

    private static double[] filled(int n, double x) {
        double[] a = new double[n];
        Arrays.fill(a, x);
        return a;
    }
}
