package fi.foresight.distributions.fit;

import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Empirical;
import fi.foresight.distributions.Fitted;
import fi.foresight.distributions.LogNormal;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Maximum-likelihood fits of a distribution to observed values (counts as weights): normal and lognormal in closed
 * form, beta and PERT (shape 4) on a given support [min, max] numerically with commons-math3's optimisers (Nelder–Mead
 * over the logarithms of beta's two shapes; Brent over PERT's mode), and {@code auto}: every family that applies,
 * the least AIC chosen.
 *
 * <pre>{@code
 * Fitted f = MaximumLikelihood.fitted(Empirical.of(2, 3, 3, 4, 4, 5), "auto", 0.5, 5.5);
 * List<Candidate> all = MaximumLikelihood.candidates(f.data(), "auto", 0.5, 5.5);   // AIC of each
 * }</pre>
 *
 * <p>The support of beta and PERT is [min, max] as given (e.g. the answer scale widened by half a step, 0.5 to
 * 5.5 for answers 1 to 5, so that each answer stands for the interval around it); every value must lie strictly
 * inside, where the density is positive.
 */
public final class MaximumLikelihood {
    /** The families that can be fitted, in the order {@code auto} tries them. */
    public static final List<String> FAMILIES = List.of("pert", "beta", "normal", "lognormal");

    private MaximumLikelihood() {
    }

    /**
     * The fit the model asks for: the named family, or for {@code auto} the candidate with the least AIC.
     *
     * @param data   the observed values
     * @param family {@code normal}, {@code lognormal}, {@code beta}, {@code pert} or {@code auto}
     * @param min    the lower bound of beta's and PERT's support, NaN when not given
     * @param max    the upper bound of beta's and PERT's support, NaN when not given
     * @return the fitted distribution with its data
     * @throws IllegalArgumentException when the family does not apply to the values (with what would)
     */
    public static Fitted fitted(Empirical data, String family, double min, double max) {
        Candidate best = null;
        for (Candidate c : candidates(data, family, min, max)) {
            if (best == null || c.aic() < best.aic()) {
                best = c;
            }
        }
        return new Fitted(best.distribution(), data, family, min, max);
    }

    /**
     * Every candidate fit: one for a named family, every family that applies for {@code auto}.
     *
     * @param data   the observed values
     * @param family {@code normal}, {@code lognormal}, {@code beta}, {@code pert} or {@code auto}
     * @param min    the lower bound of beta's and PERT's support, NaN when not given
     * @param max    the upper bound of beta's and PERT's support, NaN when not given
     * @return the candidates, in the order of {@link #FAMILIES}
     * @throws IllegalArgumentException when the family is unknown or does not apply to the values
     */
    public static List<Candidate> candidates(Empirical data, String family, double min, double max) {
        if (data.values().length < 2) {
            throw new IllegalArgumentException("all " + MessageNumbers.num(data.total()) + " values are equal ("
                    + MessageNumbers.num(data.values()[0]) + "); a fit needs values that differ");
        }
        if (!family.equals("auto")) {
            String why = inapplicable(data, family, min, max);
            if (why != null) {
                throw new IllegalArgumentException(why);
            }
            return List.of(fit(data, family, min, max));
        }
        var out = new ArrayList<Candidate>();
        for (String f : FAMILIES) {
            if (inapplicable(data, f, min, max) == null) {
                out.add(fit(data, f, min, max));
            }
        }
        return out;
    }

    /** Why {@code family} cannot be fitted to the values, or null when it can. */
    static String inapplicable(Empirical data, String family, double min, double max) {
        double lo = data.support().min();
        double hi = data.support().max();
        switch (family) {
            case "normal":
                return null;
            case "lognormal":
                return lo > 0 ? null : "a lognormal fit needs positive values, and " + MessageNumbers.num(lo)
                        + " is not; choose fit: normal, or beta or pert with min and max";
            case "beta", "pert":
                if (Double.isNaN(min) || Double.isNaN(max)) {
                    return "a " + family + " fit needs its support: give min and max (e.g. the answer scale "
                            + "widened by half a step, min: 0.5, max: 5.5 for answers 1 to 5)";
                }
                if (!(min < max)) {
                    return "min (" + MessageNumbers.num(min) + ") is not below max (" + MessageNumbers.num(max) + ")";
                }
                if (!(lo > min && hi < max)) {
                    return "the values must lie strictly inside the support [" + MessageNumbers.num(min) + ", "
                            + MessageNumbers.num(max) + "] of a " + family + " fit, and " + MessageNumbers.num(
                            lo <= min ? lo : hi) + " does not; widen min and max (for answers 1 to 5 use min: 0.5, "
                            + "max: 5.5, each answer standing for the interval around it)";
                }
                return null;
            default:
                return "unknown fit '" + family + "'; fit is one of pert, beta, normal, lognormal, auto";
        }
    }

    /** One family's maximum-likelihood fit (the family applies). */
    static Candidate fit(Empirical data, String family, double min, double max) {
        double[] v = data.values();
        double[] c = data.counts();
        double n = data.total();
        return switch (family) {
            case "normal" -> {
                double[] ms = moments(v, c, n, false);
                Normal d = new Normal(ms[0], ms[1]);
                yield candidate(family, d, 2, -n / 2 * Math.log(2 * Math.PI * ms[1] * ms[1]) - n / 2, data);
            }
            case "lognormal" -> {
                double[] ms = moments(v, c, n, true);
                double sumLog = 0;
                for (int i = 0; i < v.length; i++) {
                    sumLog += c[i] * Math.log(v[i]);
                }
                LogNormal d = new LogNormal(ms[0], ms[1]);
                yield candidate(family, d, 2, -n / 2 * Math.log(2 * Math.PI * ms[1] * ms[1]) - n / 2 - sumLog, data);
            }
            case "beta" -> beta(data, min, max);
            case "pert" -> pert(data, min, max);
            default -> throw new IllegalArgumentException(inapplicable(data, family, min, max));
        };
    }

