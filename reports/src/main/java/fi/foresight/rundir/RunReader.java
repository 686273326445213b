package fi.foresight.rundir;

import fi.foresight.job.ModelSources;
import fi.foresight.model.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Reads a finished run directory back into {@link RunContents}: run.json, the model copy under {@code inputs/},
 * the tables from {@code tables/*.csv} (with the column types recorded in run.json) and the charts from
 * {@code charts/}. Every path named in run.json is confined to the directory.
 *
 * <pre>{@code
 * RunContents run = RunReader.read(Path.of("runs/demo"));
 * }</pre>
 */
public final class RunReader {
    private RunReader() {
    }

    /** Reads the run; a missing or damaged run is an {@link IllegalArgumentException} saying what is missing. */
    public static RunContents read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory");
        }
        Path manifestFile = dir.resolve(RunDirectory.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException(dir + " is not a finished run: it has no " + RunDirectory.MANIFEST);
        }
        Manifest manifest = Manifest.read(manifestFile);
        return read(dir, manifest);
    }

    /** Reads the run's files with a manifest already at hand. */
    public static RunContents read(Path dir, Manifest manifest) {
        if (manifest.model() == null || manifest.model().copy() == null) {
            throw new IllegalArgumentException(dir + "/run.json names no model copy under inputs/");
        }
        Model model = ModelSources.load(RunDirectory.resolveConfined(dir, manifest.model().copy())).model();
        var results = new ArrayList<RunContents.Result>();
        for (Manifest.Analysis a : manifest.analyses()) {
            var tables = new ArrayList<Table>();
            for (Manifest.TableEntry t : a.tables()) {
                Path file = RunDirectory.resolveConfined(dir, t.file());
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException(dir + " has no " + t.file() + " (was the run written without "
                            + "the csv output?); the report cannot be made again without its tables");
                }
                tables.add(CsvTables.read(file, t.name(), t.columns()));
            }
            var charts = new ArrayList<RenderedChart>();
            for (Manifest.ChartEntry c : a.charts()) {
                charts.add(new RenderedChart(c.name(), c.title(), bytes(dir, c, ".png"),
                        new String(bytes(dir, c, ".svg"), StandardCharsets.UTF_8), bytes(dir, c, ".pdf")));
            }
            results.add(new RunContents.Result(a, tables, charts));
        }
        return new RunContents(manifest, model, results);
    }

    private static byte[] bytes(Path dir, Manifest.ChartEntry c, String ext) {
        String rel = "charts/" + c.name() + ext;
        Path file = RunDirectory.resolveConfined(dir, rel);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " has no " + rel + " (was the run written without the png "
                    + "output?); the report cannot be made again without its charts");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The files of a run under {@code dirs}, relative to {@code root}, sorted, with sizes and SHA-256. */
    public static List<Manifest.FileEntry> files(Path root, String... dirs) {
        var out = new ArrayList<Manifest.FileEntry>();
        for (String d : dirs) {
            Path sub = root.resolve(d);
            if (!Files.isDirectory(sub)) {
                continue;
            }
            try (var s = Files.walk(sub)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    byte[] b = Files.readAllBytes(p);
                    out.add(new Manifest.FileEntry(root.relativize(p).toString().replace('\\', '/'), b.length,
                            fi.foresight.job.Hashes.sha256(b)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
