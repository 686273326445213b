package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Elicited;
import fi.foresight.distributions.Empirical;
import fi.foresight.distributions.Fitted;
import fi.foresight.distributions.Mixture;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Pooled;
import fi.foresight.distributions.Tabulated;
import fi.foresight.distributions.fit.MaximumLikelihood;
import org.junit.jupiter.api.Test;

/**
 * {@code fit:}, {@code type: elicited} and {@code type: pooled} in model files: what they read into, and their
 * problems at {@code file:line:col}.
 */
class ViewsReaderTest {
    private static final String HEAD = "model: m\nvariables:\n  x:\n    distribution: ";

    private static Distribution read(String distribution) {
        return ModelFiles.parse(HEAD + distribution + "\n", "m.yaml").drivers().get(0).distribution();
    }

    private static String problem(String distribution) {
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(HEAD + distribution + "\n", "m.yaml"));
        assertEquals(1, e.fileProblems().size(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void fitReplacesTheValuesByTheFittedDistribution() {
        Distribution d = read("{type: empirical, values: [1, 2, 3, 4, 5], counts: [2, 5, 11, 19, 8], fit: pert, "
                + "min: 0.5, max: 5.5}");
        Fitted f = (Fitted) d;
        assertTrue(f.distribution() instanceof Pert, f.toString());
        assertEquals(Empirical.ofCounts(new double[] {1, 2, 3, 4, 5}, new double[] {2, 5, 11, 19, 8}), f.data());
        assertEquals(MaximumLikelihood.fitted(f.data(), "pert", 0.5, 5.5), f);
        assertTrue(read("{type: empirical, values: [1, 2, 3]}") instanceof Empirical);
    }

    @Test
    void elicitedAndPooledReadIntoTheirRecords() {
        Elicited e = (Elicited) read("{type: elicited, quantiles: {0.9: 12, 0.1: 2, 0.5: 5}, family: lognormal}");
        assertEquals(0.1, e.probabilities()[0]);
        assertEquals(12, e.values()[2]);
        Pooled p = (Pooled) read("{type: pooled, experts: {anna: {type: pert, min: 0, mode: 2, max: 5}, ben: "
                + "{type: uniform, min: 1, max: 4}}, weights: {anna: 3, ben: 1}}");
        assertTrue(p.distribution() instanceof Mixture);
        assertEquals(0.75, p.weights()[0], 0);
        Pooled log = (Pooled) read("{type: pooled, method: logarithmic, experts: {anna: {type: pert, min: 0, mode: 2, "
                + "max: 5}, ben: {type: elicited, quantiles: {0.1: 1, 0.5: 2.5, 0.9: 4}, family: normal}}}");
        assertTrue(log.distribution() instanceof Tabulated);
    }

    @Test
    void problemsAreShownWhereTheyAre() {
        assertProblem("{type: empirical, values: [1, 2, 5], fit: gauss}",
                "m.yaml:4:61: variables.x.distribution.fit: unknown fit 'gauss'");
        assertProblem("{type: empirical, values: [1, 2, 5], fit: pert, min: 1, max: 5}",
                "m.yaml:4:61: variables.x.distribution.fit: the values must lie strictly inside the support [1, 5]");
        assertProblem("{type: empirical, values: [1, 2, 5], min: 0, max: 6}",
                "m.yaml:4:61: variables.x.distribution.min: min bounds the support of a fitted beta or PERT");
        assertProblem("{type: elicited, quantiles: {0.1: 2, 1.5: 5}, family: normal}",
                "m.yaml:4:56: variables.x.distribution.quantiles.1.5: the quantile key '1.5' is not a probability");
        assertProblem("{type: elicited, quantiles: {0.1: 6, 0.5: 5}, family: normal}",
                "m.yaml:4:61: variables.x.distribution.quantiles.0.5: the values must increase");
        assertProblem("{type: elicited, quantiles: {0.1: 2, 0.10: 5}, family: normal}",
                "m.yaml:4:62: variables.x.distribution.quantiles.0.10: the probability 0.10 is given twice");
        assertProblem("{type: elicited, quantiles: {0.1: 1, 0.5: 5}, family: pert}", "needs at least 3 quantiles");
        assertProblem("{type: elicited, quantiles: {0.1: 1, 0.5: 5}, family: gamma}", "unknown family 'gamma'");
        assertProblem("{type: pooled, experts: {anna: {type: uniform, min: 0, max: 1}, ben: {type: uniform, min: 2, "
                + "max: 3}}, method: logarithmic}", "ranges do not overlap");
        assertProblem("{type: pooled, experts: {anna: 1, ben: 2}, weights: {anna: 1, bne: 2}}",
                "unknown expert 'bne'; did you mean ben?");
        assertProblem("{type: pooled, experts: {anna: 1}}", "at least two experts");
        assertProblem("{type: pooled, experts: {anna: 1, ben: 2}, method: geometric}", "unknown method 'geometric'");
    }

    private static void assertProblem(String distribution, String expected) {
        String got = problem(distribution);
        assertTrue(expected.startsWith("m.yaml:") ? got.startsWith(expected) : got.contains(expected), got);
    }
}
