package fi.foresight.montecarlo;

import fi.foresight.sampling.Design;
import fi.foresight.sampling.SamplingKernel;
import java.util.List;

/**
 * The settings of a Monte Carlo run, as validated by {@link MonteCarlo}.
 *
 * @param samples     samples per scenario × lever (the maximum when a precision target is set)
 * @param seed        the seed of every random stream
 * @param threads     worker threads (results do not depend on it)
 * @param design      sampling design
 * @param blockSize   samples per block (results depend on it: each block has its own stream)
 * @param keepSamples whether raw draws were kept
 * @param precision   the stopping rule, or null for a fixed number of samples
 * @param scenarios   scenarios run
 * @param levers      levers run (every scenario with every lever)
 * @param kernel      the sampling kernel that ran, PORTABLE or VECTOR (AUTO resolved; see {@link SamplingKernel})
 * @param conditional outcome columns of the conditional tornado computed alongside the run (empty: none)
 * @param goal        the stopping rule on a standard error, or null
 * @param year        the year of the model's horizon the run is at (drivers at their state in that year), or null
 *                    for a model without a horizon
 * @param conditionalLevel the percentile the conditional tornado compares between bins, a probability in (0, 1), or
 *                    NaN for the mean
 */
public record MonteCarloSettings(long samples, long seed, int threads, Design design, int blockSize,
                                 boolean keepSamples, Precision precision, List<String> scenarios,
                                 List<String> levers, SamplingKernel kernel, List<String> conditional,
                                 PrecisionGoal goal, Integer year, double conditionalLevel) {
    /**
     * Checks the settings and resolves the sampling kernel (null means {@link SamplingKernel#PORTABLE}).
     *
     * @param samples     samples per scenario × lever (the maximum when a precision target is set)
     * @param seed        the seed of every random stream
     * @param threads     worker threads (results do not depend on it)
     * @param design      sampling design
     * @param blockSize   samples per block (results depend on it: each block has its own stream)
     * @param keepSamples whether raw draws were kept
     * @param precision   the stopping rule, or null for a fixed number of samples
     * @param scenarios   scenarios run
     * @param levers      levers run (every scenario with every lever)
     * @param kernel      the sampling kernel that ran, PORTABLE or VECTOR (AUTO resolved; see {@link SamplingKernel})
     * @param conditional outcome columns of the conditional tornado computed alongside the run (empty: none)
     * @param goal        the stopping rule on a standard error, or null
     * @param year        the year of the model's horizon the run is at, or null for a model without a horizon
     * @param conditionalLevel the conditional tornado's percentile in (0, 1), or NaN for the mean
     * @throws IllegalArgumentException when samples, threads or block size is below 1, the design is null or there
     *                                  is no scenario or lever, or the percentile is outside (0, 1); build settings
     *                                  with {@link MonteCarlo#of}
     */
    public MonteCarloSettings {
        if (!Double.isNaN(conditionalLevel) && !(conditionalLevel > 0 && conditionalLevel < 1)) {
            throw new IllegalArgumentException("the conditional tornado's percentile is " + conditionalLevel
                    + "; must be a probability strictly between 0 and 1, e.g. 0.9");
        }
        kernel = kernel == null ? SamplingKernel.PORTABLE : kernel.resolve();
        conditional = conditional == null ? List.of() : List.copyOf(conditional);
        scenarios = List.copyOf(scenarios);
        levers = List.copyOf(levers);
        if (samples < 1 || threads < 1 || blockSize < 1 || design == null || scenarios.isEmpty() || levers.isEmpty()) {
            throw new IllegalArgumentException("invalid settings: samples=" + samples + ", threads=" + threads
                    + ", blockSize=" + blockSize + ", design=" + design + ", scenarios=" + scenarios + ", levers="
                    + levers + "; build settings with MonteCarlo.of(model)");
        }
    }

    /**
     * Settings whose conditional tornado (if any) compares means.
     *
     * @param samples     samples per scenario × lever (the maximum when a precision target is set)
     * @param seed        the seed of every random stream
     * @param threads     worker threads (results do not depend on it)
     * @param design      sampling design
     * @param blockSize   samples per block (results depend on it: each block has its own stream)
     * @param keepSamples whether raw draws were kept
     * @param precision   the stopping rule, or null for a fixed number of samples
     * @param scenarios   scenarios run
     * @param levers      levers run (every scenario with every lever)
     * @param kernel      the sampling kernel that ran, PORTABLE or VECTOR (AUTO resolved; see {@link SamplingKernel})
     * @param conditional outcome columns of the conditional tornado computed alongside the run (empty: none)
     * @param goal        the stopping rule on a standard error, or null
     * @param year        the year of the model's horizon the run is at, or null for a model without a horizon
     */
    public MonteCarloSettings(long samples, long seed, int threads, Design design, int blockSize,
                              boolean keepSamples, Precision precision, List<String> scenarios, List<String> levers,
                              SamplingKernel kernel, List<String> conditional, PrecisionGoal goal, Integer year) {
        this(samples, seed, threads, design, blockSize, keepSamples, precision, scenarios, levers, kernel, conditional,
                goal, year, Double.NaN);
    }

    /**
     * Settings of a run of a model without a horizon, without a conditional tornado or a standard-error goal.
     *
     * @param samples     samples per scenario × lever (the maximum when a precision target is set)
     * @param seed        the seed of every random stream
     * @param threads     worker threads (results do not depend on it)
     * @param design      sampling design
     * @param blockSize   samples per block (results depend on it: each block has its own stream)
     * @param keepSamples whether raw draws were kept
     * @param precision   the stopping rule, or null for a fixed number of samples
     * @param scenarios   scenarios run
     * @param levers      levers run (every scenario with every lever)
     * @param kernel      the sampling kernel that ran, PORTABLE or VECTOR (AUTO resolved; see {@link SamplingKernel})
     */
    public MonteCarloSettings(long samples, long seed, int threads, Design design, int blockSize, boolean keepSamples,
                              Precision precision, List<String> scenarios, List<String> levers,
                              SamplingKernel kernel) {
        this(samples, seed, threads, design, blockSize, keepSamples, precision, scenarios, levers, kernel, List.of(),
                null, null);
    }

    /**
     * Settings with the {@link SamplingKernel#PORTABLE} kernel.
     *
     * @param samples     samples per scenario × lever (the maximum when a precision target is set)
     * @param seed        the seed of every random stream
     * @param threads     worker threads (results do not depend on it)
     * @param design      sampling design
     * @param blockSize   samples per block (results depend on it: each block has its own stream)
     * @param keepSamples whether raw draws were kept
     * @param precision   the stopping rule, or null for a fixed number of samples
     * @param scenarios   scenarios run
     * @param levers      levers run (every scenario with every lever)
     */
    public MonteCarloSettings(long samples, long seed, int threads, Design design, int blockSize, boolean keepSamples,
                              Precision precision, List<String> scenarios, List<String> levers) {
        this(samples, seed, threads, design, blockSize, keepSamples, precision, scenarios, levers,
                SamplingKernel.PORTABLE);
    }

    /** Whether some stopping rule needs each block's sorted columns. */
    boolean stopsEarly() {
        return precision != null || goal != null;
    }

    /** Number of blocks per scenario × lever. */
    long blocks() {
        return RunAccumulator.ceilDiv(samples, blockSize);
    }

    /** Samples in block b (the last block may be shorter). */
    int blockLength(long b) {
        return (int) Math.min(blockSize, samples - b * blockSize);
    }
}
