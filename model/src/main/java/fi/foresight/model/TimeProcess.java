package fi.foresight.model;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Fixed;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a driver's value moves from one year of the horizon to the next. The value in the first year is the
 * driver's start value, drawn from its distribution; each later value comes from the one before. For a
 * horizon with a step of s years a process moves s years at once (growth compounds s times, a random walk
 * adds s years' drift and variance).
 *
 * <pre>{@code
 * TimeProcess.hold();                                   // static: drawn once, kept every year
 * TimeProcess.growth(Uniform.of(0.01, 0.04));           // x(t) = x(t-1) * (1 + r), r drawn once per path
 * TimeProcess.randomWalk(0.5, 2.0);                     // x(t) = x(t-1) + 0.5 + 2.0 * Z(t)
 * TimeProcess.geometricRandomWalk(0.02, 0.1);           // x(t) = x(t-1) * exp(0.02 + 0.1 * Z(t))
 * TimeProcess.milestones(Map.of(2019, 100.0, 2025, 130.0, 2030, 150.0));
 * }</pre>
 */
public sealed interface TimeProcess {
    /**
     * The name used in model files: {@code hold}, {@code growth}, {@code random_walk}, {@code milestones}.
     *
     * @return the type name
     */
    String type();

    /**
     * Static: the value drawn at the start (or set by an event) is kept.
     *
     * @return the process
     */
    static TimeProcess hold() {
        return Hold.INSTANCE;
    }

    /**
     * Growth at a yearly rate drawn once per path: x(t) = x(t-1)·(1 + r)<sup>step</sup>.
     *
     * @param rate the distribution of the yearly rate, e.g. {@code Normal.of(0.02, 0.01)}; keep it above -1
     * @return the process
     */
    static TimeProcess growth(Distribution rate) {
        return new Growth(rate);
    }

    /**
     * Growth at a fixed yearly rate.
     *
     * @param rate the yearly rate, e.g. 0.02 for 2 % a year; keep it above -1
     * @return the process
     */
    static TimeProcess growth(double rate) {
        return new Growth(Fixed.of(rate));
    }

    /**
     * Additive random walk with drift: x(t) = x(t-1) + drift·step + volatility·√step·Z, Z standard normal.
     *
     * @param drift      added per year, in the driver's unit; finite
     * @param volatility standard deviation of the yearly innovation, {@literal >=} 0
     * @return the process
     * @throws IllegalArgumentException when {@code drift} is not finite or {@code volatility} is negative
     */
    static TimeProcess randomWalk(double drift, double volatility) {
        return new RandomWalk(drift, volatility, false);
    }

    /**
     * Geometric random walk: x(t) = x(t-1)·exp(drift·step + volatility·√step·Z), Z standard normal.
     *
     * @param drift      log-drift per year, e.g. 0.02 for about 2 % a year; finite
     * @param volatility standard deviation of the yearly log-innovation, {@literal >=} 0
     * @return the process
     * @throws IllegalArgumentException when {@code drift} is not finite or {@code volatility} is negative
     */
    static TimeProcess geometricRandomWalk(double drift, double volatility) {
        return new RandomWalk(drift, volatility, true);
    }

    /**
     * Given values in some years, linear in between and flat before the first and after the last.
     *
     * @param values year → value, at least one, e.g. {@code Map.of(2019, 100.0, 2025, 130.0)}
     * @return the process
     * @throws IllegalArgumentException when there is no milestone or a value is not finite
     */
    static TimeProcess milestones(Map<Integer, Double> values) {
        return new Milestones(values);
    }

    /** Static: the value does not move. */
    record Hold() implements TimeProcess {
        static final Hold INSTANCE = new Hold();

        @java.lang.Override
        public String type() {
            return "hold";
        }
    }

    /**
     * Compound growth at a yearly rate drawn once per path from {@code rate} (a fixed rate is {@code Fixed.of(r)}).
     * A rate of -1 or below drives the value to zero or across it; keep rates above -1.
     *
     * @param rate the yearly growth rate, e.g. 0.02 for 2 % a year
     */
    record Growth(Distribution rate) implements TimeProcess {
        /**
         * Checks the rate.
         *
         * @param rate the yearly growth rate, e.g. 0.02 for 2 % a year
         * @throws NullPointerException when {@code rate} is null
         */
        public Growth {
            Objects.requireNonNull(rate, "rate");
        }

        @java.lang.Override
        public String type() {
            return "growth";
        }
    }

    /**
     * A random walk with drift: each year adds {@code drift} and a normal innovation with standard deviation
     * {@code volatility} (additive), or multiplies by the exponential of both (geometric, for values that stay
     * positive). Innovations are drawn independently every year.
     *
     * @param drift      added each year (additive) or the log-drift (geometric); finite
     * @param volatility standard deviation of the yearly innovation, {@literal >=} 0
     * @param geometric  true for a geometric walk (values stay positive)
     */
    record RandomWalk(double drift, double volatility, boolean geometric) implements TimeProcess {
        /**
         * Checks drift and volatility.
         *
         * @param drift      added each year (additive) or the log-drift (geometric); finite
         * @param volatility standard deviation of the yearly innovation, {@literal >=} 0
         * @param geometric  true for a geometric walk (values stay positive)
         * @throws IllegalArgumentException when {@code drift} is not finite or {@code volatility} is negative or
         *                                  not finite
         */
        public RandomWalk {
            if (!Double.isFinite(drift)) {
                throw new IllegalArgumentException("drift is " + drift + "; must be a finite number");
            }
            if (!Double.isFinite(volatility) || volatility < 0) {
                throw new IllegalArgumentException("volatility is " + volatility + "; must be a finite number >= 0");
            }
        }

        @java.lang.Override
        public String type() {
            return "random_walk";
        }
    }

    /**
     * Values given in some years ({@code 2019: 100, 2025: 130}); in between linear, before the first year the
     * first value and after the last year the last value. The process moves the driver by the path's change
     * from one year to the next, so a driver whose start value is the path's value in the first year follows
     * the path exactly, and an uncertain start value shifts the whole path.
     *
     * @param values year → value, at least one
     */
    record Milestones(Map<Integer, Double> values) implements TimeProcess {
        /**
         * Checks and sorts the milestones by year.
         *
         * @param values year → value, at least one
         * @throws NullPointerException     when {@code values} or a year in it is null
         * @throws IllegalArgumentException when there is no milestone or a value is missing or not finite
         */
        public Milestones {
            Objects.requireNonNull(values, "values");
            if (values.isEmpty()) {
                throw new IllegalArgumentException("milestones need at least one year with a value, e.g. {2019: 100}");
            }
            var sorted = new TreeMap<Integer, Double>();
            values.forEach((year, v) -> {
                Objects.requireNonNull(year, "year");
                if (v == null || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("the milestone value of " + year + " is " + v
                            + "; must be a finite number");
                }
                sorted.put(year, v);
            });
            values = Collections.unmodifiableSortedMap(sorted);
        }

        @java.lang.Override
        public String type() {
            return "milestones";
        }

        /**
         * The value in {@code year}: linear between milestones, flat outside them.
         *
         * @param year a year, possibly fractional
         * @return the value
         */
        public double valueAt(double year) {
            var m = (java.util.SortedMap<Integer, Double>) values;
            if (year <= m.firstKey()) {
                return m.get(m.firstKey());
            }
            if (year >= m.lastKey()) {
                return m.get(m.lastKey());
            }
            int lo = m.headMap((int) Math.floor(year) + 1).lastKey();
            int hi = m.tailMap((int) Math.floor(year) + 1).firstKey();
            double a = m.get(lo);
            double b = m.get(hi);
            return a + (b - a) * (year - lo) / (hi - lo);
        }
    }
}
