package fi.foresight.sensitivity;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Point estimates and intervals of the Sobol' indices of one outcome on the first n rows of an evaluated design.
 *
 * <p><b>Replicates</b> (the default): the rows form R interleaved replicates (row j belongs to replicate
 * {@code j mod R}); each replicate's indices are estimated on its own rows, and the interval is the Student t
 * interval {@code point ± t(R-1) · sd / √R} around the estimate on all rows, sd being the standard deviation of
 * the R replicate estimates. For the Sobol' design the replicates are independent randomisations (independent
 * digital shifts) of the same net, for the Monte Carlo design disjoint sets of independent rows: in both cases the
 * replicate estimates are independent and identically distributed, which is what the t interval needs.
 *
 * <p><b>Bootstrap</b>: the n rows are resampled with replacement (each resample from its own seeded stream) and
 * the interval is the percentile interval of the resampled estimates; it ignores the correlation of the rows of a
 * Sobol' sequence and then overstates the error.
 */
final class SobolIntervals {
    /** A point estimate with interval ends (NaN until filled). */
    static final class Intervals {
        final SobolEstimator.Estimate point;
        final double[] s1Low;
        final double[] s1High;
        final double[] stLow;
        final double[] stHigh;
        final double[][] s2Low;
        final double[][] s2High;

        Intervals(SobolEstimator.Estimate point, int k) {
            this.point = point;
            s1Low = nan(k);
            s1High = nan(k);
            stLow = nan(k);
            stHigh = nan(k);
            s2Low = new double[k][];
            s2High = new double[k][];
            for (int i = 0; i < k; i++) {
                s2Low[i] = nan(k);
                s2High[i] = nan(k);
            }
        }

        private static double[] nan(int k) {
            double[] a = new double[k];
            Arrays.fill(a, Double.NaN);
            return a;
        }
    }

    private SobolIntervals() {
    }

    /** The point estimate alone. */
    static Intervals none(SaltelliRun run, int o, int n, boolean withSecond) {
        double[][] fba = withSecond ? run.fba[o] : null;
        double c = SobolEstimator.centre(run.fa[o], run.fb[o], n);
        var point = SobolEstimator.estimate(run.fa[o], run.fb[o], run.fab[o], fba, n, c, null);
        return new Intervals(point, point.s1().length);
    }

    /** Student t intervals from {@code replicates} (at least 2) interleaved replicates of the first n rows. */
    static Intervals replicates(SaltelliRun run, int o, int n, boolean withSecond, int replicates, double confidence,
                                int threads) {
        Intervals iv = none(run, o, n, withSecond);
        int r = Math.min(replicates, n);
        if (r < 2) {
            return iv;
        }
        double[][] fba = withSecond ? run.fba[o] : null;
        double c = SobolEstimator.centre(run.fa[o], run.fb[o], n);
        var copies = new SobolEstimator.Estimate[r];
        BlockRunner.run(r, threads, j -> copies[j] = SobolEstimator.estimate(run.fa[o], run.fb[o], run.fab[o], fba,
                n, c, SobolEstimator.replicate(n, r, j)));
        double t = new TDistribution(null, r - 1).inverseCumulativeProbability((1 + confidence) / 2) / Math.sqrt(r);
        int k = iv.point.s1().length;
        double[] values = new double[r];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < r; j++) {
                values[j] = copies[j].s1()[i];
            }
            double h = t * Stats.sd(values, r);
            iv.s1Low[i] = iv.point.s1()[i] - h;
            iv.s1High[i] = iv.point.s1()[i] + h;
            for (int j = 0; j < r; j++) {
                values[j] = copies[j].st()[i];
            }
            h = t * Stats.sd(values, r);
            iv.stLow[i] = iv.point.st()[i] - h;
            iv.stHigh[i] = iv.point.st()[i] + h;
            if (withSecond) {
                for (int l = i + 1; l < k; l++) {
                    for (int j = 0; j < r; j++) {
                        values[j] = copies[j].s2()[i][l];
                    }
                    h = t * Stats.sd(values, r);
                    iv.s2Low[i][l] = iv.point.s2()[i][l] - h;
                    iv.s2High[i][l] = iv.point.s2()[i][l] + h;
                }
            }
        }
        return iv;
    }

    /** Percentile intervals from {@code resamples} bootstrap resamples of the first n rows. */
    static Intervals bootstrap(SaltelliRun run, int o, int n, boolean withSecond, int resamples, double confidence,
                               long streamSeed, int threads) {
        Intervals iv = none(run, o, n, withSecond);
        double[][] fba = withSecond ? run.fba[o] : null;
        double c = SobolEstimator.centre(run.fa[o], run.fb[o], n);
        UniformRandomProvider[] streams = Stats.streams(streamSeed, resamples);
        var resampled = new SobolEstimator.Estimate[resamples];
        BlockRunner.run(resamples, threads, r -> resampled[r] = SobolEstimator.estimate(run.fa[o], run.fb[o],
                run.fab[o], fba, n, c, SobolEstimator.counts(streams[r], n)));
        double lo = (1 - confidence) / 2;
        double hi = 1 - lo;
        int k = iv.point.s1().length;
        double[] values = new double[resamples];
        for (int i = 0; i < k; i++) {
            for (int r = 0; r < resamples; r++) {
                values[r] = resampled[r].s1()[i];
            }
            iv.s1Low[i] = Stats.percentile(values, lo);
            iv.s1High[i] = Stats.percentile(values, hi);
            for (int r = 0; r < resamples; r++) {
                values[r] = resampled[r].st()[i];
            }
            iv.stLow[i] = Stats.percentile(values, lo);
            iv.stHigh[i] = Stats.percentile(values, hi);
            if (withSecond) {
                for (int j = i + 1; j < k; j++) {
                    for (int r = 0; r < resamples; r++) {
                        values[r] = resampled[r].s2()[i][j];
                    }
                    iv.s2Low[i][j] = Stats.percentile(values, lo);
                    iv.s2High[i][j] = Stats.percentile(values, hi);
                }
            }
        }
        return iv;
    }
}
