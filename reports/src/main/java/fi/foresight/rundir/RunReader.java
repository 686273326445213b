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
        Manifest manifest = Manifest.readComplete(manifestFile);
        return read(dir, manifest);
    }

    /** Reads the run's files with a manifest already at hand. */
    public static RunContents read(Path dir, Manifest manifest) {
        if (manifest.model() == null || manifest.model().copy() == null) {
            throw new IllegalArgumentException(dir + "/run.json names no model copy under inputs/");
        }
        Model model = ModelSources.load(confined(dir, manifest.model().copy(), "model.copy")).model();
        var results = new ArrayList<RunContents.Result>();
        for (int i = 0; i < manifest.analyses().size(); i++) {
            Manifest.Analysis a = manifest.analyses().get(i);
            var tables = new ArrayList<Table>();
            for (int j = 0; j < a.tables().size(); j++) {
                Manifest.TableEntry t = a.tables().get(j);
                Path file = confined(dir, t.file(), "analyses[" + i + "].tables[" + j + "].file");
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException(dir + " has no " + t.file() + " (was the run written without "
                            + "the csv output?); the report cannot be made again without its tables");
                }
                tables.add(table(file, t));
            }
            var charts = new ArrayList<RenderedChart>();
            for (int j = 0; j < a.charts().size(); j++) {
                Manifest.ChartEntry c = a.charts().get(j);
                confined(dir, "charts/" + c.name() + ".png", "analyses[" + i + "].charts[" + j + "].name");
                // each report language gets its own drawing; a run drawn in English only lends it to Finnish
                for (String language : List.of("en", "fi")) {
                    String own = RenderedChart.stem(c.name(), language);
                    String stem = Files.isRegularFile(dir.resolve("charts").resolve(own + ".svg")) ? own : c.name();
                    charts.add(new RenderedChart(c.name(), language, c.title(), bytes(dir, stem, ".png"),
                            new String(bytes(dir, stem, ".svg"), StandardCharsets.UTF_8), bytes(dir, stem, ".pdf")));
                }
            }
            results.add(new RunContents.Result(a, tables, charts));
        }
        return new RunContents(manifest, model, results);
    }

    /** {@code dir/relative}, or a problem naming run.json and the field when the name leaves the directory. */
    private static Path confined(Path dir, String relative, String field) {
        try {
            return RunDirectory.resolveConfined(dir, relative);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(dir.resolve(RunDirectory.MANIFEST) + ": " + field + ": " + e.getMessage());
        }
    }

    private static Table table(Path file, Manifest.TableEntry t) {
        try {
            return CsvTables.read(file, t.name(), t.columns());
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException(file + ": a row does not fit the columns recorded in run.json (a cell "
                    + "missing, or text where a number belongs); was the table changed after the run?");
        }
    }

    private static byte[] bytes(Path dir, String stem, String ext) {
        String rel = "charts/" + stem + ext;
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
        return files(root, java.util.Map.of(), dirs);
    }

    /** Like {@link #files(Path, String...)}, taking the entries in {@code known} (hashed while written) as they are. */
    public static List<Manifest.FileEntry> files(Path root, java.util.Map<String, Manifest.FileEntry> known,
                                                 String... dirs) {
        var out = new ArrayList<Manifest.FileEntry>();
        for (String d : dirs) {
            Path sub = root.resolve(d);
            if (!Files.isDirectory(sub)) {
                continue;
            }
            try (var s = Files.walk(sub)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    Manifest.FileEntry k = known.get(rel);
                    out.add(k != null ? k : new Manifest.FileEntry(rel, Files.size(p), fi.foresight.job.Hashes.sha256(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
