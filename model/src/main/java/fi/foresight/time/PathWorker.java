package fi.foresight.time;

import fi.foresight.evaluation.Kernel;
import fi.foresight.model.Target;
import fi.foresight.statistics.Moments;
import fi.foresight.sampling.BlockSampler;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One thread's tools for a scenario × lever: a start-value sampler, a kernel per regime and block-sized
 * columns. {@link #run} takes a block of paths through every year of the horizon; per year it evaluates the
 * outcomes through the model's kernel (the one hot loop) and reduces them to the block's partial statistics.
 */
final class PathWorker {
    private final RunPlan plan;
    private final BlockSampler sampler;
    private final Kernel[] kernels;
    /** Start values: drivers then the first regime's weights; the driver columns then carry the current values. */
    private final double[][] start;
    private final double[][] weights;
    private final double[][][] regimeInputs;
    private final double[][][] outs;
    private final double[][][] previous;
    private final double[][] previousDriver;
    private final DriverDynamics.State[] states;
    private final int[][] eventAt;
    private final double[] scratch;
    private final double[] uniform;
    private final int[][] firstYear;

    PathWorker(RunPlan plan, int capacity) {
        this.plan = plan;
        this.sampler = plan.startPlan.sampler();
        this.kernels = new Kernel[plan.regimes.size()];
        for (int r = 0; r < kernels.length; r++) {
            kernels[r] = plan.regimes.get(r).evaluator().kernel();
        }
        int d = plan.drivers;
        int w0 = plan.startWeights();
        start = new double[d + w0][capacity];
        weights = new double[plan.weightColumns][];
        for (int j = 0; j < plan.weightColumns; j++) {
            weights[j] = j < w0 ? start[d + j] : new double[capacity];
        }
        regimeInputs = new double[kernels.length][][];
        for (int r = 0; r < kernels.length; r++) {
            int[] wc = plan.regimes.get(r).weightColumn();
            double[][] in = new double[d + wc.length][];
            for (int i = 0; i < d; i++) {
                in[i] = start[i];
            }
            for (int j = 0; j < wc.length; j++) {
                in[d + j] = weights[wc[j]];
            }
            regimeInputs[r] = in;
        }
        int m = plan.outputs.size();
        outs = new double[2][m][capacity];
        int p = plan.previousDriver.length;
        previousDriver = new double[p][];
        previous = new double[2][p][];
        for (int i = 0; i < p; i++) {
            if (plan.previousDriver[i] >= 0) {
                previousDriver[i] = new double[capacity];
            }
            for (int parity = 0; parity < 2; parity++) {
                // in a year of parity q the outputs go to outs[q]; last year's are in outs[1 - q]
                previous[parity][i] = plan.previousDriver[i] >= 0 ? previousDriver[i]
                        : outs[1 - parity][plan.previousOutput[i]];
            }
        }
        states = new DriverDynamics.State[plan.dynamics.length];
        for (int i = 0; i < states.length; i++) {
            if (plan.dynamics[i] != null) {
                states[i] = plan.dynamics[i].newState(capacity);
            }
        }
        eventAt = new int[plan.events.length][capacity];
        scratch = new double[capacity];
        uniform = new double[capacity];
        firstYear = new int[plan.targets.length][capacity];
    }

    /** Runs paths {@code [0, n)} of block {@code block} through the horizon. */
    BlockResult run(long block, UniformRandomProvider startStream, UniformRandomProvider[] channels, int n) {
        int years = plan.years;
        begin(startStream, channels, n);
        for (int[] f : firstYear) {
            Arrays.fill(f, 0, n, years);
        }
        int columns = plan.tracked.length;
        double[][][] sorted = new double[years][columns][];
        Moments[][] moments = new Moments[years][columns];
        long[][] met = new long[plan.targets.length][years];
        int keep = block == 0 ? Math.min(plan.samplePaths, n) : 0;
        double[][][] paths = new double[columns][keep][years];
        for (int t = 0; t < years; t++) {
            move(t, n);
            double[][] out = evaluateYear(t, n);
            for (int j = 0; j < columns; j++) {
                double[] col = out[plan.tracked[j]];
                double[] s = Arrays.copyOf(col, n);
                Arrays.sort(s);
                if (n > 0 && (!Double.isFinite(s[0]) || !Double.isFinite(s[n - 1]))) {
                    throw undefined(plan.trackedNames.get(j), col, block, t, n);
                }
                sorted[t][j] = s;
                moments[t][j] = Moments.of(s, n);
                for (int k = 0; k < keep; k++) {
                    paths[j][k][t] = col[k];
                }
            }
            for (int g = 0; g < plan.targets.length; g++) {
                Target target = plan.targets[g];
                double[] col = out[plan.targetColumn[g]];
                int[] first = firstYear[g];
                long count = 0;
                for (int k = 0; k < n; k++) {
                    if (target.isMet(col[k])) {
                        count++;
                        if (first[k] == years) {
                            first[k] = t;
                        }
                    }
                }
                met[g][t] = count;
            }
            keepPrevious(t, n);
        }
        long[][] firstPassage = new long[plan.targets.length][years + 1];
        for (int g = 0; g < firstPassage.length; g++) {
            for (int k = 0; k < n; k++) {
                firstPassage[g][firstYear[g][k]]++;
            }
        }
        return new BlockResult(block, n, sorted, moments, met, firstPassage, keep == 0 ? null : paths,
                eventMoments(outs[(years - 1) & 1], n));
    }

    /**
     * Per event and tracked column, the last year's moments over the paths where the event has not (index 0) and
     * has (index 1) happened by the horizon's end, summed in path order (Welford).
     */
    private Moments[][][] eventMoments(double[][] out, int n) {
        int years = plan.years;
        Moments[][][] m = new Moments[plan.events.length][plan.tracked.length][2];
        for (int e = 0; e < m.length; e++) {
            int[] at = eventAt[e];
            for (int j = 0; j < plan.tracked.length; j++) {
                double[] col = out[plan.tracked[j]];
                long[] count = new long[2];
                double[] mean = new double[2];
                double[] m2 = new double[2];
                double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
                double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
                for (int k = 0; k < n; k++) {
                    int side = at[k] < years ? 1 : 0;
                    double v = col[k];
                    long c = ++count[side];
                    double d = v - mean[side];
                    mean[side] += d / c;
                    m2[side] += d * (v - mean[side]);
                    min[side] = Math.min(min[side], v);
                    max[side] = Math.max(max[side], v);
                }
                for (int side = 0; side < 2; side++) {
                    m[e][j][side] = count[side] == 0 ? Moments.EMPTY
                            : new Moments(count[side], mean[side], Math.max(0, m2[side]), min[side], max[side]);
                }
            }
        }
        return m;
    }

    /**
     * Runs paths {@code [0, n)} of a block from the first year to year index {@code last} exactly as {@link #run}
     * does, evaluating the earlier years only when outcomes read {@code prev}. Afterwards
     * {@link #inputsAt(int)} and {@link #previousAt(int)} hold what the kernel of year {@code last} reads.
     */
    void toYear(UniformRandomProvider startStream, UniformRandomProvider[] channels, int n, int last) {
        begin(startStream, channels, n);
        boolean readsPrevious = previousDriver.length > 0;
        for (int t = 0; t <= last; t++) {
            move(t, n);
            if (t < last && readsPrevious) {
                evaluateYear(t, n);
                keepPrevious(t, n);
            }
        }
    }

    /** The input columns (driver states, then weights) of the regime in force in year index t; live, not copies. */
    double[][] inputsAt(int t) {
        return regimeInputs[plan.regimeAt[t]];
    }

    /** The previous-year columns the kernel of year index t reads, or null in the first year. */
    double[][] previousAt(int t) {
        return t == 0 ? null : previous[t & 1];
    }

    /** Draws the block's start values, extra weights, events and per-path process parameters. */
    private void begin(UniformRandomProvider startStream, UniformRandomProvider[] channels, int n) {
        sampler.fill(startStream, start, n);
        int w0 = plan.startWeights();
        for (int j = 0; j < plan.extraWeights.size(); j++) {
            plan.extraWeights.get(j).sample(channels[plan.weightsChannel], weights[w0 + j], n);
        }
        for (int e = 0; e < plan.events.length; e++) {
            drawEvent(e, channels[plan.eventChannel[e]], n);
        }
        for (int i = 0; i < states.length; i++) {
            if (states[i] != null) {
                states[i].begin(channels[plan.dynamics[i].channel], n);
            }
        }
    }

    /** Moves every driver into year index t: events switch processes, drivers step, regimes redraw, events set. */
    private void move(int t, int n) {
        int r = plan.regimeAt[t];
        for (int i = 0; i < plan.drivers; i++) {
            DriverDynamics.State s = states[i];
            if (s == null) {
                continue;
            }
            for (int e = 0; e < plan.events.length; e++) {
                s.switchProcess(e, eventAt[e], t, n);
            }
            if (t > 0) {
                s.step(start[i], t, n);
                if (plan.regimes.get(r).first() == t) {
                    s.enterRegime(r, start[i], n);
                }
            }
            for (int e = 0; e < plan.events.length; e++) {
                s.applySet(e, eventAt[e], t, start[i], n);
            }
        }
    }

    /** Evaluates year index t through its regime's kernel into {@code outs[t & 1]}. */
    private double[][] evaluateYear(int t, int n) {
        int r = plan.regimeAt[t];
        double[][] out = outs[t & 1];
        kernels[r].evaluate(regimeInputs[r], n, out, plan.yearValue[t], previousAt(t));
        return out;
    }

    /** Keeps this year's driver values that next year's {@code prev(x)} reads. */
    private void keepPrevious(int t, int n) {
        int r = plan.regimeAt[t];
        for (int i = 0; i < previousDriver.length; i++) {
            if (previousDriver[i] != null) {
                System.arraycopy(kernels[r].driverColumn(plan.previousDriver[i]), 0, previousDriver[i], 0, n);
            }
        }
    }

    /** Whether and when event e happens in each path: the year index, or {@code years} for never on the horizon. */
    private void drawEvent(int e, UniformRandomProvider rng, int n) {
        var event = plan.events[e];
        int[] at = eventAt[e];
        double p = event.probability();
        if (p < 1) {
            for (int k = 0; k < n; k++) {
                uniform[k] = rng.nextDouble();
            }
        }
        event.year().sample(rng, scratch, n);
        var h = plan.horizon;
        for (int k = 0; k < n; k++) {
            double y = Math.floor(scratch[k]);
            if (p < 1 && uniform[k] >= p) {
                at[k] = plan.years;
            } else if (!(y <= h.end())) {
                at[k] = plan.years;
            } else {
                at[k] = y <= h.start() ? 0 : h.firstIndexFrom((int) y);
            }
        }
    }

    private IllegalStateException undefined(String column, double[] values, long block, int t, int n) {
        int count = 0;
        int bad = -1;
        for (int k = 0; k < n; k++) {
            if (!Double.isFinite(values[k])) {
                count++;
                bad = bad < 0 ? k : bad;
            }
        }
        return new IllegalStateException(String.format(Locale.ROOT,
                "outcome '%s' is %s in %d of %d paths of block %d in %d (scenario %s x lever %s); statistics need "
                        + "finite outcomes, so check the expression (division by zero, log or sqrt of a negative "
                        + "value) and the drivers' processes (a growth rate of -100%% or less, a geometric walk "
                        + "from a negative start)",
                column, bad < 0 ? "undefined" : values[bad], count, n, block, (int) plan.yearValue[t], plan.scenario,
                plan.lever));
    }
}
