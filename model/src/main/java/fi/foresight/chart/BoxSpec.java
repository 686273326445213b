package fi.foresight.chart;

import java.util.List;
import java.util.Objects;

/**
 * Box plots from percentiles (box P25–P75, median line, whiskers P5–P95): one box per category and group,
 * the groups told apart by colour (e.g. scenarios as categories and levers as colours), so that many
 * scenario × lever pairs stay legible.
 *
 * @param title      the title
 * @param valueAxis  the value axis title
 * @param categories the categories along the axis
 * @param groups     the groups (colours, in the legend); one group is shown without a legend
 * @param boxes      {@code boxes.get(g).get(c)}: the box of group g in category c, or null for none
 */
public record BoxSpec(Text title, Text valueAxis, List<Text> categories, List<Text> groups,
                      List<List<FiveNumbers>> boxes) implements ChartSpec {
    /**
     * Checks and copies the parts.
     *
     * @param title      the title
     * @param valueAxis  the value axis title
     * @param categories the categories
     * @param groups     the groups
     * @param boxes      the boxes per group and category
     */
    public BoxSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueAxis, "valueAxis");
        categories = List.copyOf(categories);
        groups = List.copyOf(groups);
        Checks.sameLength("boxes", boxes.size(), "groups", groups.size());
        var copy = new java.util.ArrayList<List<FiveNumbers>>();
        for (List<FiveNumbers> g : boxes) {
            Checks.sameLength("boxes of a group", g.size(), "categories", categories.size());
            copy.add(java.util.Collections.unmodifiableList(new java.util.ArrayList<>(g)));
        }
        boxes = List.copyOf(copy);
    }
}
