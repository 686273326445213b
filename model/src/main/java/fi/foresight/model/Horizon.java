package fi.foresight.model;

/**
 * The years a model looks ahead: from {@code start} to {@code end} in steps of {@code step} years (yearly by
 * default). A model with a horizon can be run as trajectories, one value per driver and outcome per year;
 * its expressions may then use {@code year} and {@code prev(x)}.
 *
 * <pre>{@code
 * Horizon h = Horizon.of(2019, 2030);        // 2019, 2020, …, 2030
 * Horizon five = new Horizon(2020, 2050, 5); // 2020, 2025, …, 2050
 * h.size();                                   // 12
 * }</pre>
 *
 * @param start the first year
 * @param end   the last year; {@code end - start} is a multiple of {@code step}
 * @param step  years between two points of the horizon, at least 1
 */
public record Horizon(int start, int end, int step) {
    /** The latest year accepted, so that year arithmetic never overflows. */
    public static final int MAX_YEAR = 100_000;
    /** Most points a horizon may have. */
    public static final int MAX_POINTS = 10_000;

    /**
     * Checks the years.
     *
     * @param start the first year
     * @param end   the last year; {@code end - start} is a multiple of {@code step}
     * @param step  years between two points of the horizon, at least 1
     * @throws IllegalArgumentException when a year lies beyond {@value #MAX_YEAR}, {@code step < 1},
     *                                  {@code end < start}, {@code end - start} is not a multiple of {@code step} or
     *                                  the horizon has more than {@value #MAX_POINTS} points
     */
    public Horizon {
        if (Math.abs(start) > MAX_YEAR || Math.abs(end) > MAX_YEAR) {
            throw new IllegalArgumentException("horizon years must lie within +-" + MAX_YEAR + "; got " + start
                    + " to " + end);
        }
        if (step < 1) {
            throw new IllegalArgumentException("horizon step is " + step + "; must be >= 1 (years between points)");
        }
        if (end < start) {
            throw new IllegalArgumentException("horizon end (" + end + ") is before its start (" + start
                    + "); end must be >= start");
        }
        if ((end - start) % step != 0) {
            int below = start + (end - start) / step * step;
            throw new IllegalArgumentException("horizon end (" + end + ") is not start (" + start + ") plus whole steps of "
                    + step + "; use end " + below + " or " + (below + step));
        }
        if ((end - start) / step + 1 > MAX_POINTS) {
            throw new IllegalArgumentException("the horizon has " + ((end - start) / step + 1) + " points; at most "
                    + MAX_POINTS + " are allowed");
        }
    }

    /**
     * Yearly from {@code start} to {@code end}.
     *
     * @param start the first year
     * @param end   the last year, not before {@code start}
     * @return the horizon
     * @throws IllegalArgumentException when {@code end < start} or a year is out of range
     */
    public static Horizon of(int start, int end) {
        return new Horizon(start, end, 1);
    }

    /**
     * The number of years on the horizon.
     *
     * @return the number of years
     */
    public int size() {
        return (end - start) / step + 1;
    }

    /**
     * The i-th year (0 is {@link #start()}).
     *
     * @param index 0 to {@code size() - 1}
     * @return the year
     * @throws IndexOutOfBoundsException when {@code index} is outside [0, size())
     */
    public int year(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("year index " + index + " outside [0, " + size() + ")");
        }
        return start + index * step;
    }

    /**
     * Every year, in order.
     *
     * @return a new array of the years
     */
    public int[] years() {
        int[] y = new int[size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = start + i * step;
        }
        return y;
    }

    /**
     * True when {@code year} is one of the horizon's years.
     *
     * @param year a year
     * @return whether it is on the horizon
     */
    public boolean contains(int year) {
        return year >= start && year <= end && (year - start) % step == 0;
    }

    /**
     * The index of the first horizon year at or after {@code year}: 0 for years up to the start, {@link #size()}
     * for years after the end.
     *
     * @param year a year
     * @return the index, 0 to {@link #size()}
     */
    public int firstIndexFrom(int year) {
        if (year <= start) {
            return 0;
        }
        if (year > end) {
            return size();
        }
        return (year - start + step - 1) / step;
    }
}
