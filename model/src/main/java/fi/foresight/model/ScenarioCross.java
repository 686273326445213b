package fi.foresight.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The scenario cross (2 × 2 scenario matrix): two key uncertainties with two poles each span four scenarios, one
 * per combination of poles. Scenarios are listed in the order (x first, y first), (x first, y second),
 * (x second, y first), (x second, y second); unnamed ones are called "x pole / y pole".
 *
 * <pre>{@code
 * ScenarioCross cross = ScenarioCross.of(new Axis("policy", "weak", "strong"), new Axis("technology", "slow", "fast"))
 *         .name("strong", "fast", "Green leap")
 *         .name("weak", "slow", "Drift");
 * cross.scenarios();
 * // with the axes as factors of a futures table, each scenario is the table with both poles fixed:
 * cross.within(table).get(cross.scenarios().get(0)).count();
 * }</pre>
 *
 * @param x     the first key uncertainty
 * @param y     the second key uncertainty
 * @param names scenario names keyed by "xPole|yPole"; missing ones are generated
 */
public record ScenarioCross(Axis x, Axis y, Map<String, String> names) {

    /** Name of the table returned by {@link #table(FuturesTable)}. */
    public static final String TABLE = "scenario-cross";

    /**
     * One of the four scenarios.
     *
     * @param name  its name
     * @param xPole the pole of the first uncertainty
     * @param yPole the pole of the second uncertainty
     */
    public record CrossScenario(String name, String xPole, String yPole) {
        /**
         * Checks the parts.
         *
         * @param name  its name
         * @param xPole the pole of the first uncertainty
         * @param yPole the pole of the second uncertainty
         * @throws NullPointerException when the name or a pole is null
         */
        public CrossScenario {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(xPole, "xPole");
            Objects.requireNonNull(yPole, "yPole");
        }
    }

    /**
     * Checks the parts.
     *
     * @param x     the first key uncertainty
     * @param y     the second key uncertainty
     * @param names scenario names keyed by "xPole|yPole"; missing ones are generated
     * @throws NullPointerException     when an axis is null
     * @throws IllegalArgumentException when both axes have the same name or a scenario key is not {@code xPole|yPole}
     *                                  with poles of the axes
     */
    public ScenarioCross {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.name().equals(y.name())) {
            throw new IllegalArgumentException("both axes are \"" + x.name() + "\"; a scenario cross needs two different "
                    + "key uncertainties");
        }
        names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
        for (String key : names.keySet()) {
            String[] poles = key.split("\\|", -1);
            if (poles.length != 2 || !x.has(poles[0]) || !y.has(poles[1])) {
                throw new IllegalArgumentException("scenario key \"" + key + "\" is not \"xPole|yPole\" with poles of "
                        + x.name() + " " + List.of(x.first(), x.second()) + " and " + y.name() + " "
                        + List.of(y.first(), y.second()));
            }
        }
    }

    /**
     * A scenario cross over two key uncertainties, its four quadrants not yet named.
     *
     * @param x the horizontal axis
     * @param y the vertical axis
     * @return the cross
     * @throws IllegalArgumentException when both axes have the same name
     */
    public static ScenarioCross of(Axis x, Axis y) {
        return new ScenarioCross(x, y, Map.of());
    }

    /**
     * Names the scenario with these poles.
     *
     * @param xPole        a pole of the x axis
     * @param yPole        a pole of the y axis
     * @param scenarioName the scenario's name, e.g. {@code "Green growth"}
     * @return the new cross
     * @throws IllegalArgumentException when a pole is not one of its axis
     */
    public ScenarioCross name(String xPole, String yPole, String scenarioName) {
        Map<String, String> n = new LinkedHashMap<>(names);
        n.put(xPole + "|" + yPole, Objects.requireNonNull(scenarioName, "scenario name"));
        return new ScenarioCross(x, y, n);
    }

    /**
     * The four scenarios in quadrant order.
     *
     * @return the four scenarios
     */
    public List<CrossScenario> scenarios() {
        List<CrossScenario> out = new ArrayList<>();
        for (String xp : List.of(x.first(), x.second())) {
            for (String yp : List.of(y.first(), y.second())) {
                out.add(new CrossScenario(names.getOrDefault(xp + "|" + yp, xp + " / " + yp), xp, yp));
            }
        }
        return out;
    }

    /**
     * Each scenario as the futures table with both poles fixed: the axes must be factors of {@code table} (by
     * id) and the poles states of them.
     *
     * @param table a futures table with both axes as factors
     * @return scenario → the table with its poles fixed
     * @throws IllegalArgumentException when an axis or pole is not in {@code table}
     */
    public Map<CrossScenario, FuturesTable> within(FuturesTable table) {
        Map<CrossScenario, FuturesTable> out = new LinkedHashMap<>();
        for (CrossScenario s : scenarios()) {
            out.put(s, table.fix(x.name(), s.xPole()).fix(y.name(), s.yPole()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Table {@value #TABLE}: {@code scenario, x_pole, y_pole, configurations} (consistent configurations of
     * {@code table} under both poles; pass {@code null} to leave the column out).
     *
     * @param table a futures table with both axes as factors
     * @return a new table
     * @throws IllegalArgumentException when an axis or pole is not in {@code table}
     */
    public Table table(FuturesTable table) {
        StringColumn name = StringColumn.create("scenario");
        StringColumn xp = StringColumn.create("x_pole");
        StringColumn yp = StringColumn.create("y_pole");
        LongColumn count = LongColumn.create("configurations");
        Map<CrossScenario, FuturesTable> fixed = table == null ? Map.of() : within(table);
        for (CrossScenario s : scenarios()) {
            name.append(s.name());
            xp.append(s.xPole());
            yp.append(s.yPole());
            if (table != null) {
                count.append(fixed.get(s).count());
            }
        }
        Table t = Table.create(TABLE, name, xp, yp);
        if (table != null) {
            t.addColumns(count);
        }
        return t;
    }
}
