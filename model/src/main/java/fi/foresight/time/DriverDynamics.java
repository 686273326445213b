package fi.foresight.time;

import fi.foresight.distributions.Distribution;
import fi.foresight.model.Driver;
import fi.foresight.model.Horizon;
import fi.foresight.model.TimeEvent;
import fi.foresight.model.TimeProcess;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * How one driver moves through the years of a path: its process slots (slot 0 is the driver's own process, the
 * others come from events that switch it), fresh draws when a regime changes its distribution, and the values
 * events set. Immutable; each worker keeps a {@link State} per driver.
 *
 * <p>Per block the driver's random channel is consumed in this fixed order: a growth rate per path for each
 * growth slot (slot order); a fresh value per path for each regime that changes the distribution (regime order);
 * a value per path for each event that sets the driver (event order); then, in every year after the first, one
 * standard normal per path when any slot is a random walk (the ziggurat sampler of commons-rng,
 * McFarland 2016).
 */
final class DriverDynamics {
    private static final int HOLD = 0;
    private static final int GROWTH = 1;
    private static final int WALK = 2;
    private static final int GEOMETRIC = 3;
    private static final int MILESTONES = 4;

    final int index;
    final int channel;
    private final TimeProcess[] slots;
    private final int[] kind;
    private final double[] drift;
    private final double[] volatility;
    private final int step;
    /** Per slot and year index t >= 1: the milestone path's change from year t-1 to t (null for other kinds). */
    private final double[][] milestoneDelta;
    private final Distribution[] redraw;
    /** Per event: the slot it switches this driver to, or -1. */
    private final int[] eventSlot;
    /** Per event: the distribution of the value it sets, or null. */
    private final Distribution[] eventSet;
    /** Per event: the jump in its year, {@code v * scale + shift} ({@code 1, 0} for none). */
    private final double[] eventScale;
    private final double[] eventShift;
    private final boolean walks;

    private DriverDynamics(int index, int channel, TimeProcess[] slots, Horizon horizon, Distribution[] redraw,
                           int[] eventSlot, Distribution[] eventSet, double[] eventScale, double[] eventShift) {
        this.eventScale = eventScale;
        this.eventShift = eventShift;
        this.index = index;
        this.channel = channel;
        this.slots = slots;
        this.redraw = redraw;
        this.eventSlot = eventSlot;
        this.eventSet = eventSet;
        this.step = horizon.step();
        int n = slots.length;
        kind = new int[n];
        drift = new double[n];
        volatility = new double[n];
        milestoneDelta = new double[n][];
        boolean w = false;
        for (int s = 0; s < n; s++) {
            TimeProcess p = slots[s];
            if (p instanceof TimeProcess.Growth) {
                kind[s] = GROWTH;
            } else if (p instanceof TimeProcess.RandomWalk rw) {
                kind[s] = rw.geometric() ? GEOMETRIC : WALK;
                drift[s] = rw.drift() * step;
                volatility[s] = rw.volatility() * Math.sqrt(step);
                w = true;
            } else if (p instanceof TimeProcess.Milestones m) {
                kind[s] = MILESTONES;
                double[] delta = new double[horizon.size()];
                for (int t = 1; t < delta.length; t++) {
                    delta[t] = m.valueAt(horizon.year(t)) - m.valueAt(horizon.year(t - 1));
                }
                milestoneDelta[s] = delta;
            } else {
                kind[s] = HOLD;
            }
        }
        this.walks = w;
    }

    static DriverDynamics of(int index, Driver driver, Distribution[] redraw, TimeEvent[] events, Horizon horizon,
                             int channel) {
        var slots = new ArrayList<TimeProcess>(List.of(driver.process()));
        int[] eventSlot = new int[events.length];
        Distribution[] eventSet = new Distribution[events.length];
        double[] eventScale = new double[events.length];
        double[] eventShift = new double[events.length];
        for (int e = 0; e < events.length; e++) {
            eventSlot[e] = -1;
            eventScale[e] = 1;
            for (TimeEvent.Effect f : events[e].effects()) {
                if (!f.driver().equals(driver.id())) {
                    continue;
                }
                if (f.process() != null) {
                    eventSlot[e] = slots.size();
                    slots.add(f.process());
                }
                if (f.set() != null) {
                    eventSet[e] = f.set();
                    eventScale[e] = 1;
                    eventShift[e] = 0;
                }
                eventScale[e] *= f.scale();
                eventShift[e] = eventShift[e] * f.scale() + f.shift();
            }
        }
        return new DriverDynamics(index, channel, slots.toArray(new TimeProcess[0]), horizon, redraw.clone(),
                eventSlot, eventSet, eventScale, eventShift);
    }

    State newState(int capacity) {
        return new State(capacity);
    }

