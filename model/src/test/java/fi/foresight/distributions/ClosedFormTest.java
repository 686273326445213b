package fi.foresight.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Means, variances, CDFs and quantiles of every family against analytic values derived here, independently
 * of the implementation (textbook formulas, closed forms for special parameters, published constants).
 */
class ClosedFormTest {

    /** Phi^-1(0.975), Phi^-1(0.75) and Phi(1), to 16 digits (standard tables). */
    private static final double Z975 = 1.959963984540054;
    private static final double Z75 = 0.6744897501960817;
    private static final double PHI1 = 0.8413447460685429;
    /** P(|Z| &lt;= 1) = erf(1 / sqrt 2). */
    private static final double MASS_WITHIN_ONE_SD = 0.6826894921370859;
    private static final double EPS = 1e-12;

    private static double phi(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    @Test
    void uniform() {
        Uniform d = Uniform.of(2, 5);
        assertEquals(3.5, d.mean(), EPS);
        assertEquals(9.0 / 12, d.variance(), EPS);
        assertEquals(2.6, d.quantile(0.2), EPS);
        assertEquals(1.0 / 3, d.cdf(3), EPS);
        assertEquals(2, d.quantile(0), 0);
        assertEquals(5, d.quantile(1), 0);
    }

    @Test
    void triangular() {
        double a = 1;
        double c = 2;
        double b = 4;
        Triangular d = Triangular.of(a, c, b);
        assertEquals((a + b + c) / 3, d.mean(), EPS);
        assertEquals((a * a + b * b + c * c - a * b - a * c - b * c) / 18, d.variance(), EPS);
        assertEquals(7.0 / 18, d.variance(), EPS);
        // F(mode) = (c - a) / (b - a) = 1/3; below it x = a + sqrt(p (b - a)(c - a)), above b - sqrt((1 - p)(b - a)(b - c))
        assertEquals(1.0 / 3, d.cdf(2), EPS);
        assertEquals(1 + Math.sqrt(0.3), d.quantile(0.1), EPS);
        assertEquals(4 - Math.sqrt(1.2), d.quantile(0.8), EPS);
        assertEquals(2, d.quantile(1.0 / 3), 1e-9);
        assertEquals(1 - 1.0 / 6, d.cdf(3), EPS);
        assertEquals(1, d.quantile(0), 0);
        assertEquals(4, d.quantile(1), 0);
    }

    @Test
    void triangularWithModeAtAnEnd() {
        Triangular left = Triangular.of(0, 0, 1);   // density 2(1 - x): F(x) = 1 - (1 - x)^2
        assertEquals(1 - Math.sqrt(0.5), left.quantile(0.5), EPS);
        assertEquals(1.0 / 18, left.variance(), EPS);
        Triangular right = Triangular.of(0, 1, 1); // density 2x: F(x) = x^2
        assertEquals(Math.sqrt(0.5), right.quantile(0.5), EPS);
        assertEquals(0.25, right.cdf(0.5), EPS);
    }

    @Test
    void pertIsTheBetaWithShapesFromTheThreePoints() {
        // alpha = 1 + 4 (2 - 1) / 3 = 7/3, beta = 1 + 4 (4 - 2) / 3 = 11/3
        Pert d = Pert.of(1, 2, 4);
        double alpha = 7.0 / 3;
        double beta = 11.0 / 3;
        assertEquals(alpha, d.alpha(), EPS);
        assertEquals(beta, d.beta(), EPS);
        assertEquals((1 + 4 * 2 + 4) / 6.0, d.mean(), EPS);
        assertEquals(1 + 3 * alpha / (alpha + beta), d.mean(), EPS);
        double s = alpha + beta;
        assertEquals(9 * alpha * beta / (s * s * (s + 1)), d.variance(), EPS);
        assertEquals(6, Pert.of(1, 2, 4, 6).alpha() + Pert.of(1, 2, 4, 6).beta() - 2, EPS);
    }

    @Test
    void pertCdfAndQuantileMatchTheBinomialFormOfTheIncompleteBeta() {
        // Pert(0, 0.25, 1) is Beta(2, 4); I_x(2, 4) = P(Binomial(5, x) >= 2) = 1 - (1-x)^5 - 5x(1-x)^4
        Pert d = Pert.of(0, 0.25, 1);
        for (double x = 0.05; x < 1; x += 0.1) {
            double expected = 1 - Math.pow(1 - x, 5) - 5 * x * Math.pow(1 - x, 4);
            assertEquals(expected, d.cdf(x), 1e-13, "cdf at " + x);
            assertEquals(x, d.quantile(expected), 1e-11, "quantile at " + expected);
        }
    }

    @Test
    void betaOnARange() {
        Beta d = Beta.of(2, 3, 10, 20);
        assertEquals(10 + 10 * 2.0 / 5, d.mean(), EPS);
        assertEquals(100 * 6.0 / (25 * 6), d.variance(), EPS);
        // I_0.5(2, 3) = P(Binomial(4, 0.5) >= 2) = 11/16
        assertEquals(11.0 / 16, d.cdf(15), 1e-13);
        assertEquals(15, d.quantile(11.0 / 16), 1e-10);
    }

    @Test
    void betaArcsine() {
        // Beta(1/2, 1/2): F(x) = (2/pi) asin(sqrt x), F^-1(p) = sin^2(pi p / 2)
        Beta d = Beta.of(0.5, 0.5);
        assertEquals(0.5, d.mean(), EPS);
        assertEquals(1.0 / 8, d.variance(), EPS);
        for (double p = 0.01; p < 1; p += 0.07) {
            double x = Math.pow(Math.sin(Math.PI * p / 2), 2);
            assertEquals(x, d.quantile(p), 1e-11, "quantile at " + p);
            assertEquals(p, d.cdf(x), 1e-13, "cdf at " + x);
        }
    }

    @Test
    void betaFromCountsIsTheUniformPriorPosterior() {
        Beta d = Beta.fromCounts(42, 58);
        assertEquals(Beta.of(43, 59), d);
        assertEquals(43.0 / 102, d.mean(), EPS);
    }

    @Test
    void normal() {
        Normal d = Normal.of(2, 3);
        assertEquals(2, d.mean(), 0);
        assertEquals(9, d.variance(), EPS);
        assertEquals(3, d.sd(), 0);
        assertEquals(2 + 3 * Z975, d.quantile(0.975), 1e-12);
        assertEquals(2 - 3 * Z975, d.quantile(0.025), 1e-12);
        assertEquals(2 + 3 * Z75, d.quantile(0.75), 1e-12);
        assertEquals(PHI1, d.cdf(5), 1e-15);
        assertEquals(2, d.quantile(0.5), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, d.quantile(0), 0);
        assertEquals(Double.POSITIVE_INFINITY, d.quantile(1), 0);
    }

    @Test
    void normalQuantileKeepsRelativePrecisionFarInTheTail() {
        // Mills-ratio series: Phi(z) = phi(z)/|z| (1 - 1/z^2 + 3/z^4 - 15/z^6 + 105/z^8 - 945/z^10 ...),
        // truncation error below 1e-8 relative for |z| > 9
        Normal standard = Normal.of(0, 1);
        for (double p : new double[] {1e-20, 1e-40, 1e-100}) {
            double z = standard.quantile(p);
            double z2 = z * z;
            double series = phi(z) / -z * (1 - 1 / z2 + 3 / (z2 * z2) - 15 / Math.pow(z2, 3)
                    + 105 / Math.pow(z2, 4) - 945 / Math.pow(z2, 5));
            assertEquals(1, series / p, 1e-7, "Phi(quantile(" + p + ")) / " + p);
        }
        assertEquals(standard.quantile(1e-3), -standard.quantile(1 - 1e-3), 1e-12);
    }

    @Test
    void truncatedNormalSymmetricWindow() {
        // Normal(0, 1) cut to [-1, 1]: mean 0, variance 1 - 2 phi(1) / (Phi(1) - Phi(-1))
        TruncatedNormal d = TruncatedNormal.of(0, 1, -1, 1);
        assertEquals(0, d.mean(), 1e-15);
        assertEquals(1 - 2 * phi(1) / MASS_WITHIN_ONE_SD, d.variance(), 1e-13);
        assertEquals(0.5, d.cdf(0), 1e-15);
        assertEquals(0, d.quantile(0.5), 1e-14);
        assertEquals(-1, d.quantile(0), 0);
        assertEquals(1, d.quantile(1), 0);
    }

    @Test
    void truncatedNormalHalfNormal() {
        // Normal(mu, sigma) cut to [mu, inf): mean mu + sigma sqrt(2/pi), variance sigma^2 (1 - 2/pi),
        // quantile mu + sigma Phi^-1((1 + p) / 2)
        TruncatedNormal d = TruncatedNormal.of(5, 2, 5, Double.POSITIVE_INFINITY);
        assertEquals(5 + 2 * Math.sqrt(2 / Math.PI), d.mean(), 1e-13);
        assertEquals(4 * (1 - 2 / Math.PI), d.variance(), 1e-13);
        assertEquals(5 + 2 * Z75, d.quantile(0.5), 1e-12);
        assertEquals(0.5, d.cdf(5 + 2 * Z75), 1e-14);
        assertEquals(2 * PHI1 - 1, d.cdf(7), 1e-14);
        // mirrored: cut to (-inf, mu]
        TruncatedNormal lower = TruncatedNormal.of(5, 2, Double.NEGATIVE_INFINITY, 5);
        assertEquals(5 - 2 * Math.sqrt(2 / Math.PI), lower.mean(), 1e-13);
        assertEquals(5 - 2 * Z75, lower.quantile(0.5), 1e-12);
    }

    /**
     * Q(z) = 1 - Phi(z) by the asymptotic Mills-ratio series phi(z)/z sum_k (-1)^k (2k-1)!! / z^(2k), k = 0..8;
     * the error is below the first omitted term, 17!! / z^18 = 3.5e-11 relative at z = 10.
     */
    private static double upperTail(double z) {
        double series = 0;
        double term = 1;
        for (int k = 0; k <= 8; k++) {
            series += term;
            term *= -(2 * k + 1) / (z * z);
        }
        return phi(z) / z * series;
    }

    @Test
    void truncatedNormalFarInTheUpperTailKeepsPrecision() {
        // Normal(0, 1) cut to [10, inf): mean phi(10) / Q(10); P(X > x | X > 10) = Q(x) / Q(10)
        TruncatedNormal d = TruncatedNormal.of(0, 1, 10, Double.POSITIVE_INFINITY);
        assertEquals(phi(10) / upperTail(10), d.mean(), 1e-9);
        for (double p : new double[] {0.1, 0.5, 0.9}) {
            double x = d.quantile(p);
            assertEquals(1 - p, upperTail(x) / upperTail(10), 1e-9, "quantile(" + p + ")");
        }
        // the same window seen from below: Normal(0, 1) cut to (-inf, -10]
        TruncatedNormal mirror = TruncatedNormal.of(0, 1, Double.NEGATIVE_INFINITY, -10);
        assertEquals(-phi(10) / upperTail(10), mirror.mean(), 1e-9);
        assertEquals(-d.quantile(0.3), mirror.quantile(0.7), 1e-10);
    }

    @Test
    void truncatedNormalAsymmetricWindow() {
        // Normal(0.9, 0.1) cut to [0, 1]: alpha = -9, beta = 1
        TruncatedNormal d = TruncatedNormal.of(0.9, 0.1, 0, 1);
        double mass = PHI1 - 1.1285884059538e-19; // Phi(1) - Phi(-9); Phi(-9) is below the rounding of Phi(1)
        double expectedMean = 0.9 + 0.1 * (phi(-9) - phi(1)) / mass;
        double shift = (phi(-9) - phi(1)) / mass;
        double expectedVar = 0.01 * (1 + (-9 * phi(-9) - phi(1)) / mass - shift * shift);
        assertEquals(expectedMean, d.mean(), 1e-13);
        assertEquals(expectedVar, d.variance(), 1e-14);
        assertEquals((PHI1 - 0.5) / mass, 1 - d.cdf(0.9), 1e-13);
    }

    @Test
    void logNormal() {
        LogNormal d = LogNormal.of(0.5, 0.4);
        assertEquals(Math.exp(0.5 + 0.08), d.mean(), EPS);
        assertEquals((Math.exp(0.16) - 1) * Math.exp(1 + 0.16), d.variance(), EPS);
        assertEquals(Math.exp(0.5), d.quantile(0.5), 1e-14);
        assertEquals(Math.exp(0.5), d.median(), 0);
        assertEquals(Math.exp(0.5 + 0.4 * Z975), d.quantile(0.975), 1e-12);
        assertEquals(PHI1, d.cdf(Math.exp(0.9)), 1e-15);
        assertEquals(0, d.cdf(-1), 0);
        assertEquals(0, d.quantile(0), 0);
    }

    @Test
    void logNormalFromItsOwnMeanAndSd() {
        LogNormal d = LogNormal.ofMeanSd(100, 30);
        assertEquals(100, d.mean(), 1e-10);
        assertEquals(30, d.sd(), 1e-10);
        assertEquals(Math.sqrt(Math.log(1 + 0.09)), d.sigma(), 1e-15);
        assertEquals(Math.log(100) - Math.log(1.09) / 2, d.mu(), 1e-14);
    }

    @Test
    void gamma() {
        Gamma d = Gamma.of(2, 1.5);
        assertEquals(3, d.mean(), EPS);
        assertEquals(4.5, d.variance(), EPS);
        // integer shape 2 (Erlang): F(x) = 1 - exp(-x/theta) (1 + x/theta)
        for (double x = 0.5; x < 10; x += 1.3) {
            double t = x / 1.5;
            double expected = 1 - Math.exp(-t) * (1 + t);
            assertEquals(expected, d.cdf(x), 1e-14);
            assertEquals(x, d.quantile(expected), 1e-9);
        }
        // shape 1 is the exponential: F^-1(p) = -theta ln(1 - p)
        Gamma exponential = Gamma.of(1, 2);
        assertEquals(-2 * Math.log(0.1), exponential.quantile(0.9), 1e-10);
        assertEquals(0, d.quantile(0), 0);
        assertEquals(Double.POSITIVE_INFINITY, d.quantile(1), 0);
    }

    @Test
    void discrete() {
        Discrete d = Discrete.of(new double[] {2, 0, 1}, new double[] {0.2, 0.5, 0.3});
        assertEquals(0 * 0.5 + 1 * 0.3 + 2 * 0.2, d.mean(), EPS);
        assertEquals(0.3 + 4 * 0.2 - 0.7 * 0.7, d.variance(), EPS);
        assertEquals(0.5, d.cdf(0.5), EPS);
        assertEquals(0.8, d.cdf(1), EPS);
        assertEquals(0, d.cdf(-0.1), 0);
        assertEquals(1, d.cdf(2), 0);
        assertEquals(new Support(0, 2), d.support());
    }

    @Test
    void bernoulli() {
        Bernoulli d = Bernoulli.of(0.3);
        assertEquals(0.3, d.mean(), 0);
        assertEquals(0.21, d.variance(), EPS);
        assertEquals(0.7, d.cdf(0), EPS);
        assertEquals(new Support(0, 1), d.support());
        assertEquals(new Support(1, 1), Bernoulli.of(1).support());
        assertEquals(new Support(0, 0), Bernoulli.of(0).support());
    }

    @Test
    void fixed() {
        Fixed d = Fixed.of(5);
        assertEquals(5, d.mean(), 0);
        assertEquals(0, d.variance(), 0);
        assertEquals(5, d.quantile(0.3), 0);
        assertEquals(0, d.cdf(4.99), 0);
        assertEquals(1, d.cdf(5), 0);
    }

    @Test
    void empiricalUsesThePopulationMomentsOfTheData() {
        double[] data = {3, 4, 4, 5, 2, 4};
        double mean = 0;
        for (double x : data) {
            mean += x / data.length;
        }
        double variance = 0;
        for (double x : data) {
            variance += (x - mean) * (x - mean) / data.length;
        }
        Empirical d = Empirical.of(data);
        assertEquals(mean, d.mean(), EPS);
        assertEquals(variance, d.variance(), EPS);
        assertEquals(6, d.total(), 0);
        assertEquals(5.0 / 6, d.cdf(4), EPS);
        assertEquals(new Support(2, 5), d.support());
    }
}
