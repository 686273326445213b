package fi.foresight.cli;

import fi.foresight.job.types.AnalysisTypes;
import fi.foresight.job.AnalysisRegistry;

/** {@code java -jar foresight.jar …}: see {@link Foresight}. */
public final class Main {
    /** Held so that the quieter levels are not lost when the loggers are collected. */
    private static final java.util.logging.Logger[] QUIET = {
        java.util.logging.Logger.getLogger("org.apache.pdfbox"),
        java.util.logging.Logger.getLogger("org.apache.fontbox"),
        java.util.logging.Logger.getLogger("com.openhtmltopdf"),
    };

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("org.freemarker.loggerLibrary", "none");
        fi.foresight.report.BundledFonts.install();
        for (var logger : QUIET) {
            logger.setLevel(java.util.logging.Level.SEVERE);
        }
        System.exit(Foresight.execute(AnalysisTypes.standard(), System.out, System.err, args));
    }
}
