package fi.foresight.sensitivity;

import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import java.util.StringJoiner;

/** Test functions of sensitivity analysis with known indices. */
final class TestModels {
    static final double A = 7;
    static final double B = 0.1;

    private TestModels() {
    }

    /** Ishigami: y = sin x1 + a sin² x2 + b x3⁴ sin x1, x ~ U[-π, π]³, a = 7, b = 0.1. */
    static Model ishigami() {
        return Model.builder("ishigami")
                .variable("x1", Uniform.of(-Math.PI, Math.PI))
                .variable("x2", Uniform.of(-Math.PI, Math.PI))
                .variable("x3", Uniform.of(-Math.PI, Math.PI))
                .outcome("y", "sin(x1) + 7 * sin(x2)^2 + 0.1 * x3^4 * sin(x1)")
                .build();
    }

    /** Partial variances of Ishigami: V1, V2, V3 (= 0), V13, and the total V. */
    static double[] ishigamiVariances() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        return new double[] {v1, v2, 0, v13, v1 + v2 + v13};
    }

    /** Sobol' G-function: y = Π (|4 x_i - 2| + a_i) / (1 + a_i), x ~ U[0, 1]^d. */
    static Model gFunction(double... a) {
        var b = Model.builder("g");
        var product = new StringJoiner(" * ");
        for (int i = 0; i < a.length; i++) {
            b.variable("x" + (i + 1), Uniform.of(0, 1));
            product.add("(abs(4 * x" + (i + 1) + " - 2) + " + a[i] + ") / " + (1 + a[i]));
        }
        return b.outcome("y", product.toString()).build();
    }

    /** Analytic S1 (row 0) and ST (row 1) of the G-function from V_i = 1 / (3 (1 + a_i)²). */
    static double[][] gIndices(double... a) {
        int d = a.length;
        double[] v = new double[d];
        double prod = 1;
        for (int i = 0; i < d; i++) {
            v[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            prod *= 1 + v[i];
        }
        double total = prod - 1;
        double[][] s = new double[2][d];
        for (int i = 0; i < d; i++) {
            s[0][i] = v[i] / total;
            s[1][i] = v[i] * (prod / (1 + v[i])) / total;
        }
        return s;
    }

    /** y = Σ c_i x_i with x_i ~ U[lo_i, hi_i]. */
    static Model linear(double[] c, double[] lo, double[] hi) {
        var b = Model.builder("linear");
        var sum = new StringJoiner(" + ");
        for (int i = 0; i < c.length; i++) {
            b.variable("x" + (i + 1), Uniform.of(lo[i], hi[i]));
            sum.add("(" + c[i] + ") * x" + (i + 1));
        }
        return b.outcome("y", sum.toString()).build();
    }
}
