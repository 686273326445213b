package fi.foresight.jupyter;

import tech.tablesaw.api.Table;

/**
 * What a notebook's code calls to show things inline; the kernel's start-up defines {@code display(value)} and
 * {@code print(table)} on top of it. Outside a running kernel the calls print text.
 */
public final class Notebook {
    private static volatile ForesightKernel kernel;

    private Notebook() {
    }

    static void attach(ForesightKernel k) {
        kernel = k;
    }

    /**
     * Shows a value below the cell: a table as HTML (first rows), a chart as SVG and PNG, a model as a summary,
     * a run directory as links to its report, anything else as text.
     *
     * @param value the value (null shows "null")
     */
    public static void display(Object value) {
        ForesightKernel k = kernel;
        if (k == null || value == null) {
            System.out.println(value);
            return;
        }
        System.out.flush();
        k.display(Displays.of(value));
    }

    /**
     * Shows a whole table (up to 500 rows) below the cell.
     *
     * @param table the table
     */
    public static void displayInFull(Table table) {
        ForesightKernel k = kernel;
        if (k == null) {
            System.out.println(table.printAll());
            return;
        }
        System.out.flush();
        k.display(TableDisplay.of(table, 500));
    }
}
