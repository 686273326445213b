package fi.foresight.analysis;

import fi.foresight.model.Suggestions;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What every sampled run is configured with: how many samples (paths) per scenario × lever, the seed of its random
 * streams and its worker threads (which never change the numbers). {@code MonteCarlo} and {@code Trajectories}
 * extend it, so the three settings read and are checked the same way in both.
 *
 * @param <T> the run's own type, returned by the setters for chaining
 */
public abstract class SampledRun<T extends SampledRun<T>> {
    /** Samples per scenario × lever. */
    protected long samples;
    /** The seed of all random streams. */
    protected long seed = 1;
    /** Worker threads. */
    protected int threads = Runtime.getRuntime().availableProcessors();

    /**
     * A run with the given default number of samples, seed 1 and all cores.
     *
     * @param defaultSamples samples per scenario × lever until {@link #samples(long)} is called
     */
    protected SampledRun(long defaultSamples) {
        this.samples = defaultSamples;
    }

    /**
     * This run, as its own type.
     *
     * @return {@code this}
     */
    protected abstract T self();

    /**
     * Samples (paths) per scenario × lever (default: the run's {@code DEFAULT_SAMPLES}).
     *
     * @param samples at least 1
     * @return this run, for chaining
     * @throws IllegalArgumentException when {@code samples < 1}
     */
    public T samples(long samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples is " + samples + "; must be >= 1");
        }
        this.samples = samples;
        return self();
    }

    /**
     * The seed of all random streams (default 1).
     *
     * @param seed any value; the same seed gives the same numbers
     * @return this run, for chaining
     */
    public T seed(long seed) {
        this.seed = seed;
        return self();
    }

    /**
     * Worker threads (default: all cores). The results do not depend on it.
     *
     * @param threads at least 1
     * @return this run, for chaining
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public T threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + "; must be >= 1");
        }
        this.threads = threads;
        return self();
    }

    /**
     * The named ids in order, each checked against the known ones.
     *
     * @param ids   the ids a user named
     * @param kind  what they are ("scenario", "lever", "outcome"), for the messages
     * @param known the ids that exist
     * @return the ids, unmodifiable
     * @throws IllegalArgumentException when none is named, one is unknown (with a suggestion) or one is named twice
     */
    protected static List<String> checkedIds(String[] ids, String kind, List<String> known) {
        if (ids == null || ids.length == 0) {
            throw new IllegalArgumentException("name at least one " + kind + "; " + kind + "s are " + known);
        }
        var seen = new LinkedHashSet<String>();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("unknown " + kind + " '" + id + "'"
                        + Suggestions.didYouMean(String.valueOf(id), known) + "; " + kind + "s are " + known);
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException(kind + " '" + id + "' is named twice; name each " + kind + " once");
            }
        }
        return List.copyOf(seen);
    }
}
