package fi.foresight.views;

import fi.foresight.distributions.Derived;
import fi.foresight.model.Driver;
import fi.foresight.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis of a model's drivers that come from people's views ({@code fit:}, {@code type: elicited},
 * {@code type: pooled}): their fits, quantiles and experts as tables and charts. It draws nothing; the same model gives
 * the same tables.
 *
 * <pre>{@code
 * ViewsResult r = Views.of(ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"))).run();
 * r.tables();   // views-fits, views-quantiles, views-experts
 * r.charts();   // views-qq-1 …, views-elicited-1 …, views-pool-1 …
 * }</pre>
 */
public final class Views {
    private final Model model;

    private Views(Model model) {
        this.model = model;
    }

    /**
     * The analysis of a model.
     *
     * @param model the model
     * @return the analysis, ready to run
     */
    public static Views of(Model model) {
        return new Views(model);
    }

    /**
     * The drivers whose distribution is fitted, elicited or pooled, in the model's order.
     *
     * @param model the model
     * @return the drivers
     */
    public static List<Driver> derived(Model model) {
        var out = new ArrayList<Driver>();
        for (Driver d : model.drivers()) {
            if (d.distribution() instanceof Derived) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Builds the tables, charts and findings.
     *
     * @return the result
     */
    public ViewsResult run() {
        List<Driver> drivers = derived(model);
        return new ViewsResult(model, ViewsTables.of(drivers), ViewsCharts.of(model, drivers),
                ViewsTables.findings(drivers));
    }
}
