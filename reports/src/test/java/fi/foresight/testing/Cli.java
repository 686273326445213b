package fi.foresight.testing;

import fi.foresight.job.types.AnalysisTypes;
import fi.foresight.cli.Foresight;
import fi.foresight.job.AnalysisRegistry;
import fi.foresight.report.BundledFonts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process and keeps what it printed. */
public final class Cli {
    static {
        BundledFonts.install();
    }

    /** The test resources' demo job (model.yaml next to it). */
    public static final Path DEMO = Path.of("src/test/resources/fi/foresight/jobs/demo/job.yaml");
    /** The demo model. */
    public static final Path DEMO_MODEL = Path.of("src/test/resources/fi/foresight/jobs/demo/model.yaml");

    /** Exit code and the text printed on stdout and stderr. */
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    public static Result run(String... args) {
        return run(AnalysisTypes.standard(), args);
    }

    public static Result run(AnalysisRegistry registry, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code;
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
             var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Foresight.execute(registry, o, e, args);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** True when text looks like a Java stack trace. */
    public static boolean hasStackTrace(String text) {
        return text.contains("\tat ") || text.contains("Exception in thread") || text.matches("(?s).*\\n\\s+at [a-z].*");
    }
}
