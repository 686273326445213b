package fi.foresight.montecarlo;

import fi.foresight.statistics.Moments;
import java.util.Locale;

/**
 * Why sampling of one scenario × lever ended.
 *
 * @param reason  the rule that ended it
 * @param samples the number of samples drawn
 * @param message a sentence for people, e.g. {@code "precision reached: 95% half-width 0.0021 <= 0.5% of |mean| 0.48"}
 */
public record Stop(Reason reason, long samples, String message) {
    /** The rules that end sampling. */
    public enum Reason {
        /** The requested number of samples was drawn. */
        SAMPLES,
        /** The precision target was met at a check. */
        PRECISION,
        /** The maximum number of samples was drawn before the precision target was met. */
        MAX_SAMPLES
    }

    /**
     * Checks the parts.
     *
     * @param reason  the rule that ended it
     * @param samples the number of samples drawn
     * @param message a sentence for people, e.g.
     *                {@code "precision reached: 95% half-width 0.0021 <= 0.5% of |mean| 0.48"}
     * @throws IllegalArgumentException when the reason or message is null or {@code samples < 0}
     */
    public Stop {
        if (reason == null || message == null) {
            throw new IllegalArgumentException("a stop needs a reason and a message");
        }
        if (samples < 0) {
            throw new IllegalArgumentException("samples is " + samples + "; must be >= 0");
        }
    }

    static Stop samples(long n) {
        return new Stop(Reason.SAMPLES, n, "drew the requested " + n + " samples");
    }

    static Stop precision(Precision p, Moments m) {
        return new Stop(Reason.PRECISION, m.n(), String.format(Locale.ROOT,
                "precision reached after %d samples: 95%% half-width of the mean of %s is %.4g <= %.4g%% of |mean| %.6g",
                m.n(), p.outcome(), Precision.halfWidth(m), 100 * p.relativeHalfWidth(), Math.abs(m.mean())));
    }

    static Stop maxSamples(Precision p, Moments m) {
        return new Stop(Reason.MAX_SAMPLES, m.n(), String.format(Locale.ROOT,
                "stopped at the maximum of %d samples before the precision target: 95%% half-width of the mean of %s "
                        + "is %.4g, wanted <= %.4g%% of |mean| %.6g",
                m.n(), p.outcome(), Precision.halfWidth(m), 100 * p.relativeHalfWidth(), Math.abs(m.mean())));
    }
}
