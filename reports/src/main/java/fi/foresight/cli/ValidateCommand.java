package fi.foresight.cli;

import fi.foresight.io.FileProblem;
import fi.foresight.io.ModelFileException;
import fi.foresight.job.Job;
import fi.foresight.job.JobFileException;
import fi.foresight.job.JobFiles;
import fi.foresight.job.JobOverrides;
import fi.foresight.job.ModelSource;
import fi.foresight.job.ModelSources;
import fi.foresight.job.UnsupportedModelFormat;
import fi.foresight.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code foresight validate FILE...}: checks models and jobs, every problem as {@code file:line:col: …}. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Foresight.Version.class,
        description = {"Checks model files and job files without running anything.",
                "Prints 'file:line:col: path: problem' on stderr for every problem of every file, "
                        + "and a one-line summary on stdout for every file that is fine.",
                "A file with a top-level 'job:' or 'analyses:' key is a job (its model is checked too); "
                        + "any other file is a model."})
final class ValidateCommand implements Callable<Integer> {
    private final Foresight.Env env;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Model files (.yaml, .yml, .json) and job files.")
    List<Path> files;

    @Option(names = "--allow-outside", description = "Let a job's model: lie outside the job file's directory "
            + "tree, as 'foresight run --allow-outside' does.")
    boolean allowOutside;

    ValidateCommand(Foresight.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        boolean ok = true;
        for (Path f : files) {
            ok &= validate(f);
        }
        return ok ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private boolean validate(Path f) {
        String empty = EmptyPaths.problem(f, "FILE", "a model or job file, e.g. foresight validate model.yaml");
        if (empty != null) {
            env.err().println("foresight: " + empty);
            return false;
        }
        if (!Files.isRegularFile(f)) {
            env.err().println(new FileProblem(f.toString(), 0, 0, "", Files.exists(f) ? "not a regular file" : "no such file"));
            return false;
        }
        try {
            if (JobFiles.isJobFile(f)) {
                Job j = JobFiles.load(f, JobOverrides.NONE.allowingOutside(allowOutside), env.registry());
                FinnishWarnings.print(j, env.err());
                DataNotes.print(j.model(), env.err());
                env.out().println(f + ": job '" + j.id() + "' is valid: model '" + j.model().model().id() + "', "
                        + j.analyses().size() + " analys" + (j.analyses().size() == 1 ? "is" : "es") + " ("
                        + String.join(", ", j.analyses().stream().map(a -> a.type()).toList()) + "), "
                        + j.scenarios().size() + " scenario(s) x " + j.levers().size() + " lever(s)");
            } else {
                ModelSource source = ModelSources.load(f);
                DataNotes.print(source, env.err());
                Model m = source.model();
                if (m.outcomes().isEmpty() && !m.hasQualitativePart() && m.delphi().isEmpty() && !m.drivers().isEmpty()) {
                    env.err().println(new FileProblem(f.toString(), 0, 0, "outcomes", "the model has no outcomes, so "
                            + "there is nothing to analyse; add an outcomes: section, e.g. outcomes: {y: {expression: \""
                            + (m.drivers().isEmpty() ? "x" : m.drivers().get(0).id()) + " * 2\"}}, or an index with "
                            + "weighted_index: true"));
                    return false;
                }
                env.out().println(f + ": model '" + m.id() + "' is valid: " + m.drivers().size() + " driver(s), "
                        + m.outcomes().size() + " outcome(s), " + m.scenarios().size() + " scenario(s), "
                        + m.levers().size() + " lever(s)");
            }
            return true;
        } catch (JobFileException e) {
            e.problems().forEach(p -> env.err().println(p));
        } catch (ModelFileException e) {
            e.fileProblems().forEach(p -> env.err().println(p));
        } catch (UnsupportedModelFormat e) {
            env.err().println(new FileProblem(f.toString(), 0, 0, "", e.getMessage()));
        }
        return false;
    }
}
