package fi.foresight.distributions.fit;

import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Elicited;
import fi.foresight.distributions.LogNormal;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
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
 * A distribution matched to an expert's quantiles as SHELF does: the parameters that minimise the sum of squared
 * differences between the elicited probabilities and the distribution's CDF at the elicited values (Nelder–Mead of
 * commons-math3 over unbounded parameters: location and log-scale; log-shapes; PERT's mode as a logistic share of
 * its range and, without bounds, its min and log-width).
 *
 * <pre>{@code
 * Elicited e = Elicitation.elicited(new double[] {0.1, 0.5, 0.9}, new double[] {2, 5, 12}, "lognormal",
 *         Double.NaN, Double.NaN);
 * e.achieved();   // the matched distribution's 10 %, 50 % and 90 % quantiles
 * }</pre>
 *
 * <p>Families and what they need: {@code normal} and {@code lognormal} (positive values) two quantiles;
 * {@code beta} its support {@code min}, {@code max} and two quantiles; {@code pert} (shape 4) with {@code min} and
 * {@code max} one quantile (its mode is matched), without them three (min, mode and max are matched);
 * {@code auto} every family that applies, the least sum of squares chosen (a tie, within 1e-12, goes to the
 * family with fewer parameters: a PERT matching min, mode and max meets any three quantiles exactly, so it wins only
 * where a two-parameter family falls short; then to the earlier in {@link #FAMILIES}).
 */
public final class Elicitation {
    /** The families, in the order {@code auto} tries them. */
    public static final List<String> FAMILIES = List.of("pert", "beta", "lognormal", "normal");
    private static final NormalDistribution Z = new NormalDistribution(null, 0, 1);
    private static final double FAR = 1e6;
    /** Sums of squares closer than this are a tie (both families meet the quantiles to rounding). */
    private static final double TIE = 1e-12;

    private Elicitation() {
    }

    /**
     * The distribution matched to the quantiles: the named family, or for {@code auto} the least sum of squares.
     *
     * @param probabilities the elicited probabilities, increasing, in (0, 1)
     * @param values        the elicited values, increasing
     * @param family        {@code pert}, {@code beta}, {@code normal}, {@code lognormal} or {@code auto}
     * @param min           the lower bound of the support (beta; PERT with fixed bounds), NaN when not given
     * @param max           the upper bound of the support, NaN when not given
     * @return the matched distribution with the elicited quantiles
     * @throws IllegalArgumentException when the quantiles are invalid or the family does not apply (with what would)
     */
    public static Elicited elicited(double[] probabilities, double[] values, String family, double min, double max) {
        Match best = null;
        for (Match m : matches(probabilities, values, family, min, max)) {
            boolean tie = best != null && Math.abs(m.sse() - best.sse()) <= TIE;
            if (best == null || m.sse() < best.sse() - TIE || tie && m.parameters() < best.parameters()) {
                best = m;
            }
        }
        return new Elicited(best.distribution(), probabilities, values, family, min, max);
    }

    /**
     * Every match: one for a named family, every family that applies for {@code auto}.
     *
     * @param probabilities the elicited probabilities, increasing, in (0, 1)
     * @param values        the elicited values, increasing
     * @param family        {@code pert}, {@code beta}, {@code normal}, {@code lognormal} or {@code auto}
     * @param min           the lower bound of the support, NaN when not given
     * @param max           the upper bound of the support, NaN when not given
     * @return the matches, in the order of {@link #FAMILIES}
     * @throws IllegalArgumentException when the quantiles are invalid or the family does not apply
     */
    public static List<Match> matches(double[] probabilities, double[] values, String family, double min,
            double max) {
        checkQuantiles(probabilities, values);
        if (Double.isNaN(min) != Double.isNaN(max)) {
            throw new IllegalArgumentException("only one of min and max is given; give both (the support of a beta "
                    + "or PERT) or neither");
        }
        if (!family.equals("auto")) {
            String why = inapplicable(probabilities, values, family, min, max);
            if (why != null) {
                throw new IllegalArgumentException(why);
            }
            return List.of(match(probabilities, values, family, min, max));
        }
        var out = new ArrayList<Match>();
        var reasons = new ArrayList<String>();
        for (String f : FAMILIES) {
            String why = inapplicable(probabilities, values, f, min, max);
            if (why == null) {
                out.add(match(probabilities, values, f, min, max));
            } else {
                reasons.add(why);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no family fits these quantiles: " + String.join("; ", reasons));
        }
        return out;
    }

    /** Probabilities in (0, 1) and increasing; values finite and increasing with them. */
    static void checkQuantiles(double[] p, double[] v) {
        if (p.length == 0 || p.length != v.length) {
            throw new IllegalArgumentException("an elicited distribution needs quantiles, e.g. quantiles: "
                    + "{0.1: 2, 0.5: 5, 0.9: 12} (probability: value)");
        }
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] > 0 && p[i] < 1)) {
                throw new IllegalArgumentException("the probability " + MessageNumbers.num(p[i])
                        + " is not strictly between 0 and 1; a quantile's probability must be, e.g. 0.1 for the value with a 10 % chance of "
                        + "being lower");
            }
            if (i > 0 && !(p[i] > p[i - 1])) {
                throw new IllegalArgumentException("the probabilities must increase; " + MessageNumbers.num(p[i])
                        + " follows " + MessageNumbers.num(p[i - 1]));
            }
            if (i > 0 && !(v[i] > v[i - 1])) {
                throw new IllegalArgumentException("the values must increase with the probabilities; the "
                        + MessageNumbers.num(p[i]) + " quantile (" + MessageNumbers.num(v[i]) + ") is not above the "
                        + MessageNumbers.num(p[i - 1]) + " quantile (" + MessageNumbers.num(v[i - 1]) + ")");
            }
        }
    }

    /** How many parameters a family matches. */
    static int parameters(String family, boolean bounded) {
        return family.equals("pert") ? (bounded ? 1 : 3) : 2;
    }

    /** Why {@code family} cannot be matched to the quantiles, or null when it can. */
    static String inapplicable(double[] p, double[] v, String family, double min, double max) {
        boolean bounded = !Double.isNaN(min);
        if (!FAMILIES.contains(family)) {
            return "unknown family '" + family + "'; family is one of pert, beta, lognormal, normal, auto";
        }
        if (family.equals("beta") && !bounded) {
            return "a beta needs its support: give min and max";
        }
        if (bounded && (family.equals("beta") || family.equals("pert"))) {
            if (!(min < max)) {
                return "min (" + MessageNumbers.num(min) + ") is not below max (" + MessageNumbers.num(max) + ")";
            }
            if (!(v[0] > min && v[v.length - 1] < max)) {
                return "the quantiles must lie strictly inside the support [" + MessageNumbers.num(min) + ", "
                        + MessageNumbers.num(max) + "] of a " + family + ", and "
                        + MessageNumbers.num(v[0] > min ? v[v.length - 1] : v[0]) + " does not";
            }
        }
        if (family.equals("lognormal") && !(v[0] > 0)) {
            return "a lognormal has only positive values, and the " + MessageNumbers.num(p[0]) + " quantile is "
                    + MessageNumbers.num(v[0]) + "; choose family: normal or pert";
        }
        int k = parameters(family, bounded);
        if (p.length < k) {
            return "a " + family + (family.equals("pert") ? " without min and max" : "") + " needs at least " + k
                    + " quantiles to match its " + k + " parameters, and " + p.length + (p.length == 1 ? " is" : " are")
                    + " given" + (family.equals("pert") ? " (or give min and max and match its mode only)" : "");
        }
        return null;
    }

    /** One family's least-squares match (the family applies). */
    static Match match(double[] p, double[] v, String family, double min, double max) {
        boolean bounded = !Double.isNaN(min);
        int n = p.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = Z.inverseCumulativeProbability(p[i]);
        }
        double[] line = regression(z, v);   // value = a + b z: a normal's start
        double spread = line[1] > 0 ? line[1] : (v[n - 1] - v[0]) / Math.max(1e-9, z[n - 1] - z[0]);
        return switch (family) {
            case "normal" -> solve(p, v, family, 2, new double[] {0, 0},
                    q -> new Normal(line[0] + q[0] * spread, spread * Math.exp(q[1])));
            case "lognormal" -> {
                double[] logs = new double[n];
                for (int i = 0; i < n; i++) {
                    logs[i] = Math.log(v[i]);
                }
                double[] l = regression(z, logs);
                double s = l[1] > 0 ? l[1] : 0.5;
                yield solve(p, v, family, 2, new double[] {0, 0}, q -> new LogNormal(l[0] + q[0] * s,
                        s * Math.exp(q[1])));
            }
            case "beta" -> {
                double m = Math.min(0.99, Math.max(0.01, (line[0] - min) / (max - min)));
                double sd = spread / (max - min);
                double common = sd > 0 && sd * sd < m * (1 - m) ? m * (1 - m) / (sd * sd) - 1 : 2;
                yield solve(p, v, family, 2, new double[] {Math.log(m * common), Math.log((1 - m) * common)},
                        q -> new Beta(Math.exp(q[0]), Math.exp(q[1]), min, max));
            }
            default -> bounded ? pertMode(p, v, min, max)
                    : solve(p, v, family, 3, new double[] {0, 0, 0}, q -> freePert(line[0], spread, q));
        };
    }

    private static Match solve(double[] p, double[] v, String family, int k, double[] start,
            Function<double[], Distribution> make) {
        ObjectiveFunction f = new ObjectiveFunction(q -> {
            try {
                return sse(p, v, make.apply(q));
            } catch (IllegalArgumentException e) {   // parameters out of range (an overflowing width): far off
                return FAR;
            }
        });
        PointValuePair best = null;
        for (int round = 0; round < 4; round++) {   // restarts from the last optimum guard against a stalled simplex
            double[] from = best == null ? start : best.getPoint();
            PointValuePair r;
            try {
                r = new SimplexOptimizer(1e-15, 1e-18).optimize(new MaxEval(40_000), f, GoalType.MINIMIZE,
                        new InitialGuess(from), new NelderMeadSimplex(from.length, 0.5));
            } catch (TooManyEvaluationsException e) {   // a simplex that will not settle: keep the best so far
                r = new PointValuePair(from, f.getObjectiveFunction().value(from));
                best = best == null ? r : best;
                break;
            }
            best = best == null || r.getValue() <= best.getValue() ? r : best;
        }
        return new Match(family, make.apply(best.getPoint()), k, best.getValue());
    }

    /** PERT with free bounds from scale-free parameters: its min, log-width and the mode's logistic share. */
    private static Pert freePert(double centre, double spread, double[] q) {
        double min = centre - 2.6 * spread + q[0] * spread;
        double width = 5.3 * spread * Math.exp(q[1]);
        return new Pert(min, min + logistic(q[2]) * width, min + width, Pert.DEFAULT_SHAPE);
    }

    /** PERT on fixed bounds: its mode, by Brent over the mode's share of the range. */
    private static Match pertMode(double[] p, double[] v, double min, double max) {
        UnivariateFunction f = t -> sse(p, v, new Pert(min, min + t * (max - min), max, Pert.DEFAULT_SHAPE));
        UnivariatePointValuePair r = new BrentOptimizer(1e-14, 1e-16).optimize(new MaxEval(10_000),
                new UnivariateObjectiveFunction(f), GoalType.MINIMIZE, new SearchInterval(0, 1, 0.5));
        double mode = Math.max(min, Math.min(max, min + r.getPoint() * (max - min)));
        return new Match("pert", new Pert(min, mode, max, Pert.DEFAULT_SHAPE), 1, r.getValue());
    }

    /** SHELF's criterion: sum of (F(v_i) - p_i)^2. */
    static double sse(double[] p, double[] v, Distribution d) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double e = d.cdf(v[i]) - p[i];
            s += e * e;
        }
        return s;
    }

    /** Least-squares line y = a + b x (b = 0 for one point). */
    private static double[] regression(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double b = sxx > 0 ? sxy / sxx : 0;
        return new double[] {my - b * mx, b};
    }

    private static double logistic(double t) {
        return 1 / (1 + Math.exp(-t));
    }

}
