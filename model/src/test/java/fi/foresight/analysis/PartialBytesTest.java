package fi.foresight.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartialBytesTest {
    @Test
    void readsBackExactlyWhatWasWritten() {
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(i) * Math.pow(10, i % 40 - 20);
        }
        values[3] = -0.0;
        values[4] = Double.MIN_VALUE;
        values[5] = Double.POSITIVE_INFINITY;
        var w = new PartialBytes.Writer()
                .putInt(-7).putLong(Long.MIN_VALUE).putDouble(Math.PI).putBoolean(true).putBoolean(false)
                .putDoubles(values, 10, 900).putLongs(new long[] {1, -2, 3}).putString("Häme → 2040");
        var r = new PartialBytes.Reader(w.toByteArray());
        assertEquals(-7, r.getInt());
        assertEquals(Long.MIN_VALUE, r.getLong());
        assertEquals(Double.doubleToRawLongBits(Math.PI), Double.doubleToRawLongBits(r.getDouble()));
        assertTrue(r.getBoolean());
        assertEquals(false, r.getBoolean());
        double[] back = r.getDoubles(900);
        for (int i = 0; i < 900; i++) {
            assertEquals(Double.doubleToRawLongBits(values[10 + i]), Double.doubleToRawLongBits(back[i]), "at " + i);
        }
        assertArrayEquals(new long[] {1, -2, 3}, r.getLongs());
        assertEquals("Häme → 2040", r.getString());
        r.end();
    }

    @Test
    void aShortOrLongPartialIsRejected() {
        byte[] bytes = new PartialBytes.Writer().putInt(1).putInt(2).toByteArray();
        var r = new PartialBytes.Reader(bytes);
        r.getInt();
        assertThrows(IllegalArgumentException.class, r::end);
        var r2 = new PartialBytes.Reader(bytes);
        r2.getLong();
        var e = assertThrows(IllegalArgumentException.class, r2::getInt);
        assertTrue(e.getMessage().contains("ends after 8 bytes"), e.getMessage());
    }
}
