package fi.foresight.sampling;

/** Maps doubles to longs whose signed order is the numeric order of the doubles (NaN excluded). */
final class SortableBits {
    private SortableBits() {
    }

    static long of(double v) {
        long bits = Double.doubleToRawLongBits(v + 0.0); // -0.0 becomes 0.0
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }
}
