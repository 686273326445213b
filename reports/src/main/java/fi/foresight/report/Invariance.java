package fi.foresight.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Finds result tables whose rows do not differ between scenarios, so the report can show them once with a sentence
 * saying so (the CSV and XLSX keep every row).
 */
final class Invariance {
    /** The column that names a table's scenario. */
    static final String SCENARIO = "scenario";

    private Invariance() {
    }

    /**
     * The rows of the first scenario without the scenario column, when every scenario has exactly the same rows
     * (same order, same values); empty when the table has no scenario column, one scenario only, or any
     * difference.
     */
    static Optional<Table> sameInEveryScenario(Table t) {
        if (!t.columnNames().contains(SCENARIO) || !(t.column(SCENARIO) instanceof StringColumn sc) || t.rowCount() < 2) {
            return Optional.empty();
        }
        List<String> scenarios = sc.unique().asList();
        if (scenarios.size() < 2) {
            return Optional.empty();
        }
        List<String> others = new ArrayList<>(t.columnNames());
        others.remove(SCENARIO);
        List<List<String>> first = null;
        for (String s : scenarios) {
            Table part = t.where(sc.isEqualTo(s));
            var rows = new ArrayList<List<String>>();
            for (int i = 0; i < part.rowCount(); i++) {
                var row = new ArrayList<String>();
                for (String c : others) {
                    Column<?> col = part.column(c);
                    row.add(col.getString(i));
                }
                rows.add(row);
            }
            if (first == null) {
                first = rows;
            } else if (!first.equals(rows)) {
                return Optional.empty();
            }
        }
        Table once = t.where(sc.isEqualTo(scenarios.get(0))).copy();
        once.removeColumns(SCENARIO);
        once.setName(t.name());
        return Optional.of(once);
    }
}
