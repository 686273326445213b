package fi.foresight.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A panel's weights from its members' importance ratings, and how uncertain they are.
 *
 * <p><b>Point weights</b> are the normalised mean ratings: with m<sub>i</sub> the mean rating of driver i over the
 * n respondents who rated every driver of the panel (complete cases), w<sub>i</sub> = m<sub>i</sub> / Σ m<sub>j</sub>.
 *
 * <p><b>Their uncertainty</b> is a Dirichlet Dir(κ·w) whose concentration κ matches the sampling variance of the
 * weights over the respondents, so it grows with the number of respondents and shrinks with their disagreement.
 * Each weight is a ratio of means, whose variance is (delta method, as for a ratio estimator) Var(w<sub>i</sub>) ≈
 * s<sub>i</sub>² / n with s<sub>i</sub>² the sample variance over respondents r of
 * d<sub>ri</sub> = (x<sub>ri</sub> − w<sub>i</sub> T<sub>r</sub>) / S (x<sub>ri</sub> respondent r's rating of
 * driver i, T<sub>r</sub> = Σ<sub>j</sub> x<sub>rj</sub>, S = Σ<sub>j</sub> m<sub>j</sub>). A Dirichlet has
 * Var(w<sub>i</sub>) = w<sub>i</sub>(1 − w<sub>i</sub>) / (κ + 1); matching the total variance gives
 * <p>κ = Σ w<sub>i</sub>(1 − w<sub>i</sub>) / Σ Var(w<sub>i</sub>) − 1,
 * so κ + 1 is proportional to n for a given disagreement. When every respondent rates alike κ is 0: the weights
 * are certain and drawn as points. κ is at least {@value #MIN_CONCENTRATION}.
 *
 * <p><b>One member's weights</b> vary n times as much as the panel's: their concentration is (κ + 1)/n − 1, the
 * Dirichlet of a member drawn at random ({@code uncertainty: members} in a model file), for a panel that stands for
 * its members one by one rather than for their mean.
 *
 * <pre>{@code
 * RatingWeights w = RatingWeights.of(List.of("readiness", "funding"), ratings);  // ratings[respondent][driver]
 * w.weights();         // {readiness=0.58, funding=0.42}
 * w.concentration();   // 412.7 (κ of Dir(κ·w))
 * }</pre>
 *
 * @param drivers       the drivers, in the order of the rating columns
 * @param meanRatings   the mean rating of each driver over the complete cases
 * @param weights       the normalised mean ratings, summing to 1
 * @param concentration the Dirichlet concentration κ of the panel's weights (0: no uncertainty)
 * @param memberConcentration the concentration of one member's weights, (κ + 1)/n − 1 (at least
 *                      {@value #MIN_CONCENTRATION}; 0 when everyone rates alike): a member drawn at random
 * @param respondents   the number of respondents used (complete cases)
 * @param left          the number of respondents left out because they did not rate every driver
 */
public record RatingWeights(List<String> drivers, double[] meanRatings, double[] weights, double concentration,
                            double memberConcentration, int respondents, int left) {
    /** The smallest concentration given to a Dirichlet (a very uncertain panel). */
    public static final double MIN_CONCENTRATION = 1;

    /**
     * Copies the parts.
     *
     * @param drivers       the drivers, in the order of the rating columns
     * @param meanRatings   the mean rating of each driver over the complete cases
     * @param weights       the normalised mean ratings, summing to 1
     * @param concentration the Dirichlet concentration κ (0: no uncertainty)
     * @param memberConcentration the concentration of one member's weights
     * @param respondents   the number of respondents used (complete cases)
     * @param left          the number of respondents left out because they did not rate every driver
     */
    public RatingWeights {
        drivers = List.copyOf(drivers);
        meanRatings = meanRatings.clone();
        weights = weights.clone();
    }

    /**
     * Weights from ratings.
     *
     * @param drivers the drivers, one per rating column
     * @param ratings {@code ratings[r][i]}: respondent r's importance rating of driver i ({@code NaN} = missing);
     *                ratings must be {@literal >=} 0
     * @return the weights and their concentration
     * @throws IllegalArgumentException when fewer than two respondents rated every driver, a rating is negative or
     *                                  every mean rating is 0
     */
    public static RatingWeights of(List<String> drivers, double[][] ratings) {
        int k = drivers.size();
        List<double[]> rows = new ArrayList<>();
        for (double[] row : ratings) {
            if (row.length != k) {
                throw new IllegalArgumentException("every respondent needs " + k + " ratings; one has " + row.length);
            }
            for (double v : row) {
                if (v < 0 || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("an importance rating is " + v + "; ratings must be >= 0");
                }
            }
            if (Arrays.stream(row).noneMatch(Double::isNaN)) {
                rows.add(row);
            }
        }
        int n = rows.size();
        if (n < 2) {
            throw new IllegalArgumentException(n + " respondent(s) rated every driver of the panel; weights from "
                    + "ratings need at least 2");
        }
        double[] mean = new double[k];
        for (double[] row : rows) {
            for (int i = 0; i < k; i++) {
                mean[i] += row[i] / n;
            }
        }
        double total = Arrays.stream(mean).sum();
        if (!(total > 0)) {
            throw new IllegalArgumentException("every mean rating is 0, so there is nothing to normalise");
        }
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = mean[i] / total;
        }
        double variance = 0;
        for (int i = 0; i < k; i++) {
            double ss = 0;
            for (double[] row : rows) {
                double t = Arrays.stream(row).sum();
                double d = (row[i] - w[i] * t) / total;
                ss += d * d;   // the d have mean 0 by construction
            }
            variance += ss / (n - 1) / n;
        }
        double spread = 0;
        for (double x : w) {
            spread += x * (1 - x);
        }
        boolean alike = variance <= 1e-15 * spread;
        double kappa = alike ? 0 : Math.max(MIN_CONCENTRATION, spread / variance - 1);
        double member = alike ? 0 : Math.max(MIN_CONCENTRATION, spread / (variance * n) - 1);
        return new RatingWeights(drivers, mean, w, kappa, member, n, ratings.length - n);
    }

    /**
     * The weights by driver, in column order.
     *
     * @return driver → normalised mean rating
     */
    public Map<String, Double> weightsByDriver() {
        var out = new LinkedHashMap<String, Double>();
        for (int i = 0; i < drivers.size(); i++) {
            out.put(drivers.get(i), weights[i]);
        }
        return Collections.unmodifiableMap(out);
    }
}
