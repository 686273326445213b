package fi.foresight.rundir;

/**
 * Named points in writing a run where a fault-injection test can hold the process, to kill it exactly there. Off
 * unless the system property {@code foresight.test.pause} names a point: then the process prints
 * {@code foresight: paused at POINT} to stderr on reaching it and waits there for a minute.
 */
final class FaultPoints {
    private static final String PROPERTY = "foresight.test.pause";

    private FaultPoints() {
    }

    static void reach(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            System.err.println("foresight: paused at " + point);
            System.err.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
