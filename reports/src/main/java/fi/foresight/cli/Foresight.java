package fi.foresight.cli;

import fi.foresight.batch.AnalysisFailure;
import fi.foresight.job.UserText;
import fi.foresight.io.FileProblem;
import fi.foresight.io.ModelFileException;
import fi.foresight.job.AnalysisRegistry;
import fi.foresight.job.JobFileException;
import fi.foresight.rundir.Versions;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code foresight} command: {@code run}, {@code validate}, {@code cib}, {@code micmac}, {@code survey},
 * {@code report}.
 * Exit codes: 0 ok, 1 analysis failure, 2 bad input, usage or an environment problem (a directory that cannot be
 * written, a full disk, a file that may not be read; {@link ExitCodes}); problems are printed one per line, never as
 * a stack trace or with Java names (set {@code FORESIGHT_DEBUG=1} to see the stack trace).
 *
 * <pre>{@code
 * int code = Foresight.execute(AnalysisTypes.standard(), System.out, System.err, "run", "jobs/demo.yaml");
 * }</pre>
 */
@Command(name = "foresight", mixinStandardHelpOptions = true, versionProvider = Foresight.Version.class,
        description = "Foresight Workbench: batch jobs, scenario analyses and reports.",
        footer = {"", "Exit codes: 0 ok, 1 an analysis failed, 2 bad input, usage or an environment problem "
                        + "(e.g. an output directory that cannot be written, a full disk).",
                "Run 'foresight COMMAND --help' for a command's options."},
        synopsisSubcommandLabel = "COMMAND")
public final class Foresight implements Runnable {
    /** Context the subcommands share. */
    record Env(AnalysisRegistry registry, PrintStream out, PrintStream err) {
    }

    /** {@code foresight --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"foresight " + Versions.foresight(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, validate, cib, micmac, survey or report");
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(AnalysisRegistry registry, PrintStream out, PrintStream err, String... args) {
        try {
            return commandLine(registry, out, err).execute(args);
        } catch (OutOfMemoryError e) {
            err.println("foresight: out of memory; give Java more (e.g. FORESIGHT_JAVA_OPTS=-Xmx8g) or ask for less "
                    + "(fewer samples, fewer kept samples)");
            return ExitCodes.ANALYSIS_FAILED;
        } catch (StackOverflowError e) {
            err.println("foresight: an input is nested too deeply to be processed");
            return ExitCodes.BAD_INPUT;
        }
    }

    /** The configured command line (for tests and embedding). */
    public static CommandLine commandLine(AnalysisRegistry registry, PrintStream out, PrintStream err) {
        var env = new Env(registry, out, err);
        CommandLine cl = new CommandLine(new Foresight())
                .addSubcommand("run", new RunCommand(env))
                .addSubcommand("validate", new ValidateCommand(env))
                .addSubcommand("cib", new StructureCommands.Cib(env))
                .addSubcommand("micmac", new StructureCommands.Micmac(env))
                .addSubcommand("survey", new SurveyCommand(env))
                .addSubcommand("report", new ReportCommand(env));
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, err));
        cl.setParameterExceptionHandler((ex, args) -> {
            err.println("foresight: " + usageMessage(ex));
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }

    static int handle(Exception ex, PrintStream err) {
        if (ex instanceof JobFileException j) {
            j.problems().forEach(p -> err.println(p));
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof ModelFileException m) {
            m.fileProblems().forEach(p -> err.println(p));
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof UserError u) {
            u.lines().forEach(l -> err.println("foresight: " + l));
            return ExitCodes.BAD_INPUT;
        }
        var environment = EnvironmentProblem.describe(ex);
        if (environment.isPresent()) {
            err.println("foresight: " + environment.get());
            debug(ex, err);
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof AnalysisFailure f && !UserText.looksInternal(f.getMessage())) {
            err.println("foresight: " + f.getMessage());
            debug(ex, err);
            return ExitCodes.ANALYSIS_FAILED;
        }
        String m = ex.getMessage();
        err.println("foresight: internal error" + (UserText.looksInternal(m) ? "" : ": " + m)
                + (debugging() ? "" : " (set FORESIGHT_DEBUG=1 for details)"));
        debug(ex, err);
        return ExitCodes.ANALYSIS_FAILED;
    }

    /** picocli's message without the Java names it adds for a value it cannot convert. */
    static String usageMessage(CommandLine.ParameterException ex) {
        String m = ex.getMessage() == null ? "bad usage" : ex.getMessage();
        if (m.matches("(?s).*cannot convert .* to (interface |class )?java\\.nio\\.file\\.Path.*")) {
            String where = ex.getArgSpec() == null ? "a path" : ex.getArgSpec().paramLabel();
            String value = ex.getValue() == null ? "" : "'" + EnvironmentProblem.printable(ex.getValue()) + "' is ";
            return where + ": " + EnvironmentProblem.describe(ex).orElse(value + "not a usable path"
                    + (m.indexOf('\0') >= 0 || m.contains("\\u0000") ? ": it contains a NUL character" : ""));
        }
        m = m.replaceAll("(?s)\\s*\\((java|javax|picocli)\\.[^)]*\\)", "")
                .replaceAll("to (interface |class )?java\\.[\\w.]+", "to the expected kind of value");
        m = m.replaceAll("is not an? (long|int|integer|short|byte)\\b", "is not a whole number")
                .replaceAll("is not an? (double|float)\\b", "is not a number");
        return EnvironmentProblem.printable(m);
    }

    /** A problem line for a user: {@code file:line:col: path: message}. */
    static String line(FileProblem p) {
        return p.toString();
    }

    private static boolean debugging() {
        return System.getenv("FORESIGHT_DEBUG") != null && !System.getenv("FORESIGHT_DEBUG").isEmpty();
    }

    private static void debug(Exception ex, PrintStream err) {
        if (debugging()) {
            ex.printStackTrace(err);
        }
    }
}
