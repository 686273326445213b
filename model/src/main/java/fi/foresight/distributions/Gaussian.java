package fi.foresight.distributions;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal density, CDF and inverse CDF, accurate in the far lower tail (relative precision
 * for tiny probabilities), shared by the normal, truncated normal and lognormal families.
 */
final class Gaussian {
    private static final double SQRT2 = Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double LN_2PI = Math.log(2 * Math.PI);
    /** Below this level the erfInv start value is polished by Newton steps on log Phi. */
    private static final double TAIL = 1e-3;
    /** Below this level 2q - 1 rounds to -1 and erfInv cannot start; an asymptotic start is used. */
    private static final double FAR_TAIL = 1e-15;

    private Gaussian() {
    }

    /** Standard normal density. */
    static double pdf(double z) {
        return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    /** Standard normal CDF, relatively accurate for negative z. */
    static double cdf(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    /** Inverse of the standard normal CDF for q in [0, 1]. */
    static double inverse(double q) {
        if (q <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (q >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        // 1 - q is exact for q in [0.5, 1] (Sterbenz), so the upper half reflects without loss.
        return q > 0.5 ? -lowerInverse(1 - q) : lowerInverse(q);
    }

    /** Inverse for q in (0, 0.5]. */
    private static double lowerInverse(double q) {
        double z;
        if (q >= FAR_TAIL) {
            z = SQRT2 * Erf.erfInv(2 * q - 1);
            if (q >= TAIL) {
                return z;
            }
        } else {
            double t = -2 * Math.log(q);
            z = -Math.sqrt(t - Math.log(t) - LN_2PI);
        }
        // Newton on g(z) = ln Phi(z) - ln q, g'(z) = phi(z) / Phi(z): quadratic, well scaled in the tail.
        double lnq = Math.log(q);
        for (int i = 0; i < 8; i++) {
            double cdf = cdf(z);
            double pdf = pdf(z);
            if (!(cdf > 0) || !(pdf > 0)) {
                break;
            }
            double step = (Math.log(cdf) - lnq) * cdf / pdf;
            if (!Double.isFinite(step)) {
                break;
            }
            z -= step;
            if (Math.abs(step) <= 1e-15 * Math.abs(z)) {
                break;
            }
        }
        return z;
    }
}
