package fi.foresight.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kendall's W against a published example, a hand-checked table with ties, and its limits. */
class ConcordanceTest {
    /**
     * ProofWiki, "Kendall's Coefficient of Concordance/Examples/Arbitrary Example 1": four judges rank three
     * competitors X, Y, Z (A: 1 3 2, B: 1 2 3, C: 2 3 1, D: 3 1 2); the rank sums are 7, 9, 8 and W = 1/16.
     */
    @Test
    void publishedExample() {
        double[][] ranks = {{1, 3, 2}, {1, 2, 3}, {2, 3, 1}, {3, 1, 2}};
        Concordance c = Concordance.of(ranks);
        assertEquals(1.0 / 16, c.w(), 1e-15);
        assertEquals(4, c.raters());
        assertEquals(3, c.objects());
        assertEquals(0.5, c.chiSquare(), 1e-15);           // m (n - 1) W = 4 * 2 / 16
        assertEquals(Math.exp(-0.25), c.pValue(), 1e-12);  // chi-square with 2 df: P(X >= x) = exp(-x / 2)
    }

    /**
     * Three respondents rate four questions; ratings 1 2 2 4 (one pair tied: T = 2^3 - 2 = 6), 1 2 3 4 and 1 1 1 4
     * (three tied: T = 24). Mid-ranks 1 2.5 2.5 4 / 1 2 3 4 / 2 2 2 4, rank sums 4, 6.5, 7.5, 12 around 7.5:
     * S = 12.25 + 1 + 0 + 20.25 = 33.5; W = 12 S / (m^2 (n^3 - n) - m sum T) = 402 / (540 - 90) = 0.89333.
     */
    @Test
    void tiesAreCorrected() {
        double[][] ratings = {{1, 2, 2, 4}, {1, 2, 3, 4}, {1, 1, 1, 4}};
        Concordance c = Concordance.of(ratings);
        assertEquals(402.0 / 450, c.w(), 1e-15);
        assertEquals(3 * 3 * 402.0 / 450, c.chiSquare(), 1e-12);
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, Concordance.midRanks(new double[] {1, 2, 2, 4}));
    }

    @Test
    void sameOrderFromEveryoneIsOne() {
        Concordance c = Concordance.of(new double[][] {{1, 2, 5}, {2, 3, 4}, {1, 4, 5}});
        assertEquals(1.0, c.w(), 1e-15);
    }

    @Test
    void respondentsWithAMissingAnswerAreLeftOut() {
        double[][] ranks = {{1, 3, 2}, {1, 2, 3}, {2, 3, 1}, {3, 1, 2}, {Double.NaN, 1, 2}};
        Concordance c = Concordance.of(ranks);
        assertEquals(1.0 / 16, c.w(), 1e-15);
        assertEquals(1, c.left());
    }

    @Test
    void everyoneIndifferentHasNoW() {
        assertTrue(Double.isNaN(Concordance.of(new double[][] {{3, 3, 3}, {2, 2, 2}}).w()));
        assertTrue(Double.isNaN(Concordance.of(new double[][] {{1, 2, 3}}).w()));
    }
}
