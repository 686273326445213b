package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A distribution derived from people's views, carrying where it came from: {@link Fitted} to observed answers,
 * {@link Elicited} from an expert's quantiles, or {@link Pooled} from several experts. It draws, and answers every
 * question, exactly as the distribution it derived ({@link #distribution()}); the rest is the record of how, for the
 * report (the fitting itself is in {@code fi.foresight.distributions.fit}).
 *
 * <pre>{@code
 * Distribution d = model.driver("growth").distribution();
 * if (d instanceof Derived derived) {
 *     derived.distribution();   // e.g. a Pert fitted to the survey's answers
 * }
 * }</pre>
 */
public sealed interface Derived extends Distribution permits Fitted, Elicited, Pooled {

    /**
     * The distribution that was derived and that is sampled.
     *
     * @return the derived distribution
     */
    Distribution distribution();

    @Override
    default double mean() {
        return distribution().mean();
    }

    @Override
    default double variance() {
        return distribution().variance();
    }

    @Override
    default Support support() {
        return distribution().support();
    }

    @Override
    default double cdf(double x) {
        return distribution().cdf(x);
    }

    @Override
    default double quantile(double p) {
        return distribution().quantile(p);
    }

    @Override
    default double sample(UniformRandomProvider rng) {
        return distribution().sample(rng);
    }

    @Override
    default void sample(UniformRandomProvider rng, double[] out, int n) {
        distribution().sample(rng, out, n);
    }

    @Override
    default void quantiles(double[] u, double[] out, int n) {
        distribution().quantiles(u, out, n);
    }
}