    private static Candidate candidate(String family, Distribution d, int k, double logLikelihood, Empirical data) {
        return new Candidate(family, d, k, logLikelihood, 2 * k - 2 * logLikelihood, Goodness.ks(data, d));
    }

    /** Weighted mean and (population) sd of the values or of their logarithms. */
    private static double[] moments(double[] v, double[] c, double n, boolean log) {
        double mean = 0;
        for (int i = 0; i < v.length; i++) {
            mean += c[i] * (log ? Math.log(v[i]) : v[i]);
        }
        mean /= n;
        double ss = 0;
        for (int i = 0; i < v.length; i++) {
            double d = (log ? Math.log(v[i]) : v[i]) - mean;
            ss += c[i] * d * d;
        }
        return new double[] {mean, Math.sqrt(ss / n)};
    }

    /** Sufficient statistics of beta on [min, max]: {sum c log u, sum c log(1 - u)}. */
    private static double[] logSums(Empirical data, double min, double max) {
        double[] v = data.values();
        double[] c = data.counts();
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < v.length; i++) {
            double u = (v[i] - min) / (max - min);
            s1 += c[i] * Math.log(u);
            s2 += c[i] * Math.log1p(-u);
        }
        return new double[] {s1, s2};
    }

    private static double betaLogLikelihood(double a, double b, double[] s, double n, double width) {
        return (a - 1) * s[0] + (b - 1) * s[1] - n * LogDensity.logBeta(a, b) - n * Math.log(width);
    }

    private static Candidate beta(Empirical data, double min, double max) {
        double n = data.total();
        double[] s = logSums(data, min, max);
        double width = max - min;
        // start: the method of moments on [0, 1]
        double m = (data.mean() - min) / width;
        double var = data.variance() / (width * width);
        double common = var > 0 && var < m * (1 - m) ? m * (1 - m) / var - 1 : 2;
        double[] start = {Math.log(Math.max(1e-3, m * common)), Math.log(Math.max(1e-3, (1 - m) * common))};
        ObjectiveFunction f = new ObjectiveFunction(p -> betaLogLikelihood(Math.exp(p[0]), Math.exp(p[1]), s, n,
                width));
        PointValuePair best = null;
        for (int round = 0; round < 3; round++) {   // restarts from the last optimum guard against a stalled simplex
            double[] from = best == null ? start : best.getPoint();
            PointValuePair r;
            try {
                r = new SimplexOptimizer(1e-13, 1e-13).optimize(new MaxEval(20_000), f, GoalType.MAXIMIZE,
                        new InitialGuess(from), new NelderMeadSimplex(2, 0.2));
            } catch (TooManyEvaluationsException e) {   // a simplex that will not settle: keep the best so far
                best = best == null ? new PointValuePair(from, f.getObjectiveFunction().value(from)) : best;
                break;
            }
            best = best == null || r.getValue() >= best.getValue() ? r : best;
        }
        double[] ab = polish(Math.exp(best.getPoint()[0]), Math.exp(best.getPoint()[1]), s[0] / n, s[1] / n);
        double ll = betaLogLikelihood(ab[0], ab[1], s, n, width);
        if (!(ll >= best.getValue() - 1e-9 * Math.abs(best.getValue()))) {   // Newton went astray: keep the simplex
            ab = new double[] {Math.exp(best.getPoint()[0]), Math.exp(best.getPoint()[1])};
            ll = best.getValue();
        }
        return candidate("beta", new Beta(ab[0], ab[1], min, max), 2, ll, data);
    }

    /**
     * Newton steps on the beta's score equations {@code psi(a) - psi(a + b) = mean log u},
     * {@code psi(b) - psi(a + b) = mean log(1 - u)} from the simplex's optimum, so that the estimate solves them to
     * rounding (the simplex stops on function values, which are flat at the optimum).
     */
    private static double[] polish(double a, double b, double m1, double m2) {
        for (int k = 0; k < 8; k++) {
            double both = Gamma.trigamma(a + b);
            double i11 = Gamma.trigamma(a) - both;
            double i22 = Gamma.trigamma(b) - both;
            double i12 = -both;
            double g1 = m1 - Gamma.digamma(a) + Gamma.digamma(a + b);
            double g2 = m2 - Gamma.digamma(b) + Gamma.digamma(a + b);
            double det = i11 * i22 - i12 * i12;
            double da = (i22 * g1 - i12 * g2) / det;
            double db = (i11 * g2 - i12 * g1) / det;
            double step = 1;
            while (step > 1e-6 && !(a + step * da > 0 && b + step * db > 0)) {
                step /= 2;
            }
            if (!(a + step * da > 0 && b + step * db > 0)) {
                break;
            }
            a += step * da;
            b += step * db;
        }
        return new double[] {a, b};
    }

    private static Candidate pert(Empirical data, double min, double max) {
        double n = data.total();
        double[] s = logSums(data, min, max);
        double width = max - min;
        double shape = Pert.DEFAULT_SHAPE;
        UnivariateFunction ll = t -> betaLogLikelihood(1 + shape * t, 1 + shape * (1 - t), s, n, width);
        UnivariatePointValuePair r = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(10_000),
                new UnivariateObjectiveFunction(ll), GoalType.MAXIMIZE, new SearchInterval(0, 1, 0.5));
        double t = r.getPoint();
        Pert d = new Pert(min, Math.max(min, Math.min(max, min + t * width)), max, shape);
        return candidate("pert", d, 1, r.getValue(), data);
    }
}
