package fi.foresight.cli;

import fi.foresight.batch.JobRunner;
import fi.foresight.batch.RunSummary;
import fi.foresight.job.Engines;
import fi.foresight.job.Job;
import fi.foresight.job.Output;
import fi.foresight.job.JobFiles;
import fi.foresight.job.JobOverrides;
import fi.foresight.job.Limits;
import fi.foresight.rundir.RunDirectory;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code foresight run JOB.yaml [--out DIR] [--seed N] [--threads N] [--samples N] [--quiet] [--allow-outside]
 * [--engine spark --master URL]}.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Foresight.Version.class,
        description = {"Runs a job file: its analyses over its model, then writes the run directory "
                + "(run.json, tables/, charts/, report.html, report.pdf, report.xlsx).",
                "Nothing appears in DIR until the whole run has succeeded."})
final class RunCommand implements Callable<Integer> {
    private final Foresight.Env env;

    @Parameters(paramLabel = "JOB.yaml", description = "The job file (see docs/job-format.md).")
    Path job;

    @Option(names = "--out", paramLabel = "DIR", description = "The run directory (default: runs/JOB_ID). "
            + "An earlier run there is replaced when this one succeeds.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every analysis (overrides the job file).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (overrides the job file); results do not depend on it.")
    Integer threads;

    @Option(names = "--samples", paramLabel = "N", description = "Samples for every analysis (overrides the job file), e.g. a quick trial with 1000.")
    Integer samples;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--allow-outside", description = "Let the job's model: lie outside the job file's directory "
            + "tree (refused otherwise: no absolute path, no '..' out of it, no symbolic link leading out).")
    boolean allowOutside;

    @Option(names = "--outputs", paramLabel = "LIST", split = ",", description = "What to write, overriding the job "
            + "file's outputs: e.g. csv for a quick look that costs only the analyses (html, pdf, xlsx, csv, png).")
    List<String> outputs;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local", description = "Where analyses run: "
            + "local (default) or spark (needs the foresight-spark jar and Spark on the class path); results are "
            + "the same.")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --engine spark, e.g. local[2], "
            + "spark://host:7077 or yarn (default: spark.master of spark-submit, else local[*]).")
    String master;

    RunCommand(Foresight.Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        EmptyPaths.refuse(job, "JOB.yaml", "a job file, e.g. foresight run jobs/demo.yaml");
        JobOverrides overrides = overrides(seed, threads, samples).allowingOutside(allowOutside);
        Job j = withOutputs(JobFiles.load(job, overrides, env.registry()), outputs);
        FinnishWarnings.print(j, env.err());
        DataNotes.print(j.model(), env.err());
        Path dir = out != null ? out : Path.of("runs", j.id());
        if (master != null && "local".equals(engine)) {
            throw new UserError("--master " + master + " needs --engine spark");
        }
        Engines engines;
        try {
            engines = Engines.open(engine, master);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try (engines) {
            RunSummary s = run(j, dir, quiet, env, engines);
            return report(s, env);
        }
    }

    static JobOverrides overrides(Long seed, Integer threads, Integer samples) {
        if (threads != null && (threads < 1 || threads > Limits.MAX_THREADS)) {
            throw new UserError("--threads " + threads + " must be between 1 and " + Limits.MAX_THREADS);
        }
        if (samples != null && (samples < 1 || samples > Limits.MAX_SAMPLES)) {
            throw new UserError("--samples " + samples + " must be between 1 and " + Limits.MAX_SAMPLES);
        }
        return new JobOverrides(seed, threads, samples);
    }

    static RunSummary run(Job j, Path dir, boolean quiet, Foresight.Env env) {
        return run(j, dir, quiet, env, Engines.LOCAL);
    }

    static RunSummary run(Job j, Path dir, boolean quiet, Foresight.Env env, Engines engines) {
        try {
            RunDirectory.check(dir.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        return new JobRunner(engines).run(j, dir, ConsoleProgress.forConsole(quiet, env.err()));
    }

    static int report(RunSummary s, Foresight.Env env) {
        Path dir = s.directory();
        Path shown = relative(dir);
        if (s.reports().isEmpty()) {
            env.out().println("Results: " + shown + "/ (no report was asked for)");
        } else {
            env.out().println("Report: " + shown.resolve(s.reports().get(0)));
            for (String r : s.reports().subList(1, s.reports().size())) {
                env.out().println("        " + shown.resolve(r));
            }
        }
        var parts = new java.util.ArrayList<String>();
        for (String d : List.of("tables", "charts")) {
            if (Files.isDirectory(dir.resolve(d))) {
                parts.add(d + ": " + shown.resolve(d) + "/");
            }
        }
        parts.add("manifest: " + shown.resolve("run.json"));
        String line = String.join(", ", parts);
        env.out().println(Character.toUpperCase(line.charAt(0)) + line.substring(1));
        return ExitCodes.OK;
    }

    /** The job writing the formats named by {@code --outputs}, or as it is when none were named. */
    static Job withOutputs(Job j, List<String> words) {
        if (words == null) {
            return j;
        }
        var formats = java.util.EnumSet.noneOf(Output.class);
        for (String w : words) {
            String word = w.trim().toLowerCase(java.util.Locale.ROOT);
            Output o = java.util.Arrays.stream(Output.values()).filter(x -> x.word().equals(word)).findFirst()
                    .orElseThrow(() -> new UserError("--outputs: unknown output '" + w + "'; outputs are "
                            + String.join(", ", java.util.Arrays.stream(Output.values()).map(Output::word).toList())));
            formats.add(o);
        }
        if (formats.isEmpty()) {
            throw new UserError("--outputs: name at least one output, e.g. --outputs csv");
        }
        return j.withOutputs(formats);
    }

    /** The path relative to the working directory when it is inside it, else absolute. */
    static Path relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs) : abs;
    }
}
