package fi.foresight.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Weights are the normalised mean ratings; the Dirichlet concentration follows the documented rule. */
class RatingWeightsTest {
    @Test
    void weightsAreTheNormalisedMeanRatings() {
        double[][] ratings = {{5, 3, 1}, {4, 4, 2}, {3, 2, 3}, {4, Double.NaN, 5}};
        RatingWeights w = RatingWeights.of(List.of("a", "b", "c"), ratings);
        // complete cases: the first three; means 4, 3, 2, sum 9
        assertArrayEquals(new double[] {4, 3, 2}, w.meanRatings(), 1e-15);
        assertArrayEquals(new double[] {4.0 / 9, 3.0 / 9, 2.0 / 9}, w.weights(), 1e-15);
        assertEquals(3, w.respondents());
        assertEquals(1, w.left());
        assertEquals(List.of("a", "b", "c"), List.copyOf(w.weightsByDriver().keySet()));
    }

    /**
     * Ratings (1, 3), (2, 2), (3, 1): means 2, 2, w = (1/2, 1/2), S = 4, T_r = 4. d_r1 = (x_r1 - 2) / 4 =
     * -1/4, 0, 1/4, sample variance 1/16, Var(w_1) = 1/48 = Var(w_2). kappa = (1/4 + 1/4) / (2/48) - 1 = 11.
     */
    @Test
    void concentrationByTheRule() {
        RatingWeights w = RatingWeights.of(List.of("a", "b"), new double[][] {{1, 3}, {2, 2}, {3, 1}});
        assertEquals(11.0, w.concentration(), 1e-12);
        assertEquals(3.0, w.memberConcentration(), 1e-12);   // (11 + 1) / 3 - 1
    }

    /** The same disagreement among four times as many respondents: kappa + 1 = n (n - 1) / (4 sum d^2) goes from 12 to 66. */
    @Test
    void moreRespondentsConcentrateTheWeights() {
        double[][] few = {{1, 3}, {2, 2}, {3, 1}};
        double[][] many = new double[12][];
        for (int i = 0; i < 12; i++) {
            many[i] = few[i % 3];
        }
        // n = 12: d = -1/4 (4x), 0 (4x), 1/4 (4x); s^2 = 8/16/11 = 1/22; Var = 1/264; kappa = 0.5 / (2/264) - 1 = 65
        assertEquals(65.0, RatingWeights.of(List.of("a", "b"), many).concentration(), 1e-12);
        // one member's weights: (65 + 1) / 12 - 1 = 4.5, close to the 3 of three respondents (the same spread of views)
        assertEquals(4.5, RatingWeights.of(List.of("a", "b"), many).memberConcentration(), 1e-12);
    }

    @Test
    void agreementLeavesTheWeightsCertain() {
        RatingWeights w = RatingWeights.of(List.of("a", "b"), new double[][] {{4, 2}, {4, 2}, {2, 1}});
        assertEquals(0.0, w.concentration(), 0);
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3}, w.weights(), 1e-15);
    }

    @Test
    void tooFewRespondentsAreRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RatingWeights.of(List.of("a", "b"), new double[][] {{1, 2}, {Double.NaN, 1}}));
        assertEquals("1 respondent(s) rated every driver of the panel; weights from ratings need at least 2",
                e.getMessage());
    }
}
