package fi.foresight.time;

import fi.foresight.sampling.Design;
import java.util.List;

/**
 * The settings of a trajectory run, as validated by {@link Trajectories}.
 *
 * @param samples     paths per scenario × lever
 * @param seed        the seed of every random stream
 * @param threads     worker threads (results do not depend on it)
 * @param design      how start values are drawn (plain Monte Carlo or Latin hypercube per block)
 * @param blockSize   paths per block (results depend on it: each block has its own streams)
 * @param samplePaths paths kept whole for spaghetti charts (the first ones of the first block)
 * @param scenarios   scenarios run
 * @param levers      levers run (every scenario with every lever)
 * @param outcomes    outcome columns whose statistics are kept
 */
public record TrajectorySettings(long samples, long seed, int threads, Design design, int blockSize,
                                 int samplePaths, List<String> scenarios, List<String> levers,
                                 List<String> outcomes) {
    /**
     * Checks the parts.
     *
     * @param samples     paths per scenario × lever
     * @param seed        the seed of every random stream
     * @param threads     worker threads (results do not depend on it)
     * @param design      how start values are drawn (plain Monte Carlo or Latin hypercube per block)
     * @param blockSize   paths per block (results depend on it: each block has its own streams)
     * @param samplePaths paths kept whole for spaghetti charts (the first ones of the first block)
     * @param scenarios   scenarios run
     * @param levers      levers run (every scenario with every lever)
     * @param outcomes    outcome columns whose statistics are kept
     * @throws IllegalArgumentException when samples, threads or block size is below 1, sample paths are negative, the
     *                                  design is null or there is no scenario, lever or outcome; build settings
     *                                  with {@link Trajectories#of}
     */
    public TrajectorySettings {
        scenarios = List.copyOf(scenarios);
        levers = List.copyOf(levers);
        outcomes = List.copyOf(outcomes);
        if (samples < 1 || threads < 1 || blockSize < 1 || samplePaths < 0 || design == null || scenarios.isEmpty()
                || levers.isEmpty() || outcomes.isEmpty()) {
            throw new IllegalArgumentException("invalid settings: samples=" + samples + ", threads=" + threads
                    + ", blockSize=" + blockSize + ", samplePaths=" + samplePaths + ", design=" + design
                    + ", scenarios=" + scenarios + ", levers=" + levers + ", outcomes=" + outcomes
                    + "; build settings with Trajectories.of(model)");
        }
    }

    /** Number of blocks per scenario × lever. */
    long blocks() {
        return (samples + blockSize - 1) / blockSize;
    }

    /** Paths in block b (the last block may be shorter). */
    int blockLength(long b) {
        return (int) Math.min(blockSize, samples - b * blockSize);
    }
}
