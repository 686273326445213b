package fi.foresight.time;

import fi.foresight.chart.FanBands;
import java.util.Arrays;
import java.util.List;

/**
 * One outcome's path through the horizon in one scenario × lever: its statistics year by year and a few whole
 * sample paths.
 *
 * <pre>{@code
 * OutcomeTrajectory t = result.outcome("base", "none", "exports");
 * t.mean();            // one mean per year
 * t.percentile(95);    // one 95th percentile per year
 * t.fanBands();        // for Charts.fan
 * }</pre>
 *
 * @param scenario    scenario id
 * @param lever       lever id
 * @param outcome     outcome column
 * @param years       statistics per year, in year order
 * @param samplePaths {@code samplePaths[k][t]}: path k in year index t (the first paths of the first block)
 */
public record OutcomeTrajectory(String scenario, String lever, String outcome, List<YearStatistics> years,
                                double[][] samplePaths) {
    /**
     * Copies the parts; null sample paths become none.
     *
     * @param scenario    scenario id
     * @param lever       lever id
     * @param outcome     outcome column
     * @param years       statistics per year, in year order
     * @param samplePaths {@code samplePaths[k][t]}: path k in year index t (the first paths of the first block)
     */
    public OutcomeTrajectory {
        years = List.copyOf(years);
        samplePaths = copy(samplePaths == null ? new double[0][] : samplePaths);
    }

    /**
     * A few whole sample paths, {@code samplePaths[k][t]} being path k in year index t.
     *
     * @return a copy of the paths, possibly empty
     */
    @Override
    public double[][] samplePaths() {
        return copy(samplePaths);
    }

    /**
     * The years, in order.
     *
     * @return a new array of the years
     */
    public int[] yearValues() {
        return years.stream().mapToInt(YearStatistics::year).toArray();
    }

    /**
     * The statistics of one year.
     *
     * @param year a year of the horizon
     * @return the statistics
     * @throws IllegalArgumentException when {@code year} is not on the horizon
     */
    public YearStatistics in(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().orElseThrow(() ->
                new IllegalArgumentException("year " + year + " is not on the horizon " + years.get(0).year() + "–"
                        + years.get(years.size() - 1).year()));
    }

    /**
     * The mean per year.
     *
     * @return one mean per year
     */
    public double[] mean() {
        return years.stream().mapToDouble(YearStatistics::mean).toArray();
    }

    /**
     * One of the nine kept percentiles per year, e.g. {@code percentile(50)}.
     *
     * @param percent 1, 5, 10, 25, 50, 75, 90, 95 or 99
     * @return one value per year
     * @throws IllegalArgumentException when {@code percent} is not kept
     */
    public double[] percentile(int percent) {
        return years.stream().mapToDouble(y -> y.percentile(percent)).toArray();
    }

    /**
     * The 5/25/50/75/95 percentile paths for a fan chart.
     *
     * @return the bands
     */
    public FanBands fanBands() {
        return new FanBands(percentile(5), percentile(25), percentile(50), percentile(75), percentile(95));
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutcomeTrajectory t && t.scenario.equals(scenario) && t.lever.equals(lever)
                && t.outcome.equals(outcome) && t.years.equals(years) && Arrays.deepEquals(t.samplePaths, samplePaths);
    }

    @Override
    public int hashCode() {
        return (scenario + lever + outcome).hashCode() * 31 + years.hashCode();
    }
}
