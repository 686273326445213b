package fi.foresight.distributions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Helpers around the {@link Distribution} family: short human descriptions for tables and reports, and the
 * list of family names accepted in model files.
 *
 * <pre>{@code
 * Distributions.describe(Triangular.of(0.3, 0.5, 0.7));   // "triangular(0.3, 0.5, 0.7)"
 * Distributions.types();                                  // [uniform, triangular, pert, ...]
 * }</pre>
 */
public final class Distributions {

    private static final List<String> TYPES = List.of("uniform", "triangular", "pert", "normal",
            "truncated_normal", "lognormal", "beta", "gamma", "discrete", "bernoulli", "fixed", "empirical", "elicited", "pooled");
    private static final int SIGNIFICANT_DIGITS = 6;
    private static final int LISTED_POINTS = 6;
    private static final String RESCALE = "(measure the variable in larger units, e.g. thousands or millions)";

    private Distributions() {
    }

    /**
     * The YAML names of all families, in the order of the {@link Distribution} declaration.
     *
     * @return the family names
     */
    public static List<String> types() {
        return TYPES;
    }

    /**
     * A short description such as {@code "triangular(0.3, 0.5, 0.7)"} or {@code "normal(mean 2, sd 0.5)"}:
     * the family name and its parameters, numbers rounded to six significant digits.
     *
     * @param distribution any distribution of this package
     * @return the description
     * @throws IllegalArgumentException when the family is unknown
     */
    public static String describe(Distribution distribution) {
        if (distribution instanceof Uniform d) {
            return "uniform(" + num(d.min()) + ", " + num(d.max()) + ")";
        } else if (distribution instanceof Triangular d) {
            return "triangular(" + num(d.min()) + ", " + num(d.mode()) + ", " + num(d.max()) + ")";
        } else if (distribution instanceof Pert d) {
            String shape = d.shape() == Pert.DEFAULT_SHAPE ? "" : ", shape " + num(d.shape());
            return "pert(" + num(d.min()) + ", " + num(d.mode()) + ", " + num(d.max()) + shape + ")";
        } else if (distribution instanceof Normal d) {
            return "normal(mean " + num(d.mean()) + ", sd " + num(d.sd()) + ")";
        } else if (distribution instanceof TruncatedNormal d) {
            return "truncated_normal(mean " + num(d.mu()) + ", sd " + num(d.sigma()) + ", " + range(d.min(),
                    d.max()) + ")";
        } else if (distribution instanceof LogNormal d) {
            return "lognormal(mu " + num(d.mu()) + ", sigma " + num(d.sigma()) + ")";
        } else if (distribution instanceof Beta d) {
            String range = d.min() == 0 && d.max() == 1 ? "" : ", " + range(d.min(), d.max());
            return "beta(" + num(d.alpha()) + ", " + num(d.beta()) + range + ")";
        } else if (distribution instanceof Gamma d) {
            return "gamma(shape " + num(d.shape()) + ", scale " + num(d.scale()) + ")";
        } else if (distribution instanceof Discrete d) {
            return "discrete(" + points(d.values(), d.probabilities()) + ")";
        } else if (distribution instanceof Bernoulli d) {
            return "bernoulli(" + num(d.probability()) + ")";
        } else if (distribution instanceof Fixed d) {
            return "fixed(" + num(d.value()) + ")";
        } else if (distribution instanceof Empirical d) {
            return "empirical(n " + num(d.total()) + ", " + d.values().length + " distinct values in "
                    + range(d.support().min(), d.support().max()) + ")";
        } else if (distribution instanceof Mixture d) {
            return "mixture(" + d.components().size() + " distributions)";
        } else if (distribution instanceof Tabulated d) {
            return "tabulated(" + d.masses().length + " cells in "
                    + range(d.support().min(), d.support().max()) + ")";
        } else if (distribution instanceof Fitted d) {
            return "fitted " + describe(d.distribution());
        } else if (distribution instanceof Elicited d) {
            return "elicited " + describe(d.distribution());
        } else if (distribution instanceof Pooled d) {
            return d.method() + " pool of " + d.experts().size() + " experts";
        }
        throw new IllegalArgumentException("unknown distribution " + distribution);
    }

    /**
     * Refuses a distribution whose numbers cannot be represented in double precision: a bounded range whose
     * width {@code max - min} overflows (a uniform on [-1e308, 1e308]), or a mean or variance that is not finite
     * (a normal with sd 1e308, whose variance overflows). Such a distribution would be sampled wrongly (as a
     * constant, or as infinities) without any error, so model files refuse it.
     *
     * @param d the distribution
     * @throws IllegalArgumentException saying which quantity overflows and what would be valid
     */
    public static void requireRepresentable(Distribution d) {
        Support s = d.support();
        String what = " of this " + d.type();
        if (s.isBounded() && !Double.isFinite(s.max() - s.min())) {
            throw new IllegalArgumentException("the range" + what + " from " + num(s.min()) + " to "
                    + num(s.max()) + " is wider than the largest number a model can hold (about 1.8e308); valid: "
                    + "a min and max less than 1.8e308 apart " + RESCALE);
        }
        if (!Double.isFinite(d.mean())) {
            throw new IllegalArgumentException("the mean" + what + " is not a finite number (it overflows the "
                    + "largest number a model can hold, about 1.8e308); valid: parameters whose mean stays below "
                    + "1.8e308 in size " + RESCALE);
        }
        if (!Double.isFinite(d.variance())) {
            throw new IllegalArgumentException("the variance" + what + " is not a finite number (the spread "
                    + "overflows the largest number a model can hold, about 1.8e308); valid: a variance below "
                    + "1.8e308, i.e. a standard deviation below about 1.3e154 " + RESCALE);
        }
    }

    private static String range(double min, double max) {
        return "[" + num(min) + ", " + num(max) + "]";
    }

    private static String points(double[] values, double[] probabilities) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(values.length, LISTED_POINTS);
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : ", ").append(num(values[i])).append(": ").append(num(probabilities[i]));
        }
        if (values.length > shown) {
            text.append(", … ").append(values.length - shown).append(" more");
        }
        return text.toString();
    }

    /** A number with at most six significant digits and no trailing zeros ("0.3", "2", "1.5E+7"). */
    static String num(double x) {
        if (!Double.isFinite(x)) {
            return x > 0 ? "inf" : x < 0 ? "-inf" : "NaN";
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(SIGNIFICANT_DIGITS)).stripTrailingZeros();
        double magnitude = Math.abs(x);
        return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
    }
}
