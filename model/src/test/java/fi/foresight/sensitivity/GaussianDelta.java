package fi.foresight.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.analysis.integration.UnivariateIntegrator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;

/**
 * Borgonovo's δ of a standard normal input x for a normal outcome y ~ N(0, var) with Cov(x, y) = b (any linear
 * outcome of jointly normal inputs), in closed form up to one-dimensional integrals done by commons-math3.
 *
 * <p><b>The true δ.</b> y | x ~ N(b x, var − b²), so δ = E<sub>x</sub>[TV(N(0, var), N(b x, var − b²))] with TV
 * half the L1 distance of the two densities. The narrower conditional density exceeds the wider one exactly
 * between the two points where they cross (roots of a quadratic), so TV(x) is a difference of normal
 * distribution functions there; the average over x is a Gauss–Legendre integral ({@link #exact}), checked against
 * Simpson's rule ({@link #exactBySimpson}).
 *
 * <p><b>What the given-data estimator estimates.</b> The estimator of Plischke et al. (2013), as SALib and
 * {@link BorgonovoDelta} compute it, conditions on M classes of equal probability instead of on a value of x and
 * smooths every density with a Gaussian kernel of Silverman's bandwidth. For jointly normal data both steps have
 * closed forms: the outcome's density within class [a, c] is
 * M φ<sub>T</sub>(y) [Φ((c − b y / T) / √(v / T)) − Φ((a − b y / T) / √(v / T))] with v = var − b² (plus the
 * class kernel's h<sub>m</sub>², which convolves each normal component) and T = b² + v; the smoothed unconditional
 * density is N(0, var + h²). The bandwidths are Silverman's at the expected standard deviations (n/M points with
 * the truncated-normal variance of x in the class, and n points). {@link #givenData} is Σ (1/M) ½ ∫ |f − f<sub>m</sub>|,
 * integrated piece by piece between the points where the two densities cross. It leaves out only what the
 * bootstrap correction is for: the positive bias of |·| of noisy kernel estimates, and the trapezoidal rule on
 * the sample's range.
 */
final class GaussianDelta {
    private static final double REL = 1e-12;
    private static final double ABS = 1e-12;

    private GaussianDelta() {
    }

    /** The true δ by Gauss–Legendre quadrature over x in [−12, 12] (the rest weighs less than 1e-32). */
    static double exact(double var, double b) {
        return integrate(new IterativeLegendreGaussIntegrator(8, REL, ABS), x -> phi(x) * tv(var, b, x), -12, 12);
    }

    /** The true δ by Simpson's rule, an independent check of {@link #exact}. */
    static double exactBySimpson(double var, double b) {
        double sum = 0;
        for (int k = -12; k < 12; k++) {
            sum += integrate(new SimpsonIntegrator(1e-10, 1e-13, 3, 30), x -> phi(x) * tv(var, b, x), k, k + 1);
        }
        return sum;
    }

    /** TV(N(0, var), N(b x, var − b²)) from the two crossing points. */
    static double tv(double var, double b, double x) {
        double sigma = Math.sqrt(var);
        double s = Math.sqrt(var - b * b);
        double mu = b * x;
        // the conditional density is above the unconditional one where qa t² + qb t + qc < 0
        double qa = 1 / (2 * s * s) - 1 / (2 * var);
        double qb = -mu / (s * s);
        double qc = mu * mu / (2 * s * s) + Math.log(s / sigma);
        double disc = Math.sqrt(qb * qb - 4 * qa * qc);
        double r1 = (-qb - disc) / (2 * qa);
        double r2 = (-qb + disc) / (2 * qa);
        return cdf((r2 - mu) / s) - cdf((r1 - mu) / s) - (cdf(r2 / sigma) - cdf(r1 / sigma));
    }

    /**
     * The value the given-data estimator with n points targets (see the class comment), before the bootstrap
     * correction's noise term.
     */
    static double givenData(double var, double b, int n) {
        int m = BorgonovoDelta.classes(n);
        double s2 = var - b * b;
        double h = silverman(n, Math.sqrt(var));
        double wide = Math.sqrt(var + h * h);
        double total = 0;
        for (int j = 0; j < m; j++) {
            double a = j == 0 ? Double.NEGATIVE_INFINITY : quantile((double) j / m);
            double c = j == m - 1 ? Double.POSITIVE_INFINITY : quantile((double) (j + 1) / m);
            double pa = Double.isInfinite(a) ? 0 : a * phi(a);
            double pc = Double.isInfinite(c) ? 0 : c * phi(c);
            double mean = m * (phi(a) - phi(c));
            double varX = 1 + m * (pa - pc) - mean * mean;
            double hj = silverman((double) n / m, Math.sqrt(s2 + b * b * varX));
            double v = s2 + hj * hj;
            double t = b * b + v;
            double sdT = Math.sqrt(t);
            double sdX = Math.sqrt(v / t);
            int classes = m;
            DoubleUnaryOperator g = y -> phi(y / wide) / wide - classes * phi(y / sdT) / sdT
                    * (cdf((c - b * y / t) / sdX) - cdf((a - b * y / t) / sdX));
            total += positivePart(g, -14 * wide, 14 * wide) / m;
        }
        return total;
    }

    /** ∫ max(g, 0) over [lo, hi]: pieces between sign changes found on a fine grid and refined by Brent's method. */
    private static double positivePart(DoubleUnaryOperator g, double lo, double hi) {
        int cells = 4000;
        List<Double> cuts = new ArrayList<>(List.of(lo));
        double step = (hi - lo) / cells;
        UnivariateFunction f = g::applyAsDouble;
        for (int i = 0; i < cells; i++) {
            double x0 = lo + i * step;
            double x1 = x0 + step;
            if (Math.signum(g.applyAsDouble(x0)) * Math.signum(g.applyAsDouble(x1)) < 0) {
                cuts.add(new BrentSolver(1e-14).solve(200, f, x0, x1));
            }
        }
        cuts.add(hi);
        double sum = 0;
        for (int k = 0; k + 1 < cuts.size(); k++) {
            double x0 = cuts.get(k);
            double x1 = cuts.get(k + 1);
            if (g.applyAsDouble((x0 + x1) / 2) > 0) {
                sum += integrate(new IterativeLegendreGaussIntegrator(8, REL, ABS), g, x0, x1);
            }
        }
        return sum;
    }

    private static double silverman(double n, double sd) {
        return Math.pow(n * 3.0 / 4.0, -1.0 / 5.0) * sd;
    }

    private static double integrate(UnivariateIntegrator integrator, DoubleUnaryOperator f, double lo, double hi) {
        return integrator.integrate(10_000_000, f::applyAsDouble, lo, hi);
    }

    private static double phi(double z) {
        return Double.isInfinite(z) ? 0 : Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    private static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    private static double quantile(double p) {
        return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
    }
}
