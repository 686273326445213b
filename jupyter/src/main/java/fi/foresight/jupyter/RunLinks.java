package fi.foresight.jupyter;

import fi.foresight.rundir.RunDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * A run directory (one with {@code run.json}) as links to its reports and a count of its tables and charts. Links
 * are relative to the kernel's working directory, which Jupyter sets to the notebook's folder, so they open
 * from the notebook page.
 */
final class RunLinks {

    private RunLinks() {
    }

    /**
     * True when {@code value} is a path to a finished run's directory.
     *
     * @param value any value
     * @return whether {@link #of(Path)} applies
     */
    static boolean isRun(Object value) {
        return value instanceof Path p && Files.isRegularFile(p.resolve(RunDirectory.MANIFEST));
    }

    /**
     * The links as {@code text/html}, the file list as {@code text/plain}.
     *
     * @param run the run directory
     * @return the display data
     */
    static DisplayData of(Path run) {
        List<Path> reports = list(run).filter(p -> p.getFileName().toString().startsWith("report")).toList();
        long tables = count(run.resolve("tables"));
        long charts = count(run.resolve("charts"));
        Path base = Path.of("").toAbsolutePath();
        StringBuilder text = new StringBuilder("Run ").append(run);
        StringBuilder html = new StringBuilder("<div class=\"foresight-run\"><p>Run <code>")
                .append(Html.escape(run.toString())).append("</code>: ");
        for (Path report : reports) {
            Path abs = report.toAbsolutePath().normalize();
            String href = abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toUri().toString();
            text.append("\n  ").append(report.getFileName());
            html.append("<a href=\"").append(Html.escape(href)).append("\" target=\"_blank\">")
                    .append(Html.escape(report.getFileName().toString())).append("</a> ");
        }
        text.append("\n  ").append(tables).append(" tables, ").append(charts).append(" charts");
        html.append("· ").append(tables).append(" tables, ").append(charts).append(" charts</p></div>");
        DisplayData data = new DisplayData(text.toString());
        data.putHTML(html.toString());
        return data;
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Path dir) {
        return Files.isDirectory(dir) ? list(dir).count() : 0;
    }
}
