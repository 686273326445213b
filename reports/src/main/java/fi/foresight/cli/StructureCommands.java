package fi.foresight.cli;

import fi.foresight.batch.RunSummary;
import fi.foresight.io.FileProblem;
import fi.foresight.job.Job;
import fi.foresight.job.JobFileException;
import fi.foresight.job.JobFiles;
import fi.foresight.job.JobOverrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code foresight cib} and {@code foresight micmac}: one-analysis jobs written for the user. Each command makes
 * the job text a job file would hold and runs it like {@code foresight run}, so it is checked, recorded
 * ({@code inputs/job.yaml}) and reported the same way.
 */
final class StructureCommands {
    static final String SYNTHETIC = "(command line)";

    private StructureCommands() {
    }

    /** {@code foresight cib FILE [--out DIR] [--tolerance N] [--succession] [--quiet]}. */
    @Command(name = "cib", mixinStandardHelpOptions = true, versionProvider = Foresight.Version.class,
            description = {"Cross-impact balance analysis of a model's descriptors (a model file, or a ScenarioWizard "
                    + ".scw file): the consistent scenarios, written as a run directory with a report."})
    static final class Cib implements Callable<Integer> {
        private final Foresight.Env env;

        @Parameters(paramLabel = "FILE", description = "A model file with a CIB part (.yaml, .json) or a ScenarioWizard file (.scw).")
        Path file;

        @Option(names = "--out", paramLabel = "DIR", description = "The run directory (default: runs/cib-NAME).")
        Path out;

        @Option(names = "--outputs", paramLabel = "LIST", split = ",", description = "What to write: html, pdf, xlsx, "
                + "csv, png (default: all); e.g. csv for a quick look.")
        List<String> outputs;

        @Option(names = "--tolerance", paramLabel = "N", description = "Largest inconsistency still counted as consistent (a whole number, default 0).")
        Integer tolerance;

        @Option(names = "--succession", description = "Also the succession basins: how many start scenarios end in each consistent scenario (or cycle).")
        boolean succession;

        @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
        boolean quiet;

        Cib(Foresight.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            var options = new ArrayList<String>();
            if (tolerance != null) {
                options.add("tolerance: " + tolerance);
            }
            if (succession) {
                options.add("succession: true");
            }
            return runOne(env, "cib", file, out, outputs, options, quiet, Cib::printScenarios);
        }

        /** Prints the scenarios of the run's {@code cib-scenarios} table, one a line. */
        static void printScenarios(RunSummary s, Foresight.Env env) {
            Path csv = s.directory().resolve("tables").resolve(fi.foresight.cib.CibResult.TABLE + ".csv");
            if (!Files.isRegularFile(csv)) {
                return;
            }
            tech.tablesaw.api.Table t;
            try {
                t = tech.tablesaw.api.Table.read().csv(tech.tablesaw.io.csv.CsvReadOptions.builder(csv.toFile())
                        .columnTypesToDetect(List.of(tech.tablesaw.api.ColumnType.STRING)).build());
            } catch (RuntimeException e) {
                return;
            }
            var finding = s.manifest().analyses().get(0).findings().stream()
                    .filter(f -> f.key().equals("cib.consistent_scenarios")).findFirst();
            String of = finding.map(f -> " of " + f.arguments().get("space")).orElse("");
            String tol = finding.map(f -> String.valueOf(f.arguments().get("tolerance"))).orElse("0");
            env.out().println(t.rowCount() + (tol.equals("0") ? " consistent scenarios" : " scenarios with inconsistency <= " + tol)
                    + of + " (scenario = variant numbers; CV consistency value, IC inconsistency, TIS total impact score):");
            int width = 0;
            for (int i = 0; i < t.rowCount(); i++) {
                width = Math.max(width, t.getString(i, "scenario").length());
            }
            for (int i = 0; i < t.rowCount(); i++) {
                String basin = t.columnNames().contains("basin") ? t.getString(i, "basin") : "";
                env.out().println(String.format(Locale.ROOT, "  %3s  %-" + width + "s  CV %3s  IC %3s  TIS %4s%s  %s",
                        (i + 1) + ".", t.getString(i, "scenario"), t.getString(i, "consistency_value"),
                        t.getString(i, "inconsistency"), t.getString(i, "total_impact_score"),
                        basin.isEmpty() ? "" : String.format(Locale.ROOT, "  basin %8s", basin),
                        fi.foresight.rundir.CsvTables.restore(t.getString(i, "variants"))));
            }
        }
    }

    /** {@code foresight micmac FILE [--out DIR] [--quiet]}. */
    @Command(name = "micmac", mixinStandardHelpOptions = true, versionProvider = Foresight.Version.class,
            description = {"MICMAC structural analysis of a model's influence matrix: direct and indirect influence "
                    + "and dependence of every factor, written as a run directory with a report."})
    static final class Micmac implements Callable<Integer> {
        private final Foresight.Env env;

        @Parameters(paramLabel = "FILE", description = "A model file with a MICMAC part (.yaml, .json).")
        Path file;

        @Option(names = "--out", paramLabel = "DIR", description = "The run directory (default: runs/micmac-NAME).")
        Path out;

        @Option(names = "--outputs", paramLabel = "LIST", split = ",", description = "What to write: html, pdf, xlsx, "
                + "csv, png (default: all); e.g. csv for a quick look.")
        List<String> outputs;

        @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
        boolean quiet;

        Micmac(Foresight.Env env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            return runOne(env, "micmac", file, out, outputs, List.of(), quiet, (s, e) -> { });
        }
    }

    static int runOne(Foresight.Env env, String type, Path file, Path out, List<String> outputs, List<String> options,
                      boolean quiet,
                      java.util.function.BiConsumer<RunSummary, Foresight.Env> print) {
        EmptyPaths.refuse(file, "FILE", "a model file with a " + ("cib".equals(type) ? "CIB part (.yaml, .json) "
                + "or a ScenarioWizard file (.scw)" : "MICMAC part (.yaml, .json)") + ", e.g. foresight " + type
                + " model.yaml");
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        String text = jobText(type, file, options);
        Job job;
        try {
            job = JobFiles.read(text, SYNTHETIC, Path.of("").toAbsolutePath(), JobOverrides.NONE, env.registry());
        } catch (JobFileException e) {
            var lines = new ArrayList<String>();
            for (FileProblem p : e.problems()) {
                lines.add(p.file().equals(SYNTHETIC) ? type + ": " + p.message() : p.toString());
            }
            throw new UserError(lines);
        }
        job = RunCommand.withOutputs(job, outputs);
        Path dir = out != null ? out : Path.of("runs", job.id());
        RunSummary s = RunCommand.run(job, dir, quiet, env);
        print.accept(s, env);
        return RunCommand.report(s, env);
    }

    /** The job a command stands for, as YAML. */
    static String jobText(String type, Path file, List<String> options) {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String id = (type + "-" + stem).replaceAll("[^A-Za-z0-9_-]", "-").toLowerCase(Locale.ROOT);
        if (id.length() > 64) {
            id = id.substring(0, 64);
        }
        var sb = new StringBuilder();
        sb.append("job: ").append(id).append('\n');
        sb.append("model: '").append(file.toAbsolutePath().normalize().toString().replace("'", "''")).append("'\n");
        sb.append("analyses:\n  - type: ").append(type).append('\n');
        for (String o : options) {
            sb.append("    ").append(o).append('\n');
        }
        return sb.toString();
    }
}
