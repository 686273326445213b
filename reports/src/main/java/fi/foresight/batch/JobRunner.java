package fi.foresight.batch;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.job.UserText;
import fi.foresight.job.Engines;
import fi.foresight.job.Job;
import fi.foresight.job.Output;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.job.RunContext;
import fi.foresight.report.ReportWriter;
import fi.foresight.rundir.CsvTables;
import fi.foresight.rundir.Manifest;
import fi.foresight.rundir.RenderedChart;
import fi.foresight.rundir.RunContents;
import fi.foresight.rundir.RunDirectory;
import fi.foresight.rundir.RunReader;
import fi.foresight.rundir.Versions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.Table;

/**
 * Runs a job into a run directory: each analysis in turn, its tables to {@code tables/*.csv} and its charts to
 * {@code charts/}, then the report, then {@code run.json}; all into a hidden partial directory that is moved into
 * place only when everything succeeded. The runner treats every analysis alike.
 *
 * <pre>{@code
 * Job job = JobFiles.load(Path.of("jobs/demo.yaml"), JobOverrides.NONE, AnalysisTypes.standard());
 * RunSummary s = new JobRunner().run(job, Path.of("runs/demo"), Progress.silent());
 * s.directory().resolve("report.html");
 * }</pre>
 */
public final class JobRunner {
    private final Engines engines;

    /** A runner whose analyses run on this machine. */
    public JobRunner() {
        this(Engines.LOCAL);
    }

    /** A runner whose block analyses run on {@code engines} (e.g. Spark); everything else is the same. */
    public JobRunner(Engines engines) {
        this.engines = java.util.Objects.requireNonNull(engines, "engines");
    }

