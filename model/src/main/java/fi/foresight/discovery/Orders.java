package fi.foresight.discovery;

/** Index orders of a column: a stable merge sort of indices by value, so equal values keep their future order. */
final class Orders {
    private Orders() {
    }

    /** The indices {@code idx} sorted (stably) by {@code values[idx]}, ascending; sorts in place and returns it. */
    static int[] sortBy(int[] idx, double[] values) {
        int[] tmp = new int[idx.length];
        for (int width = 1; width < idx.length; width *= 2) {
            for (int lo = 0; lo < idx.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, idx.length);
                if (values[idx[mid - 1]] <= values[idx[mid]]) {
                    continue;
                }
                int i = lo;
                int j = mid;
                int o = lo;
                while (i < mid && j < hi) {
                    tmp[o++] = values[idx[j]] < values[idx[i]] ? idx[j++] : idx[i++];
                }
                while (i < mid) {
                    tmp[o++] = idx[i++];
                }
                while (j < hi) {
                    tmp[o++] = idx[j++];
                }
                System.arraycopy(tmp, lo, idx, lo, hi - lo);
            }
        }
        return idx;
    }

    /** 0, 1, …, n - 1 sorted by {@code values}. */
    static int[] of(double[] values) {
        int[] idx = new int[values.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        return sortBy(idx, values);
    }
}
