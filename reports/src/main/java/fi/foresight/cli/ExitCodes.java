package fi.foresight.cli;

/** The exit codes of {@code foresight}. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** An analysis (or writing its results) failed. */
    public static final int ANALYSIS_FAILED = 1;
    /** Bad input or usage: a file with problems, an unknown option, an unusable output directory. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
