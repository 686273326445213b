package fi.foresight.analysis;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The byte form of {@link BlockPlan} partial results: a plain sequence of big-endian numbers written and read in
 * the same order by the analysis that owns the partial. Doubles keep their exact bits, so a partial read back is
 * bit-identical to the one written.
 *
 * <pre>{@code
 * var w = new PartialBytes.Writer();
 * w.putLong(17).putDoubles(values, 0, n);
 * var r = new PartialBytes.Reader(w.toByteArray());
 * long block = r.getLong();
 * double[] back = r.getDoubles(n);
 * r.end();                                   // everything was read
 * }</pre>
 */
public final class PartialBytes {
    private PartialBytes() {
    }

    /** Appends numbers to a growing buffer. */
    public static final class Writer {
        private ByteBuffer buf = ByteBuffer.allocate(256).order(ByteOrder.BIG_ENDIAN);

        private void room(long bytes) {
            if (buf.remaining() < bytes) {
                long need = (long) buf.position() + bytes;
                if (need > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("a partial result of " + need + " bytes is too large; "
                            + "use smaller tasks");
                }
                long size = Math.max(need, Math.min(Integer.MAX_VALUE - 8L, 2L * buf.capacity()));
                ByteBuffer bigger = ByteBuffer.allocate((int) size).order(ByteOrder.BIG_ENDIAN);
                buf.flip();
                bigger.put(buf);
                buf = bigger;
            }
        }

        /**
         * Appends a int (4 bytes).
         *
         * @param v the value
         * @return this writer
         * @throws IllegalStateException when the partial result would exceed about 2 GiB
         */
        public Writer putInt(int v) {
            room(4);
            buf.putInt(v);
            return this;
        }

        /**
         * Appends a long (8 bytes).
         *
         * @param v the value
         * @return this writer
         * @throws IllegalStateException when the partial result would exceed about 2 GiB
         */
        public Writer putLong(long v) {
            room(8);
            buf.putLong(v);
            return this;
        }

        /**
         * Appends a double (8 bytes, its exact bits).
         *
         * @param v the value
         * @return this writer
         * @throws IllegalStateException when the partial result would exceed about 2 GiB
         */
        public Writer putDouble(double v) {
            room(8);
            buf.putLong(Double.doubleToRawLongBits(v));
            return this;
        }

        /**
         * Appends a boolean (1 byte).
         *
         * @param v the value
         * @return this writer
         * @throws IllegalStateException when the partial result would exceed about 2 GiB
         */
        public Writer putBoolean(boolean v) {
            room(1);
            buf.put((byte) (v ? 1 : 0));
            return this;
        }

        /**
         * {@code values[from, from + n)} with their exact bits.
         *
         * @param values the array holding the values
         * @param from the index of the first value to write
         * @param n how many values to write
         * @return this writer
         */
        public Writer putDoubles(double[] values, int from, int n) {
            room(8L * n);
            buf.asDoubleBuffer().put(values, from, n);
            buf.position(buf.position() + 8 * n);
            return this;
        }

        /**
         * Appends the length of {@code values} and then each value.
         *
         * @param values the values
         * @return this writer
         * @throws IllegalStateException when the partial result would exceed about 2 GiB
         */
        public Writer putLongs(long[] values) {
            putInt(values.length);
            room(8L * values.length);
            buf.asLongBuffer().put(values);
            buf.position(buf.position() + 8 * values.length);
            return this;
        }

        /**
         * Appends the UTF-8 length of {@code s} and then its UTF-8 bytes.
         *
         * @param s the text
         * @return this writer
         * @throws IllegalStateException when the partial result would exceed about 2 GiB
         */
        public Writer putString(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            putInt(b.length);
            room(b.length);
            buf.put(b);
            return this;
        }

        /**
         * The bytes written so far.
         *
         * @return a copy of the bytes written, ready to travel as a partial result
         */
        public byte[] toByteArray() {
            return Arrays.copyOf(buf.array(), buf.position());
        }
    }

    /** Reads back what a {@link Writer} wrote, in the same order. */
    public static final class Reader {
        private final ByteBuffer buf;

        /**
         * A reader at the start of {@code bytes}.
         *
         * @param bytes what a {@link Writer} wrote (not copied)
         */
        public Reader(byte[] bytes) {
            buf = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        }

        private void need(long bytes) {
            if (bytes < 0 || buf.remaining() < bytes) {
                throw new IllegalArgumentException("a partial result ends after " + buf.position() + " bytes where "
                        + bytes + " more were expected; it was not written by this version of the analysis");
            }
        }

        /**
         * Reads the next int, as written by {@link Writer#putInt}.
         *
         * @return the value
         * @throws IllegalArgumentException when the bytes end too early (not written by this version of the analysis)
         */
        public int getInt() {
            need(4);
            return buf.getInt();
        }

        /**
         * Reads the next long, as written by {@link Writer#putLong}.
         *
         * @return the value
         * @throws IllegalArgumentException when the bytes end too early (not written by this version of the analysis)
         */
        public long getLong() {
            need(8);
            return buf.getLong();
        }

        /**
         * Reads the next double, as written by {@link Writer#putDouble}.
         *
         * @return the value
         * @throws IllegalArgumentException when the bytes end too early (not written by this version of the analysis)
         */
        public double getDouble() {
            need(8);
            return Double.longBitsToDouble(buf.getLong());
        }

        /**
         * Reads the next boolean, as written by {@link Writer#putBoolean}.
         *
         * @return the value
         * @throws IllegalArgumentException when the bytes end too early (not written by this version of the analysis)
         */
        public boolean getBoolean() {
            need(1);
            return buf.get() != 0;
        }

        /**
         * Reads the next {@code n} doubles, as written by {@link Writer#putDoubles}.
         *
         * @param n how many
         * @return the values
         * @throws IllegalArgumentException when the bytes end too early (not written by this version of the analysis)
         */
        public double[] getDoubles(int n) {
            double[] v = new double[n];
            getDoubles(v, 0, n);
            return v;
        }

        /**
         * Reads n doubles into {@code into[from, from + n)}.
         *
         * @param into the array to fill
         * @param from the index in {@code into} of the first value read
         * @param n how many doubles to read
         */
        public void getDoubles(double[] into, int from, int n) {
            need(8L * n);
            buf.asDoubleBuffer().get(into, from, n);
            buf.position(buf.position() + 8 * n);
        }

        /**
         * Reads a length and that many longs, as written by {@link Writer#putLongs}.
         *
         * @return the values
         * @throws IllegalArgumentException when the bytes end too early (not written by this version of the analysis)
         */
        public long[] getLongs() {
            int n = getInt();
            need(8L * n);
            long[] v = new long[n];
            buf.asLongBuffer().get(v);
            buf.position(buf.position() + 8 * n);
            return v;
        }

        /**
         * Reads a text, as written by {@link Writer#putString}.
         *
         * @return the text
         * @throws IllegalArgumentException when the bytes end too early (not written by this version of the analysis)
         */
        public String getString() {
            int n = getInt();
            need(n);
            byte[] b = new byte[n];
            buf.get(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        /** Checks that every byte was read. */
        public void end() {
            if (buf.hasRemaining()) {
                throw new IllegalArgumentException("a partial result has " + buf.remaining()
                        + " unread bytes; it was not written by this version of the analysis");
            }
        }
    }
}
