package fi.foresight.distributions;

import java.util.List;

/** One valid, typical member of every family; a fixture for tests here and in other packages (test-jar). */
public final class Examples {
    private Examples() {
    }

    /** One member of each of the fourteen families, in the order of {@link Distributions#types()}. */
    public static List<Distribution> oneOfEach() {
        return List.of(
                Uniform.of(0.2, 0.6),
                Triangular.of(0.3, 0.5, 0.7),
                Pert.of(0, 0.02, 0.08),
                Normal.of(0.02, 0.01),
                TruncatedNormal.of(0.9, 0.1, 0, 1),
                LogNormal.of(0, 0.25),
                Beta.of(2, 5, 10, 30),
                Gamma.of(2, 1.5),
                Discrete.of(new double[] {0, 1, 2}, new double[] {0.5, 0.3, 0.2}),
                Bernoulli.of(0.15),
                Fixed.of(5.6e6),
                Empirical.ofCounts(new double[] {1, 2, 3, 4, 5}, new double[] {2, 5, 9, 12, 4}),
                new Elicited(LogNormal.of(1.6, 0.45), new double[] {0.1, 0.5, 0.9}, new double[] {2.8, 5, 8.9},
                        "lognormal", Double.NaN, Double.NaN),
                new Pooled(new Mixture(List.of(Pert.of(1, 2, 4), Pert.of(2, 3, 5)), new double[] {2, 1}),
                        List.of("anna", "ben"), List.of(Pert.of(1, 2, 4), Pert.of(2, 3, 5)),
                        new double[] {2.0 / 3, 1.0 / 3}, "linear"));
    }
}
