package fi.foresight.montecarlo;

/**
 * Least-significant-digit radix sort of doubles (8-bit digits over an order-preserving 64-bit key, skipping
 * digits that are equal in every value), for the block-sized columns the engine sorts. Gives the same order
 * as {@link java.util.Arrays#sort(double[])} for finite values and -0.0 ordered before 0.0; several times
 * faster on a few thousand values. Holds scratch arrays: one instance per thread.
 */
final class RadixSort {
    private static final int DIGITS = 8;
    private long[] keys = new long[0];
    private long[] swap = new long[0];
    private final int[] counts = new int[DIGITS * 256];

    /** Sorts {@code values[0..n)} in place. */
    void sort(double[] values, int n) {
        if (n < 64) {
            java.util.Arrays.sort(values, 0, n);
            return;
        }
        if (keys.length < n) {
            keys = new long[n];
            swap = new long[n];
        }
        java.util.Arrays.fill(counts, 0);
        long[] a = keys;
        long[] b = swap;
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(values[i]);
            long key = bits ^ ((bits >> 63) | Long.MIN_VALUE);
            a[i] = key;
            for (int d = 0; d < DIGITS; d++) {
                counts[(d << 8) | (int) ((key >>> (d << 3)) & 0xFF)]++;
            }
        }
        for (int d = 0; d < DIGITS; d++) {
            int base = d << 8;
            int first = (int) ((a[0] >>> (d << 3)) & 0xFF);
            if (counts[base | first] == n) {
                continue; // this digit is the same in every value
            }
            int sum = 0;
            for (int v = 0; v < 256; v++) {
                int c = counts[base | v];
                counts[base | v] = sum;
                sum += c;
            }
            int shift = d << 3;
            for (int i = 0; i < n; i++) {
                long key = a[i];
                b[counts[base | (int) ((key >>> shift) & 0xFF)]++] = key;
            }
            long[] t = a;
            a = b;
            b = t;
        }
        for (int i = 0; i < n; i++) {
            long key = a[i];
            long bits = key ^ ((~key >> 63) | Long.MIN_VALUE);
            values[i] = Double.longBitsToDouble(bits);
        }
    }
}