    /** One worker's per-path state of this driver within a block. */
    final class State {
        private final double[][] rate = new double[slots.length][];
        private final double[][] fresh = new double[redraw.length][];
        private final double[][] set = new double[eventSet.length][];
        private final int[] slot;
        private final double[] z;
        private ZigguratSampler.NormalizedGaussian gaussian;

        private State(int capacity) {
            for (int s = 0; s < slots.length; s++) {
                if (kind[s] == GROWTH) {
                    rate[s] = new double[capacity];
                }
            }
            for (int r = 0; r < redraw.length; r++) {
                if (redraw[r] != null) {
                    fresh[r] = new double[capacity];
                }
            }
            for (int e = 0; e < eventSet.length; e++) {
                if (eventSet[e] != null) {
                    set[e] = new double[capacity];
                }
            }
            slot = slots.length > 1 ? new int[capacity] : null;
            z = walks ? new double[capacity] : null;
        }

        /** Draws everything of the block that is drawn once per path (see the class comment for the order). */
        void begin(UniformRandomProvider rng, int n) {
            for (int s = 0; s < slots.length; s++) {
                if (kind[s] == GROWTH) {
                    ((TimeProcess.Growth) slots[s]).rate().sample(rng, rate[s], n);
                }
            }
            for (int r = 0; r < redraw.length; r++) {
                if (redraw[r] != null) {
                    redraw[r].sample(rng, fresh[r], n);
                }
            }
            for (int e = 0; e < eventSet.length; e++) {
                if (eventSet[e] != null) {
                    eventSet[e].sample(rng, set[e], n);
                }
            }
            if (slot != null) {
                java.util.Arrays.fill(slot, 0, n, 0);
            }
            gaussian = walks ? ZigguratSampler.NormalizedGaussian.of(rng) : null;
        }

        /** Switches the paths whose event {@code e} happens in year {@code t} to the event's process. */
        void switchProcess(int e, int[] eventAt, int t, int n) {
            int s = eventSlot[e];
            if (s < 0) {
                return;
            }
            for (int k = 0; k < n; k++) {
                if (eventAt[k] == t) {
                    slot[k] = s;
                }
            }
        }

        /** Moves {@code v} from year index t - 1 to t. */
        void step(double[] v, int t, int n) {
            if (walks) {
                for (int k = 0; k < n; k++) {
                    z[k] = gaussian.sample();
                }
            }
            if (slot == null) {
                stepAll(0, v, t, n);
                return;
            }
            for (int k = 0; k < n; k++) {
                v[k] = stepOne(slot[k], v[k], k, t);
            }
        }

        private void stepAll(int s, double[] v, int t, int n) {
            switch (kind[s]) {
                case GROWTH: {
                    double[] r = rate[s];
                    if (step == 1) {
                        for (int k = 0; k < n; k++) {
                            v[k] *= 1 + r[k];
                        }
                    } else {
                        for (int k = 0; k < n; k++) {
                            v[k] *= Math.pow(1 + r[k], step);
                        }
                    }
                    break;
                }
                case WALK: {
                    double mu = drift[s];
                    double sigma = volatility[s];
                    for (int k = 0; k < n; k++) {
                        v[k] += mu + sigma * z[k];
                    }
                    break;
                }
                case GEOMETRIC: {
                    double mu = drift[s];
                    double sigma = volatility[s];
                    for (int k = 0; k < n; k++) {
                        v[k] *= Math.exp(mu + sigma * z[k]);
                    }
                    break;
                }
                case MILESTONES: {
                    double d = milestoneDelta[s][t];
                    for (int k = 0; k < n; k++) {
                        v[k] += d;
                    }
                    break;
                }
                default:
                    break;
            }
        }

        private double stepOne(int s, double v, int k, int t) {
            switch (kind[s]) {
                case GROWTH:
                    return step == 1 ? v * (1 + rate[s][k]) : v * Math.pow(1 + rate[s][k], step);
                case WALK:
                    return v + (drift[s] + volatility[s] * z[k]);
                case GEOMETRIC:
                    return v * Math.exp(drift[s] + volatility[s] * z[k]);
                case MILESTONES:
                    return v + milestoneDelta[s][t];
                default:
                    return v;
            }
        }

        /** Replaces the values by the regime's fresh draws when regime r changes the distribution. */
        void enterRegime(int r, double[] v, int n) {
            if (fresh[r] != null) {
                System.arraycopy(fresh[r], 0, v, 0, n);
            }
        }

        /** Sets (and shifts, scales) the values of the paths whose event {@code e} happens in year {@code t}. */
        void applySet(int e, int[] eventAt, int t, double[] v, int n) {
            double[] values = set[e];
            double a = eventScale[e];
            double b = eventShift[e];
            if (values == null && a == 1 && b == 0) {
                return;
            }
            for (int k = 0; k < n; k++) {
                if (eventAt[k] == t) {
                    double x = values == null ? v[k] : values[k];
                    v[k] = a == 1 && b == 0 ? x : x * a + b;
                }
            }
        }
    }
}
