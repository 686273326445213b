package fi.foresight.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;

class MomentsTest {
    @Test
    void mergingBlocksMatchesOnePassOverAll() {
        double[] x = new double[10_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i * 0.37) * 3 + i * 1e-4;
        }
        Moments merged = Moments.EMPTY;
        for (int from = 0; from < x.length; from += 777) {
            double[] b = Arrays.copyOfRange(x, from, Math.min(x.length, from + 777));
            merged = merged.merge(Moments.of(b, b.length));
        }
        Moments all = Moments.of(x, x.length);
        assertEquals(all.n(), merged.n());
        assertEquals(all.mean(), merged.mean(), 1e-13);
        assertEquals(new Variance().evaluate(x), merged.variance(), 1e-12);
        assertEquals(Arrays.stream(x).min().orElseThrow(), merged.min());
        assertEquals(Arrays.stream(x).max().orElseThrow(), merged.max());
    }

    @Test
    void largeOffsetsDoNotCancel() {
        // values 1e9 + {0, 1, 2, 3}: variance 5/3 survives where sum-of-squares formulas lose it
        Moments m = Moments.EMPTY;
        for (int rep = 0; rep < 1000; rep++) {
            m = m.merge(Moments.of(new double[] {1e9, 1e9 + 1, 1e9 + 2, 1e9 + 3}, 4));
        }
        double expected = 1.25 * 4000 / 3999; // population variance 1.25, sample divisor n - 1
        assertEquals(expected, m.variance(), 1e-9);
        assertEquals(1e9 + 1.5, m.mean(), 1e-6);
    }

    @Test
    void standardErrorAndEdgeCases() {
        Moments m = Moments.of(new double[] {1, 2, 3, 4}, 4);
        assertEquals(Math.sqrt(5.0 / 3) / 2, m.se(), 1e-15);
        assertTrue(Double.isNaN(Moments.of(new double[] {1}, 1).sd()));
        assertSame(m, m.merge(Moments.EMPTY));
        assertSame(m, Moments.EMPTY.merge(m));
        assertThrows(IllegalArgumentException.class, () -> new Moments(2, 0, -1, 0, 1));
    }
}
