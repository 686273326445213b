package fi.foresight.batch;

/** An analysis (or the writing of its results) failed: the run is abandoned and leaves no report. Exit code 1. */
public final class AnalysisFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalysisFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
