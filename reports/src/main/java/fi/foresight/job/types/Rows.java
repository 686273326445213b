package fi.foresight.job.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** Reorders the rows of result tables for readers; the columns and their values stay as the analysis made them. */
final class Rows {
    private Rows() {
    }

    /**
     * The rows grouped by {@code group} (groups in order of first appearance) and within a group ordered by the
     * number column {@code by}, the largest first when {@code descending}; NaN last, ties in their original order.
     */
    static Table sortedWithin(Table t, String group, String by, boolean descending) {
        return sortedWithin(t, group, by, descending, false);
    }

    /** As {@link #sortedWithin(Table, String, String, boolean)}, ordering by absolute value when {@code absolute}. */
    static Table sortedWithin(Table t, String group, String by, boolean descending, boolean absolute) {
        var groups = new LinkedHashMap<String, List<Integer>>();
        for (int r = 0; r < t.rowCount(); r++) {
            groups.computeIfAbsent(t.column(group).getString(r), k -> new ArrayList<>()).add(r);
        }
        var column = (NumericColumn<?>) t.column(by);
        Comparator<Integer> order = Comparator.comparingDouble(r -> {
            double v = column.getDouble(r);
            if (Double.isNaN(v)) {
                return Double.POSITIVE_INFINITY;
            }
            double key = absolute ? Math.abs(v) : v;
            return descending ? -key : key;
        });
        Table sorted = t.emptyCopy();
        for (List<Integer> rows : groups.values()) {
            rows.stream().sorted(order).forEach(r -> sorted.addRow(r, t));
        }
        return sorted;
    }
}
