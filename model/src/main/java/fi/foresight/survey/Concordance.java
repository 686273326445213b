package fi.foresight.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Kendall's coefficient of concordance W (Kendall and Babington Smith 1939): how far m respondents agree on the
 * order of n questions (or drivers), 0 for no agreement, 1 for the same order from everyone.
 *
 * <p>Each respondent's ratings are turned into ranks (ties get their mean rank), the ranks summed per question
 * (R<sub>i</sub>) and S = Σ (R<sub>i</sub> − m(n + 1)/2)². With the correction for ties (Siegel and Castellan
 * 1988), W = 12 S / (m²(n³ − n) − m Σ<sub>j</sub> T<sub>j</sub>), where T<sub>j</sub> = Σ (t³ − t) over
 * the groups of t tied ranks of respondent j. The test of no agreement uses Friedman's statistic
 * χ² = m(n − 1)W with n − 1 degrees of freedom. A respondent with a missing answer is left out (complete cases).
 *
 * <pre>{@code
 * Concordance c = Concordance.of(ratings);   // rows respondents, columns questions, NaN = missing
 * c.w();          // 0.31
 * c.pValue();     // 1e-12: the order is shared well beyond chance
 * }</pre>
 *
 * @param w          the coefficient of concordance W in [0, 1]; {@code NaN} when it is undefined (fewer than
 *                   two respondents or questions, or every respondent rates all questions alike)
 * @param raters     the number of respondents whose rankings were used (m)
 * @param objects    the number of questions ranked (n)
 * @param left       the number of respondents left out for a missing answer
 * @param chiSquare  Friedman's statistic m(n − 1)W
 * @param pValue     the chance of a W at least this large if the respondents ranked at random
 */
public record Concordance(double w, int raters, int objects, int left, double chiSquare, double pValue) {

    /**
     * W of the rankings implied by the ratings.
     *
     * @param ratings {@code ratings[r][q]}: respondent r's rating of question q; {@code NaN} = missing
     * @return the concordance
     * @throws IllegalArgumentException when the rows differ in length
     */
    public static Concordance of(double[][] ratings) {
        int n = ratings.length == 0 ? 0 : ratings[0].length;
        List<double[]> rows = new ArrayList<>();
        for (double[] row : ratings) {
            if (row.length != n) {
                throw new IllegalArgumentException("every respondent needs " + n + " ratings; one has " + row.length);
            }
            if (Arrays.stream(row).noneMatch(Double::isNaN)) {
                rows.add(row);
            }
        }
        int m = rows.size();
        int left = ratings.length - m;
        if (m < 2 || n < 2) {
            return new Concordance(Double.NaN, m, n, left, Double.NaN, Double.NaN);
        }
        double[] sums = new double[n];
        double ties = 0;
        for (double[] row : rows) {
            double[] r = midRanks(row);
            for (int i = 0; i < n; i++) {
                sums[i] += r[i];
            }
            ties += tieTerm(row);
        }
        double mean = m * (n + 1) / 2.0;
        double s = 0;
        for (double r : sums) {
            s += (r - mean) * (r - mean);
        }
        double denominator = (double) m * m * ((double) n * n * n - n) - m * ties;
        if (denominator <= 0) {
            return new Concordance(Double.NaN, m, n, left, Double.NaN, Double.NaN);
        }
        double w = Math.min(1, 12 * s / denominator);
        double chi = m * (n - 1) * w;
        return new Concordance(w, m, n, left, chi, Gamma.regularizedGammaQ((n - 1) / 2.0, chi / 2));
    }

    /**
     * Ranks 1 … n of the values, ties getting the mean of the ranks they share.
     *
     * @param values the values (no {@code NaN})
     * @return the rank of each value, in the values' order
     */
    public static double[] midRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** Σ (t³ − t) over the groups of t equal values. */
    private static double tieTerm(double[] values) {
        double[] x = values.clone();
        Arrays.sort(x);
        double t = 0;
        int i = 0;
        while (i < x.length) {
            int j = i;
            while (j + 1 < x.length && x[j + 1] == x[i]) {
                j++;
            }
            double size = j - i + 1;
            t += size * size * size - size;
            i = j + 1;
        }
        return t;
    }
}
