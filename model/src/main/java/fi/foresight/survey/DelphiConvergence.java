package fi.foresight.survey;

import fi.foresight.model.DelphiRound;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Convergence and stability of a Delphi study from round to round.
 *
 * <p><b>Convergence</b> (consensus growing): the {@link Spread} of each question's answers in each round,
 * notably the interquartile range (IQR; at most 1 on a 1–5 scale is the usual consensus criterion) and the
 * coefficient of variation.
 *
 * <p><b>Stability</b> between consecutive rounds, for each question:
 * <ul>
 *   <li>the <i>distribution change</i> of Scheibe, Skutsch and Schofer (1975): the share of answers that would have
 *       to move to turn one round's distribution of answers into the next's, ½ Σ<sub>k</sub> |p<sub>k</sub> −
 *       p'<sub>k</sub>| over the answer values k (p: the share of answers with value k); below 15 % the question is
 *       counted as stable and further rounds are not expected to change it;</li>
 *   <li>the share of experts (answering the question in both rounds) whose answer changed at all, and whose answer
 *       changed by more than one scale point;</li>
 *   <li>the change of the coefficient of variation (negative: the answers drew together).</li>
 * </ul>
 */
public final class DelphiConvergence {
    /** A distribution change below this is counted as stable (Scheibe, Skutsch and Schofer 1975). */
    public static final double STABLE_BELOW = 0.15;

    /**
     * One question in one round.
     *
     * @param round    the round's number, from 1
     * @param name     the round's name
     * @param question the question
     * @param spread   the spread of its answers
     */
    public record RoundSpread(int round, String name, String question, Spread spread) {
    }

    /**
     * One question between two consecutive rounds.
     *
     * @param round              the later round's number (2 for the change from round 1 to round 2)
     * @param question           the question
     * @param paired             experts answering the question in both rounds
     * @param changed            the share of them whose answer changed
     * @param changedMoreThanOne the share of them whose answer changed by more than one scale point
     * @param distributionChange Scheibe et al.'s share of answers that moved between the two distributions
     * @param cvChange           the coefficient of variation of the later round minus that of the earlier
     * @param iqrChange          the IQR of the later round minus that of the earlier
     */
    public record Stability(int round, String question, int paired, double changed, double changedMoreThanOne,
                            double distributionChange, double cvChange, double iqrChange) {
        /**
         * Whether the question is stable between the rounds: distribution change below
         * {@value DelphiConvergence#STABLE_BELOW}.
         *
         * @return true when stable
         */
        public boolean stable() {
            return distributionChange < STABLE_BELOW;
        }
    }

    private final List<RoundSpread> spreads;
    private final List<Stability> stability;

    private DelphiConvergence(List<RoundSpread> spreads, List<Stability> stability) {
        this.spreads = List.copyOf(spreads);
        this.stability = List.copyOf(stability);
    }

    /**
     * Convergence and stability of the rounds.
     *
     * @param questions the questions, one per column of every round's answers
     * @param rounds    the rounds in order, at least one
     * @return the statistics
     * @throws IllegalArgumentException when there is no round or a round has another number of questions
     */
    public static DelphiConvergence of(List<String> questions, List<DelphiRound> rounds) {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a Delphi study needs at least one round");
        }
        for (DelphiRound r : rounds) {
            if (r.answers().length > 0 && r.answers()[0].length != questions.size()) {
                throw new IllegalArgumentException("round " + r.name() + " has " + r.answers()[0].length
                        + " questions, not " + questions.size());
            }
        }
        var spreads = new ArrayList<RoundSpread>();
        var stability = new ArrayList<Stability>();
        for (int q = 0; q < questions.size(); q++) {
            for (int i = 0; i < rounds.size(); i++) {
                DelphiRound r = rounds.get(i);
                spreads.add(new RoundSpread(i + 1, r.name(), questions.get(q), Spread.of(r.column(q))));
            }
        }
        for (int i = 1; i < rounds.size(); i++) {
            for (int q = 0; q < questions.size(); q++) {
                stability.add(between(i + 1, questions.get(q), rounds.get(i - 1), rounds.get(i), q));
            }
        }
        return new DelphiConvergence(spreads, stability);
    }

    private static Stability between(int round, String question, DelphiRound before, DelphiRound after, int q) {
        Map<String, Double> earlier = new HashMap<>();
        for (int e = 0; e < before.experts().size(); e++) {
            earlier.put(before.experts().get(e), before.answers()[e][q]);
        }
        int paired = 0;
        int changed = 0;
        int far = 0;
        for (int e = 0; e < after.experts().size(); e++) {
            Double a = earlier.get(after.experts().get(e));
            double b = after.answers()[e][q];
            if (a == null || Double.isNaN(a) || Double.isNaN(b)) {
                continue;
            }
            paired++;
            changed += a != b ? 1 : 0;
            far += Math.abs(a - b) > 1 + 1e-12 ? 1 : 0;
        }
        Spread s0 = Spread.of(before.column(q));
        Spread s1 = Spread.of(after.column(q));
        return new Stability(round, question, paired, paired == 0 ? Double.NaN : (double) changed / paired,
                paired == 0 ? Double.NaN : (double) far / paired, distributionChange(before.column(q), after.column(q)),
                s1.cv() - s0.cv(), s1.iqr() - s0.iqr());
    }

    /**
     * Scheibe, Skutsch and Schofer's distribution change: ½ Σ<sub>k</sub> |p<sub>k</sub> − p'<sub>k</sub>| over the
     * values k answered in either round.
     *
     * @param before the answers of the earlier round ({@code NaN} = missing, left out)
     * @param after  the answers of the later round
     * @return the share of answers that moved, in [0, 1]; {@code NaN} when a round has no answer
     */
    public static double distributionChange(double[] before, double[] after) {
        Map<Double, double[]> shares = new TreeMap<>();
        double n0 = count(before);
        double n1 = count(after);
        if (n0 == 0 || n1 == 0) {
            return Double.NaN;
        }
        for (double v : before) {
            if (!Double.isNaN(v)) {
                shares.computeIfAbsent(v, k -> new double[2])[0] += 1 / n0;
            }
        }
        for (double v : after) {
            if (!Double.isNaN(v)) {
                shares.computeIfAbsent(v, k -> new double[2])[1] += 1 / n1;
            }
        }
        double sum = 0;
        for (double[] p : shares.values()) {
            sum += Math.abs(p[0] - p[1]);
        }
        return sum / 2;
    }

    private static int count(double[] values) {
        int n = 0;
        for (double v : values) {
            n += Double.isNaN(v) ? 0 : 1;
        }
        return n;
    }

    /**
     * The spread of every question in every round, question by question and round by round within it.
     *
     * @return the spreads
     */
    public List<RoundSpread> spreads() {
        return spreads;
    }

    /**
     * Stability between consecutive rounds, round by round and question by question within it.
     *
     * @return the stability rows (empty for a single round)
     */
    public List<Stability> stability() {
        return stability;
    }
}
