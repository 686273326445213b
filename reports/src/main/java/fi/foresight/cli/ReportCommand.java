package fi.foresight.cli;

import fi.foresight.io.ModelFileException;
import fi.foresight.job.Language;
import fi.foresight.job.Output;
import fi.foresight.report.ReportWriter;
import fi.foresight.rundir.ReportFiles;
import fi.foresight.rundir.RunContents;
import fi.foresight.rundir.RunReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import fi.foresight.batch.AnalysisFailure;
import fi.foresight.job.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code foresight report RUN_DIR}: makes the report of a finished run again from its tables and charts. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Foresight.Version.class,
        description = {"Makes the report of a finished run again from its run.json, tables/, charts/ and inputs/ "
                + "(for example after a Foresight update, or in another language).",
                "The new report files replace the old ones only when all of them are written."})
final class ReportCommand implements Callable<Integer> {
    private final Foresight.Env env;

    @Parameters(paramLabel = "RUN_DIR", description = "A run directory written by 'foresight run'.")
    Path dir;

    @Option(names = "--language", paramLabel = "LANG", split = ",",
            description = "Report languages, e.g. en,fi (default: as the run was made). The first writes report.html.")
    List<String> languages;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    ReportCommand(Foresight.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        EmptyPaths.refuse(dir, "RUN_DIR", "a run directory written by 'foresight run', e.g. foresight report runs/demo");
        RunContents run;
        try {
            run = RunReader.read(dir);
        } catch (ModelFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UserError(List.of(e.getMessage().split("\n")));
        }
        List<Language> langs = languages(run);
        Set<Output> outputs = EnumSet.noneOf(Output.class);
        for (String o : run.manifest().outputs()) {
            outputs.add(output(o));
        }
        outputs.retainAll(EnumSet.of(Output.HTML, Output.PDF, Output.XLSX));
        List<String> written;
        Progress progress = ConsoleProgress.forConsole(quiet, env.err());
        try (Progress.Task task = progress.start("writing the report", 0)) {
            written = ReportFiles.replace(dir, partial -> ReportWriter.write(run, partial, outputs, langs));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new AnalysisFailure("cannot write the report into " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof UserError) {
                throw e;
            }
            throw new AnalysisFailure("the report could not be written: " + e.getMessage(), e);
        }
        var shown = new ArrayList<String>();
        written.forEach(w -> shown.add(RunCommand.relative(dir).resolve(w).toString()));
        env.out().println("Report: " + String.join(", ", shown));
        return ExitCodes.OK;
    }

    private Output output(String word) {
        for (Output o : Output.values()) {
            if (o.word().equals(word)) {
                return o;
            }
        }
        throw new UserError(dir.resolve("run.json") + ": outputs: '" + EnvironmentProblem.printable(word)
                + "' is not an output format; expected some of " + String.join(", ",
                java.util.Arrays.stream(Output.values()).map(Output::word).toList()));
    }

    private List<Language> languages(RunContents run) {
        boolean own = languages != null;
        List<String> codes = own ? languages : run.manifest().languages();
        var out = new ArrayList<Language>();
        for (String c : codes) {
            try {
                Language l = Language.valueOf(c.trim().toUpperCase(Locale.ROOT));
                if (!out.contains(l)) {
                    out.add(l);
                }
            } catch (IllegalArgumentException e) {
                throw new UserError((own ? "--language" : dir.resolve("run.json") + ": languages") + ": unknown language '"
                        + EnvironmentProblem.printable(c) + "'; reports are written in en, fi");
            }
        }
        if (out.isEmpty()) {
            out.add(Language.EN);
        }
        return out;
    }
}
