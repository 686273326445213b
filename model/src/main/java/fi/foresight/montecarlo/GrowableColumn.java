package fi.foresight.montecarlo;

import java.util.Arrays;

/** An append-only column of doubles for kept raw samples. */
final class GrowableColumn {
    private double[] values;
    private int size;

    GrowableColumn(long expected) {
        values = new double[(int) Math.min(Math.max(expected, 16), Integer.MAX_VALUE - 8)];
    }

    void append(double[] block, int n) {
        if (size + n > values.length) {
            long grown = Math.max((long) size + n, (long) values.length * 2);
            values = Arrays.copyOf(values, (int) Math.min(grown, Integer.MAX_VALUE - 8));
        }
        System.arraycopy(block, 0, values, size, n);
        size += n;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
