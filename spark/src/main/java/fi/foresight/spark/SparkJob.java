package fi.foresight.spark;

import fi.foresight.job.types.AnalysisTypes;
import fi.foresight.cli.Foresight;
import fi.foresight.job.AnalysisRegistry;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code spark-submit --class fi.foresight.spark.SparkJob --master URL foresight-spark-VERSION-all.jar JOB.yaml
 * --out DIR}: runs a job file on Spark and writes the same run directory as {@code foresight run} (the driver
 * reads the job and model files and writes tables, charts, report and run.json through the same writer).
 *
 * <p>Arguments are those of {@code foresight run} ({@code --out}, {@code --seed}, {@code --samples},
 * {@code --threads}, {@code --quiet}); the master comes from spark-submit. Exit codes: 0 ok, 1 an analysis failed,
 * 2 bad input.
 */
public final class SparkJob {
    private SparkJob() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs {@code foresight run ARGS --engine spark} and returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("org.freemarker.loggerLibrary", "none");
        fi.foresight.report.BundledFonts.install();
        List<String> command = new ArrayList<>(List.of("run"));
        command.addAll(List.of(args));
        if (!command.contains("--engine")) {
            command.add("--engine");
            command.add("spark");
        }
        return Foresight.execute(AnalysisTypes.standard(), out, err, command.toArray(String[]::new));
    }
}
