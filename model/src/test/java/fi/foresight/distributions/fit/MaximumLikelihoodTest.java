package fi.foresight.distributions.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Empirical;
import fi.foresight.distributions.Fitted;
import fi.foresight.distributions.LogNormal;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import java.util.List;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Maximum-likelihood fits with known answers: normal and lognormal equal their closed forms (and commons-math3's
 * log-densities), beta and PERT recover the parameters of data drawn from them (the mean estimate over repetitions
 * within 3 standard errors of the truth, the standard error estimated from the repetitions), the beta's estimate
 * solves its score equations, and the KS distance equals commons-math3's statistic.
 */
class MaximumLikelihoodTest {
    private static final int REPETITIONS = 40;
    private static final int N = 2000;

    private static double[] draw(Distribution d, int n, long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        double[] out = new double[n];
        d.sample(rng, out, n);
        return out;
    }

    @Test
    void normalEqualsTheClosedForm() {
        double[] x = draw(Normal.of(3, 2), 500, 1);
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / x.length);
        Candidate c = MaximumLikelihood.candidates(Empirical.of(x), "normal", Double.NaN, Double.NaN).get(0);
        Normal fit = (Normal) c.distribution();
        assertEquals(mean, fit.mean(), 1e-12 * Math.abs(mean));
        assertEquals(sd, fit.sd(), 1e-12 * sd);
        double ll = 0;
        var reference = new NormalDistribution(null, mean, sd);
        for (double v : x) {
            ll += reference.logDensity(v);
        }
        assertEquals(ll, c.logLikelihood(), 1e-9 * Math.abs(ll));
        assertEquals(4 - 2 * ll, c.aic(), 1e-9 * Math.abs(ll));
    }

    @Test
    void lognormalEqualsTheClosedForm() {
        double[] x = draw(LogNormal.of(1, 0.5), 500, 2);
        double mu = 0;
        for (double v : x) {
            mu += Math.log(v) / x.length;
        }
        double ss = 0;
        for (double v : x) {
            ss += (Math.log(v) - mu) * (Math.log(v) - mu);
        }
        double sigma = Math.sqrt(ss / x.length);
        Candidate c = MaximumLikelihood.candidates(Empirical.of(x), "lognormal", Double.NaN, Double.NaN).get(0);
        LogNormal fit = (LogNormal) c.distribution();
        assertEquals(mu, fit.mu(), 1e-12);
        assertEquals(sigma, fit.sigma(), 1e-12);
        double ll = 0;
        var reference = new LogNormalDistribution(null, mu, sigma);
        for (double v : x) {
            ll += reference.logDensity(v);
        }
        assertEquals(ll, c.logLikelihood(), 1e-9 * Math.abs(ll));
    }

    @Test
    void betaRecoversItsParametersWithinThreeStandardErrors() {
        Beta truth = Beta.of(2, 5, 0, 10);
        double[] alpha = new double[REPETITIONS];
        double[] beta = new double[REPETITIONS];
        for (int r = 0; r < REPETITIONS; r++) {
            Empirical data = Empirical.of(draw(truth, N, 100 + r));
            Beta fit = (Beta) MaximumLikelihood.fitted(data, "beta", 0, 10).distribution();
            alpha[r] = fit.alpha();
            beta[r] = fit.beta();
        }
        assertWithinThreeStandardErrors(2, alpha, "alpha");
        assertWithinThreeStandardErrors(5, beta, "beta");
    }

    @Test
    void betaEstimateSolvesTheScoreEquations() {
        Empirical data = Empirical.of(draw(Beta.of(0.8, 3, 1, 5), N, 7));
        Beta fit = (Beta) MaximumLikelihood.fitted(data, "beta", 1, 5).distribution();
        double s1 = 0;
        double s2 = 0;
        for (double v : data.values()) {   // distinct continuous draws: each counted once
            double u = (v - 1) / 4;
            s1 += Math.log(u) / data.total();
            s2 += Math.log1p(-u) / data.total();
        }
        double both = Gamma.digamma(fit.alpha() + fit.beta());
        assertEquals(s1, Gamma.digamma(fit.alpha()) - both, 1e-6);
        assertEquals(s2, Gamma.digamma(fit.beta()) - both, 1e-6);
    }

    @Test
    void pertRecoversItsModeWithinThreeStandardErrors() {
        Pert truth = Pert.of(1, 2, 6);
        double[] mode = new double[REPETITIONS];
        for (int r = 0; r < REPETITIONS; r++) {
            Empirical data = Empirical.of(draw(truth, N, 200 + r));
            mode[r] = ((Pert) MaximumLikelihood.fitted(data, "pert", 1, 6).distribution()).mode();
        }
        assertWithinThreeStandardErrors(2, mode, "mode");
    }

    /** The mean of the estimates lies within 3 standard errors (sd of the estimates / sqrt(repetitions)). */
    private static void assertWithinThreeStandardErrors(double truth, double[] estimates, String what) {
        double mean = 0;
        for (double e : estimates) {
            mean += e / estimates.length;
        }
        double ss = 0;
        for (double e : estimates) {
            ss += (e - mean) * (e - mean);
        }
        double se = Math.sqrt(ss / (estimates.length - 1)) / Math.sqrt(estimates.length);
        assertTrue(se > 0, what + ": the estimates vary");
        assertTrue(Math.abs(mean - truth) <= 3 * se, what + ": mean estimate " + mean + " vs " + truth + ", 3 SE = "
                + 3 * se);
    }

    @Test
    void autoChoosesTheLeastAicAndBetaNestsPert() {
        Empirical data = Empirical.of(draw(Pert.of(0, 3, 10), 300, 11));
        List<Candidate> all = MaximumLikelihood.candidates(data, "auto", 0, 10);
        assertEquals(List.of("pert", "beta", "normal", "lognormal"), all.stream().map(Candidate::family).toList());
        Candidate best = all.stream().min((a, b) -> Double.compare(a.aic(), b.aic())).orElseThrow();
        Fitted f = MaximumLikelihood.fitted(data, "auto", 0, 10);
        assertEquals(best.distribution(), f.distribution());
        // a PERT (shape 4) is a beta with alpha + beta = 6: the beta's likelihood is at least the PERT's
        assertTrue(all.get(1).logLikelihood() >= all.get(0).logLikelihood() - 1e-9, all.toString());
        for (Candidate c : all) {
            assertEquals(2 * c.parameters() - 2 * c.logLikelihood(), c.aic(), 1e-9);
        }
    }

    @Test
    void ksDistanceEqualsCommonsMath() {
        double[] x = draw(Normal.of(0, 1), 200, 3);
        Candidate c = MaximumLikelihood.candidates(Empirical.of(x), "normal", Double.NaN, Double.NaN).get(0);
        Normal n = (Normal) c.distribution();
        double expected = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(
                new NormalDistribution(null, n.mean(), n.sd()), x);
        assertEquals(expected, c.ks(), 1e-12);
        // with ties (Likert answers), counts weigh as repeated values
        double[] likert = {1, 2, 2, 3, 3, 3, 4, 4, 5};
        Empirical e = Empirical.of(likert);
        Normal fit = (Normal) MaximumLikelihood.fitted(e, "normal", Double.NaN, Double.NaN).distribution();
        double tied = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(
                new NormalDistribution(null, fit.mean(), fit.sd()), likert);
        assertEquals(tied, Goodness.ks(e, fit), 1e-12);
    }

    @Test
    void refusesFamiliesThatDoNotApplyAndSaysWhatWould() {
        Empirical likert = Empirical.of(1, 2, 3, 4, 5, 4);
        var onBound = assertThrows(IllegalArgumentException.class, () -> MaximumLikelihood.fitted(likert, "pert", 1, 5));
        assertTrue(onBound.getMessage().contains("strictly inside the support [1, 5]"), onBound.getMessage());
        assertTrue(onBound.getMessage().contains("min: 0.5, max: 5.5"), onBound.getMessage());
        var noBounds = assertThrows(IllegalArgumentException.class,
                () -> MaximumLikelihood.fitted(likert, "beta", Double.NaN, Double.NaN));
        assertTrue(noBounds.getMessage().contains("give min and max"), noBounds.getMessage());
        var negative = assertThrows(IllegalArgumentException.class,
                () -> MaximumLikelihood.fitted(Empirical.of(-1, 2, 3), "lognormal", Double.NaN, Double.NaN));
        assertTrue(negative.getMessage().contains("positive values"), negative.getMessage());
        var same = assertThrows(IllegalArgumentException.class,
                () -> MaximumLikelihood.fitted(Empirical.of(3, 3, 3), "normal", Double.NaN, Double.NaN));
        assertTrue(same.getMessage().contains("values that differ"), same.getMessage());
        // auto leaves out what does not apply
        assertEquals(List.of("normal", "lognormal"), MaximumLikelihood.candidates(likert, "auto", Double.NaN,
                Double.NaN).stream().map(Candidate::family).toList());
    }
}
