package fi.foresight.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Median, quartiles (Hyndman–Fan 7) and the share within one point, on tables small enough to check by hand. */
class SpreadTest {
    @Test
    void fiveAnswersByHand() {
        Spread s = Spread.of(new double[] {5, 2, Double.NaN, 1, 3, 2});
        assertEquals(5, s.answers());
        assertEquals(1, s.missing());
        assertEquals(2.0, s.median(), 0);
        assertEquals(2.0, s.q1(), 0);       // h = 4 * 0.25 = 1 -> x[1] = 2
        assertEquals(3.0, s.q3(), 0);       // h = 3 -> x[3] = 3
        assertEquals(1.0, s.iqr(), 0);
        assertEquals(0.8, s.withinOne(), 1e-15);   // 1, 2, 2, 3 of 1, 2, 2, 3, 5
        assertEquals(2.6, s.mean(), 1e-15);
        assertEquals(Math.sqrt(2.3), s.sd(), 1e-15); // (2.56 + .36 + .36 + .16 + 5.76) / 4
    }

    @Test
    void quartilesInterpolateBetweenAnswers() {
        Spread s = Spread.of(new double[] {1, 3, 4, 5});
        assertEquals(2.5, s.q1(), 1e-15);   // h = 0.75: 1 + 0.75 * (3 - 1)
        assertEquals(4.25, s.q3(), 1e-15);  // h = 2.25: 4 + 0.25 * (5 - 4)
        assertEquals(3.5, s.median(), 1e-15);
        assertEquals(0.5, s.withinOne(), 1e-15);  // 3 and 4 within 1 of 3.5
    }

    @Test
    void noAnswersGiveNoStatistics() {
        Spread s = Spread.of(new double[] {Double.NaN, Double.NaN});
        assertEquals(0, s.answers());
        assertEquals(2, s.missing());
        assertTrue(Double.isNaN(s.iqr()) && Double.isNaN(s.withinOne()));
    }
}
