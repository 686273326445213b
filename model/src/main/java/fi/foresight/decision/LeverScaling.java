package fi.foresight.decision;

import fi.foresight.distributions.Fixed;
import fi.foresight.model.Change;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import java.util.ArrayList;
import java.util.List;

/**
 * A lever's change at a strength s: a shift by a becomes a shift by s·a, a scaling by f a scaling by 1 + s·(f − 1),
 * a weight w (stated weight w₀) the weight w₀ + s·(w − w₀); s = 1 is the lever as written, s = 0 no change. A lever
 * that replaces a driver's distribution cannot be scaled (seek the driver's value instead). A driver value v is the
 * lever that sets the driver to v.
 */
final class LeverScaling {
    private LeverScaling() {
    }

    /**
     * Why a lever cannot be scaled, or null when it can.
     *
     * @param lever the lever
     * @return the reason, or null
     */
    static String unscalable(Lever lever) {
        if (lever.overrides().isEmpty()) {
            return "lever '" + lever.id() + "' changes nothing, so there is no strength to seek";
        }
        for (Change c : lever.overrides()) {
            if (c instanceof Change.SetDistribution) {
                return "lever '" + lever.id() + "' replaces the distribution of '" + c.driver() + "', which has no "
                        + "strength to scale; goal seek scales shifts, scalings and weights, or seeks a driver's value "
                        + "(driver: " + c.driver() + ")";
            }
        }
        return null;
    }

    /** The lever at strength {@code s}. */
    static Lever scaled(Model model, Lever lever, double s) {
        String why = unscalable(lever);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        var changes = new ArrayList<Change>();
        for (Change c : lever.overrides()) {
            if (c instanceof Change.Shift sh) {
                changes.add(new Change.Shift(sh.driver(), s * sh.amount()));
            } else if (c instanceof Change.Scale sc) {
                changes.add(new Change.Scale(sc.driver(), 1 + s * (sc.factor() - 1)));
            } else if (c instanceof Change.SetWeight sw) {
                for (Panel p : model.panels()) {
                    if (sw.panel().equals(Change.SetWeight.ALL_PANELS) || sw.panel().equals(p.id())) {
                        double w0 = stated(p, sw.driver());
                        changes.add(new Change.SetWeight(p.id(), sw.driver(), w0 + s * (sw.weight() - w0)));
                    }
                }
            }
        }
        return new Lever(lever.id(), lever.label(), lever.labelFi(), lever.description(), lever.descriptionFi(),
                lever.sources(), List.copyOf(changes), lever.from());
    }

    /** The lever that sets {@code driver} to {@code value} (on top of the scenario). */
    static Lever driverAt(String driver, double value) {
        return Lever.of("goal_seek_" + driver).set(driver, Fixed.of(value));
    }

    private static double stated(Panel p, String driver) {
        Double w = p.weights().get(driver);
        if (w != null) {
            return w;
        }
        var d = p.weightDistributions().get(driver);
        return d == null ? 0 : d.mean();
    }
}