    /**
     * Runs {@code job} into {@code out}. Throws {@link AnalysisFailure} when an analysis or the writing fails (the
     * partial directory is removed and an earlier run at {@code out} stays as it was), and
     * {@link IllegalArgumentException} when {@code out} cannot be used.
     */
    public RunSummary run(Job job, Path out, Progress progress) {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long t0 = System.nanoTime();
        try (RunDirectory dir = RunDirectory.begin(out)) {
            String jobCopy = "inputs/job.yaml";
            String modelCopy = "inputs/" + job.model().fileName();
            write(dir.file(jobCopy), job.bytes());
            write(dir.file(modelCopy), job.model().bytes());
            List<Manifest.Source> data = copyData(job, dir);

            var context = new RunContext(job.model().model(), job.scenarios(), job.levers(), job.threads(), progress,
                    engines.forModel(job.model()));
            var entries = new ArrayList<Manifest.Analysis>();
            var results = new ArrayList<RunContents.Result>();
            var written = new HashMap<String, Manifest.FileEntry>();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < job.analyses().size(); i++) {
                PlannedAnalysis a = job.analyses().get(i);
                String what = "analysis " + (i + 1) + " of " + job.analyses().size() + " (" + a.type() + ")";
                long a0 = System.nanoTime();
                AnalysisResult result;
                try {
                    result = a.run(context);
                } catch (RuntimeException | OutOfMemoryError e) {
                    throw new AnalysisFailure(what + " failed: " + describe(e), e);
                }
                long millis = (System.nanoTime() - a0) / 1_000_000;
                try (Progress.Task task = progress.start("writing " + a.type() + " tables and charts",
                        result.tables().size() + (drawsCharts(job) ? result.charts().size() : 0))) {
                    results.add(store(job, dir, a, result, millis, names, entries, written, task));
                } catch (RuntimeException e) {
                    throw new AnalysisFailure(what + ": its results could not be written: " + describe(e), e);
                }
            }
            Manifest draft = new Manifest(Manifest.FORMAT,
                    new Manifest.Source(job.id(), job.title(), job.description(), job.file() == null ? null : job.file().toString(), jobCopy, job.sha256(),
                            job.titleFi(), job.descriptionFi()),
                    new Manifest.Source(job.model().model().id(), job.model().model().title(), null,
                            job.model().file() == null ? null : job.model().file().toString(), modelCopy, job.model().sha256(),
                            null, null),
                    job.seed(), job.threads(), job.samples(), job.scenarios(), job.levers(),
                    job.languages().stream().map(l -> l.code()).toList(),
                    job.outputs().stream().map(Output::word).toList(), Versions.all(), started.toString(), null, 0,
                    entries, List.of(), data.isEmpty() ? null : data);
            List<String> reports;
            try (Progress.Task task = progress.start("writing the report", 0)) {
                reports = ReportWriter.write(new RunContents(draft, job.model().model(), results), dir.root(),
                        job.outputs(), job.languages(), job.threads());
            } catch (RuntimeException e) {
                throw new AnalysisFailure("the report could not be written: " + describe(e), e);
            }
            long total = (System.nanoTime() - t0) / 1_000_000;
            Manifest done = draft.finish(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), total,
                    RunReader.files(dir.root(), written, "inputs", "tables", "charts"));
            write(dir.file(RunDirectory.MANIFEST), done.toJson());
            dir.commit(done.files());
            return new RunSummary(dir.target(), done, reports);
        }
    }

    /** Whether any output of the job shows charts (png files, or a report that embeds them). */
    private static boolean drawsCharts(Job job) {
        return job.outputs().contains(Output.PNG) || job.outputs().contains(Output.HTML)
                || job.outputs().contains(Output.PDF);
    }

    private static RunContents.Result store(Job job, RunDirectory dir, PlannedAnalysis a, AnalysisResult result,
                                            long millis, Set<String> names, List<Manifest.Analysis> entries,
                                            Map<String, Manifest.FileEntry> written, Progress.Task task) {
        var tables = new ArrayList<Table>();
        var tableEntries = new ArrayList<Manifest.TableEntry>();
        var offPages = new ArrayList<String>();
        for (Table t : result.tables()) {
            String name = unique(t.name(), names, "table");
            if (!result.tableOnPages(t.name())) {
                offPages.add(name);
            }
            Table named = name.equals(t.name()) ? t : t.copy().setName(name);
            String file = "tables/" + name + ".csv";
            Path path = dir.file(file);
            if (job.outputs().contains(Output.CSV)) {
                CsvTables.Written w = CsvTables.write(named, path);
                written.put(file, new Manifest.FileEntry(file, w.bytes(), w.sha256()));
            }
            tables.add(named);
            tableEntries.add(new Manifest.TableEntry(name, file, named.rowCount(), named.columns().stream()
                    .map(c -> new Manifest.Column(c.name(), CsvTables.typeOf(c))).toList()));
            task.advance(1);
        }
        var chartEntries = new ArrayList<Manifest.ChartEntry>();
        var specs = new java.util.LinkedHashMap<String, ChartSpec>();
        if (drawsCharts(job)) {
            result.charts().forEach((k, v) -> {
                String name = unique(k, names, "chart");
                specs.put(name, v);
                if (!result.chartOnPages(k)) {
                    offPages.add(name);
                }
            });
        }
        List<RenderedChart> charts = ChartJobs.render(specs, job, task);
        for (String name : specs.keySet()) {
            var files = new ArrayList<String>();
            String title = "";
            for (RenderedChart c : charts) {
                if (!c.name().equals(name)) {
                    continue;
                }
                title = title.isEmpty() ? c.title() : title;
                if (job.outputs().contains(Output.PNG)) {
                    String stem = "charts/" + RenderedChart.stem(name, c.language());
                    write(dir.file(stem + ".png"), c.png());
                    write(dir.file(stem + ".svg"), c.svg().getBytes(StandardCharsets.UTF_8));
                    write(dir.file(stem + ".pdf"), c.pdf());
                    files.addAll(List.of(stem + ".png", stem + ".svg", stem + ".pdf"));
                }
            }
            chartEntries.add(new Manifest.ChartEntry(name, title, files));
        }
        var findings = new ArrayList<Manifest.FindingEntry>();
        for (Finding f : result.findings()) {
            findings.add(new Manifest.FindingEntry(f.key(), f.arguments(), f.rank()));
        }
        var entry = new Manifest.Analysis(a.type(), a.settings(), millis, tableEntries, chartEntries, findings,
                offPages);
        entries.add(entry);
        return new RunContents.Result(entry, tables, charts);
    }

    /** The name, or name-2, name-3 … when an earlier analysis of the job used it already. */
    private static String unique(String name, Set<String> used, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a " + what + " has no name");
        }
        RunDirectory.resolveConfined(Path.of("run"), name);
        String candidate = name;
        for (int k = 2; !used.add(what + ":" + candidate); k++) {
            candidate = name + "-" + k;
        }
        return candidate;
    }

    /**
     * Keeps a copy of each data file the model names under {@code inputs/}, at the path the model names it by (so
     * the copy of the model reads its copies), and describes them for run.json.
     */
    private static List<Manifest.Source> copyData(Job job, RunDirectory dir) {
        var out = new ArrayList<Manifest.Source>();
        Path from = job.model().file() != null ? job.model().file() : job.file();
        Path base = from == null ? null : from.getParent();
        for (var e : job.model().dataFiles().entrySet()) {
            String relative = e.getKey().replace('\\', '/');
            String copy = "inputs/" + relative;
            write(dir.file(copy), e.getValue());
            String original = base == null ? relative : base.resolve(relative).toString();
            out.add(new Manifest.Source(relative, null, null, original, copy,
                    fi.foresight.job.Hashes.sha256(e.getValue()), null, null));
        }
        return out;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory; give Java more (e.g. FORESIGHT_JAVA_OPTS=-Xmx8g) or ask for fewer samples";
        }
        return UserText.plain(e.getMessage());
    }
}
