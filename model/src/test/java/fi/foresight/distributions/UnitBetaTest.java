package fi.foresight.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The fast beta inverse against the general bracketing solver of commons-math, across extreme shapes. */
class UnitBetaTest {

    private static final double[] SHAPES = {0.05, 0.3, 0.9, 1, 1.5, 3, 12, 150, 2000};
    private static final double[] LEVELS = {1e-300, 1e-30, 1e-12, 1e-6, 1e-3, 0.02, 0.2, 0.5, Math.nextUp(0.5),
        0.77, 0.98, 0.999, 1 - 1e-9, Math.nextDown(1.0)};

    /**
     * The root solves the equation in its well-conditioned form: {@code I_x(a, b) = p} when x &lt; 1/2, and
     * {@code I_{1-x}(b, a) = 1 - p} above, to 1e-13 relative (the incomplete beta's own accuracy is about
     * 1e-14) plus the change of I across one ulp of the answer, {@code density * ulp} (the root is a double).
     */
    @Test
    void solvesTheEquationInItsWellConditionedForm() {
        for (double a : SHAPES) {
            for (double b : SHAPES) {
                UnitBeta fast = new UnitBeta(a, b);
                BetaDistribution reference = new BetaDistribution((RandomGenerator) null, a, b, Double.MIN_NORMAL);
                for (double p : LEVELS) {
                    double x = fast.quantile(p);
                    String where = "Beta(" + a + ", " + b + ") at " + p + ": x = " + x;
                    assertTrue(x >= 0 && x <= 1, where);
                    if (x == 0 || x == 1) {
                        // only where the root underflows: the smallest positive double already exceeds p
                        double edge = x == 0 ? Double.MIN_VALUE : Math.nextDown(1.0);
                        assertTrue(x == 0 ? UnitBeta.cdf(edge, a, b) >= p : UnitBeta.cdf(edge, a, b) <= p, where);
                        continue;
                    }
                    double density = reference.density(x);
                    // the incomplete beta exponentiates a ln x + b ln(1 - x), so its relative error grows
                    // with that sum's magnitude (shapes in the thousands lose a few more digits)
                    double relative = 1e-13 + 4 * Math.ulp(1.0) * (a * Math.abs(Math.log(x))
                            + b * Math.abs(Math.log1p(-x)));
                    if (x < 0.5) {
                        double residual = UnitBeta.cdf(x, a, b) - p;
                        assertEquals(0, residual, relative * p + 2e-16 + density * Math.ulp(x), where);
                    } else {
                        double residual = UnitBeta.cdf(1 - x, b, a) - (1 - p);
                        assertEquals(0, residual, relative * (1 - p) + 2e-16 + density * Math.ulp(x), where);
                    }
                }
            }
        }
    }

    /**
     * Agreement with commons-math's bracketing solver, which stops once its bracket's half-width is below
     * 2e-14 |x| (so it is within 4e-14 |x| of the root) and compares I_x with p
     * directly, so near x = 1 it carries an extra error of ulp(1) / density in x. Levels within 1e-3 of 1 are
     * left out: there that solver compares 1 - I_{1-x}(b, a), rounded to a multiple of ulp(1), with p and
     * returns 1.0 for the top levels; {@link #solvesTheEquationInItsWellConditionedForm()} covers them.
     */
    @Test
    void agreesWithTheCommonsMathSolver() {
        for (double a : SHAPES) {
            for (double b : SHAPES) {
                UnitBeta fast = new UnitBeta(a, b);
                BetaDistribution reference = new BetaDistribution((RandomGenerator) null, a, b, Double.MIN_NORMAL);
                for (double p : LEVELS) {
                    if (p > 0.999) {
                        continue;
                    }
                    double x = fast.quantile(p);
                    double expected = reference.inverseCumulativeProbability(p);
                    // the flatter of the densities at the two answers bounds the reference's slack
                    double density = Math.min(densityOrInfinity(reference, expected), densityOrInfinity(reference, x));
                    double tolerance = 1e-11 * Math.min(expected, 1 - expected) + 4e-14 * expected
                            + Math.ulp(1.0) / density + Double.MIN_NORMAL;
                    assertEquals(expected, x, tolerance, "Beta(" + a + ", " + b + ") at " + p);
                }
            }
        }
    }

    private static double densityOrInfinity(BetaDistribution beta, double x) {
        return x > 0 && x < 1 ? beta.density(x) : Double.POSITIVE_INFINITY;
    }

    @Test
    void nearOneTheMirroredSolveKeepsTheDistanceToOne() {
        // Beta(0.05, 0.05) at 0.77: 1 - x is about 1.7e-7; I_{1-x}(b, a) must equal 0.23 to full precision
        UnitBeta beta = new UnitBeta(0.05, 0.05);
        double x = beta.quantile(0.77);
        double y = 1 - x;
        // y is known to ulp(1) = 2.2e-16 absolute; I ~ y^0.05 turns that into 0.05 ulp(1) / y relative
        assertEquals(0.23, UnitBeta.cdf(y, 0.05, 0.05), 0.23 * (1e-13 + 0.05 * Math.ulp(1.0) / y));
    }

    @Test
    void invertsTheCdfAtTheEndsAndTheMiddle() {
        UnitBeta uniform = new UnitBeta(1, 1);
        assertEquals(0, uniform.quantile(0), 0);
        assertEquals(1, uniform.quantile(1), 0);
        assertEquals(0.25, uniform.quantile(0.25), 1e-15);
        assertEquals(0.5, new UnitBeta(7, 7).quantile(0.5), 1e-15);
    }
}
