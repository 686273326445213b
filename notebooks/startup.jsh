// Foresight Workbench: what every notebook (and `./foresight jshell`) starts with.
// Imports of the workbench's packages, Tablesaw's table API and the everyday Java ones, so that a notebook can
// say Model, MonteCarlo, Charts, Table or Path without ceremony. None of these names clash with each other.

import java.nio.file.*
import java.util.*
import java.util.stream.*

import tech.tablesaw.api.*

import fi.foresight.model.*
import fi.foresight.io.*
import fi.foresight.distributions.*
import fi.foresight.expression.*
import fi.foresight.evaluation.*
import fi.foresight.sampling.*
import fi.foresight.montecarlo.*
import fi.foresight.statistics.*
import fi.foresight.time.*
import fi.foresight.sensitivity.*
import fi.foresight.cib.*
import fi.foresight.structure.*
import fi.foresight.futurestable.*
import fi.foresight.decision.*
import fi.foresight.discovery.*
import fi.foresight.analysis.*
import fi.foresight.chart.*

// The workbench's scenarios/ folder (the Kanta-Häme study, the examples): under -Dforesight.home when
// ./foresight jshell sets it, else in the current folder or the nearest one above it that has one.
// (JShell ends a statement at the end of a line when it can: chained calls keep their dot at the line's end.)
Path scenarios = Optional.ofNullable(System.getProperty("foresight.home")).
        map(home -> Path.of(home, "scenarios")).
        orElseGet(() -> Stream.iterate(Path.of("").toAbsolutePath(), Objects::nonNull, Path::getParent).
                map(dir -> dir.resolve("scenarios")).
                filter(Files::isDirectory).
                findFirst().
                orElse(Path.of("scenarios")))

// Shows every chart of an analysis result (a window each, or PNGs under ./charts/ when there is no display).
void showAll(AnalysisResult result) {
    result.charts().values().forEach(Charts::show);
}

// A copy of a table with its numbers rounded to four significant digits, for reading (the table keeps full precision).
Table rounded(Table table) {
    Table shown = table.copy();
    for (String name : shown.columnNames()) {
        if (shown.column(name) instanceof DoubleColumn numbers) {
            shown.replaceColumn(name, numbers.map(x -> x == null || !Double.isFinite(x) || x == 0 ? x :
                    new java.math.BigDecimal(x).round(new java.math.MathContext(4)).doubleValue()));
        }
    }
    return shown;
}

// Prints a table in full with its numbers rounded (in a Jupyter notebook: shows it as a table).
void print(Table table) {
    System.out.println(rounded(table).printAll());
}

// Shows a chart (a window, or a PNG under ./charts/), prints a table or any other value. In a Jupyter notebook
// the Foresight kernel shows it inline instead: a table as HTML, a chart as a picture, a model as a summary.
void display(Object value) {
    if (value instanceof fi.foresight.chart.ChartSpec chart) {
        Charts.show(chart);
    } else if (value instanceof Table table) {
        print(table);
    } else {
        System.out.println(value);
    }
}
