package fi.foresight.survey;

import java.util.Arrays;

/**
 * The spread of the answers to one question: how far the respondents agree.
 *
 * <p>Quartiles are those of Hyndman and Fan's definition 7 (linear interpolation between order statistics, the
 * default of R and of spreadsheet programs' {@code QUARTILE.INC}): the p-quantile of the sorted answers
 * x<sub>1</sub> … x<sub>n</sub> is x<sub>⌊h⌋</sub> + (h − ⌊h⌋)(x<sub>⌊h⌋+1</sub> − x<sub>⌊h⌋</sub>) with
 * h = (n − 1)p + 1. On a 1–5 scale an interquartile range of at most 1 is the usual sign of consensus in Delphi
 * studies (von der Gracht 2012).
 *
 * <pre>{@code
 * Spread s = Spread.of(new double[] {1, 2, 2, 3, 5});
 * s.iqr();        // 1.0
 * s.withinOne();  // 0.8: four of five answers within one point of the median 2
 * }</pre>
 *
 * @param answers   the number of answers (missing ones, {@code NaN}, left out)
 * @param missing   the number of missing answers
 * @param mean      the mean answer
 * @param sd        the sample standard deviation (n − 1 in the denominator; 0 for one answer)
 * @param median    the median
 * @param q1        the lower quartile
 * @param q3        the upper quartile
 * @param withinOne the share of answers at most one scale point from the median
 */
public record Spread(int answers, int missing, double mean, double sd, double median, double q1, double q3,
                     double withinOne) {

    /**
     * The spread of the answers given; {@code NaN} entries are missing answers.
     *
     * @param values the answers, {@code NaN} for missing
     * @return the spread; its statistics are {@code NaN} when nobody answered
     */
    public static Spread of(double[] values) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = x.length;
        int missing = values.length - n;
        if (n == 0) {
            return new Spread(0, missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double median = quantile(x, 0.5);
        int within = 0;
        for (double v : x) {
            if (Math.abs(v - median) <= 1 + 1e-12) {
                within++;
            }
        }
        return new Spread(n, missing, mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0, median, quantile(x, 0.25),
                quantile(x, 0.75), (double) within / n);
    }

    /**
     * The interquartile range q3 − q1.
     *
     * @return the interquartile range
     */
    public double iqr() {
        return q3 - q1;
    }

    /**
     * The coefficient of variation sd / mean (a relative spread; meaningful for answers on a scale starting above 0).
     *
     * @return sd / mean, {@code NaN} when the mean is 0
     */
    public double cv() {
        return mean == 0 ? Double.NaN : sd / mean;
    }

    /**
     * The p-quantile of sorted values by Hyndman and Fan's definition 7.
     *
     * @param sorted values in ascending order, at least one
     * @param p      the probability in [0, 1]
     * @return the quantile
     */
    public static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
