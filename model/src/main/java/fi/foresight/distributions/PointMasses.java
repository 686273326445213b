package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A distribution on finitely many points ({@link Discrete}: probabilities, {@link Empirical}: observed counts): its
 * support, CDF, quantile and column draws all come from the same lookup table ({@link Atoms}), so single and column
 * draws agree bit for bit in both.
 */
sealed interface PointMasses extends Distribution permits Discrete, Empirical {

    /**
     * The lookup table of the points with positive weight.
     *
     * @param d a distribution on points
     * @return its table, built afresh
     */
    private static Atoms atoms(PointMasses d) {
        return d instanceof Discrete x ? new Atoms(x.values(), x.probabilities())
                : new Atoms(((Empirical) d).values(), ((Empirical) d).counts());
    }

    @Override
    default Support support() {
        Atoms atoms = atoms(this);
        return new Support(atoms.min(), atoms.max());
    }

    @Override
    default double cdf(double x) {
        return atoms(this).cdf(x);
    }

    @Override
    default double quantile(double p) {
        Check.level(p);
        return atoms(this).quantile(p);
    }

    @Override
    default void sample(UniformRandomProvider rng, double[] out, int n) {
        Check.columns(out, n);
        Atoms atoms = atoms(this);
        for (int i = 0; i < n; i++) {
            out[i] = atoms.quantile(rng.nextDouble());
        }
    }

    @Override
    default void quantiles(double[] u, double[] out, int n) {
        Check.columns(out, n);
        Check.columns(u, n);
        Atoms atoms = atoms(this);
        for (int i = 0; i < n; i++) {
            out[i] = atoms.quantile(Check.level(u[i]));
        }
    }
}
