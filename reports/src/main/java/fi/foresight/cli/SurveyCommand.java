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
 * {@code foresight survey FILE}: what a data file (CSV or XLSX) holds, before a model uses it. The command writes
 * the job a job file would hold (an inline model whose {@code data:} names the file, and one {@code survey}
 * analysis), read relative to the file's directory, and runs it like {@code foresight run}: the run keeps the file
 * under {@code inputs/} with its SHA-256, and its directory is owned and replaced by the same rules.
 */
@Command(name = "survey", mixinStandardHelpOptions = true, versionProvider = Foresight.Version.class,
        description = {"Summarise a data file (.csv or .xlsx) before a model uses it: per column the answers, the "
                + "missing ones, the scale found, median, quartiles and distribution, or the labels seen; written "
                + "as a run directory with a report."})
final class SurveyCommand implements Callable<Integer> {
    private final Foresight.Env env;

    @Parameters(paramLabel = "FILE", description = "A data file: CSV (UTF-8, first row the column names) or XLSX.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "The run directory (default: runs/survey-NAME).")
    Path out;

    @Option(names = "--outputs", paramLabel = "LIST", split = ",", description = "What to write: html, pdf, xlsx, "
            + "csv, png (default: all); e.g. csv for a quick look.")
    List<String> outputs;

    @Option(names = "--language", paramLabel = "LANG", split = ",", description = "Report languages, e.g. en,fi "
            + "(default: en).")
    List<String> languages;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    SurveyCommand(Foresight.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        EmptyPaths.refuse(file, "FILE", "a data file (.csv or .xlsx), e.g. foresight survey data/survey.csv");
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            throw new UserError(file + ": not a data file; expected a .csv or .xlsx file");
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        String shown = dir.resolve(StructureCommands.SYNTHETIC).toString();
        Job job;
        try {
            job = JobFiles.read(jobText(name, languages), shown, dir, JobOverrides.NONE, env.registry());
        } catch (JobFileException e) {
            var lines = new ArrayList<String>();
            for (FileProblem p : e.problems()) {
                lines.add(p.file().equals(shown) ? "survey: " + p.message() : p.toString());
            }
            throw new UserError(lines);
        }
        job = RunCommand.withOutputs(job, outputs);
        Path target = out != null ? out : Path.of("runs", job.id());
        RunSummary s = RunCommand.run(job, target, quiet, env);
        return RunCommand.report(s, env);
    }

    /** The job the command stands for, as YAML: an inline model naming the file, one survey analysis. */
    static String jobText(String fileName, List<String> languages) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        String id = ("survey-" + stem).replaceAll("[^A-Za-z0-9_-]", "-").replaceAll("-{2,}", "-")
                .toLowerCase(Locale.ROOT);
        if (id.length() > 64) {
            id = id.substring(0, 64);
        }
        id = id.replaceAll("-+$", "");
        String quoted = "'" + fileName.replace("'", "''") + "'";
        var sb = new StringBuilder();
        sb.append("job: ").append(id).append('\n');
        sb.append("title: ").append("'Data file ").append(fileName.replace("'", "''")).append("'\n");
        sb.append("title_fi: ").append("'Datatiedosto ").append(fileName.replace("'", "''")).append("'\n");
        sb.append("model:\n  model: ").append(id).append('\n');
        sb.append("  data:\n    survey: {file: ").append(quoted).append("}\n");
        sb.append("analyses:\n  - type: survey\n");
        if (languages != null && !languages.isEmpty()) {
            sb.append("language: [").append(String.join(", ", languages.stream().map(l -> "'" + l.strip()
                    .replace("'", "''") + "'").toList())).append("]\n");
        }
        return sb.toString();
    }
}
