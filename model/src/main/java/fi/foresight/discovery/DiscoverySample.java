package fi.foresight.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * The futures kept for scenario discovery: run r (scenario {@code r / levers}, lever {@code r % levers}) holds
 * futures {@code r * samples} to {@code (r + 1) * samples - 1}.
 *
 * @param outcome   the outcome column
 * @param scenarios the scenario ids of the runs
 * @param levers    the lever ids of the runs
 * @param samples   futures per run
 * @param drivers   the driver names kept as inputs
 * @param inputs    {@code inputs[k][i]}: driver k in future i
 * @param outcomes  the outcome in future i
 */
public record DiscoverySample(String outcome, List<String> scenarios, List<String> levers, int samples,
                              List<String> drivers, double[][] inputs, double[] outcomes) {
    /**
     * The search data: the drivers, then the scenario and the lever as categorical inputs when there are several,
     * and whether each future meets {@code at_least ≤ outcome ≤ at_most}.
     *
     * @param atLeast the lower bound of the condition, NaN for none
     * @param atMost  the upper bound of the condition, NaN for none
     * @return the data for {@link Prim} or {@link Cart}
     */
    public DiscoveryData data(double atLeast, double atMost) {
        var names = new ArrayList<>(drivers);
        var levels = new ArrayList<List<String>>();
        drivers.forEach(d -> levels.add(List.of()));
        var x = new ArrayList<double[]>(List.of(inputs));
        int n = outcomes.length;
        if (scenarios.size() > 1) {
            names.add("scenario");
            levels.add(scenarios);
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = (i / samples) / levers.size();
            }
            x.add(c);
        }
        if (levers.size() > 1) {
            names.add("lever");
            levels.add(levers);
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = (i / samples) % levers.size();
            }
            x.add(c);
        }
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            y[i] = !(outcomes[i] < atLeast) && !(outcomes[i] > atMost);
        }
        return new DiscoveryData(names, levels, x.toArray(double[][]::new), y);
    }
}
