package fi.foresight.job;

/** Sane limits on what a job may ask for; each is stated in the message that enforces it. */
public final class Limits {
    /** Largest job file read, in bytes. */
    public static final long MAX_JOB_FILE_BYTES = fi.foresight.io.InputFiles.MAX_JOB_BYTES;
    /** Most samples one analysis may draw (per scenario × lever). */
    public static final int MAX_SAMPLES = 10_000_000;
    /** Most worker threads. */
    public static final int MAX_THREADS = 256;
    /** Most analyses in one job. */
    public static final int MAX_ANALYSES = 64;
    /** Most scenario × lever combinations one job may cover. */
    public static final int MAX_COMBINATIONS = 2_500;
    /** Most rows of a table shown in the HTML and PDF report (CSV and XLSX hold them all). */
    public static final int MAX_REPORT_ROWS = 40;
    /** Most rows written to one XLSX sheet (Excel's own limit is 1,048,576). */
    public static final int MAX_SHEET_ROWS = 1_000_000;

    private Limits() {
    }
}
