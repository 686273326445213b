package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.model.CibJudgements;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code cib: experts, weights, spread, spreads}: several experts' judgements and their spreads. */
class CibExpertsSectionTest {

    static final String HEAD = """
            model: experts
            cib:
              descriptors:
                east: {variants: [open, closed]}
                coop: {variants: [strong, weak]}
            """;

    private static CrossImpactSystem read(String body) {
        Model m = ModelFiles.parse(HEAD + body, "experts.yaml");
        return m.cib().orElseThrow();
    }

    @Test
    void expertsWithoutImpactsGiveTheWeightedSum() {
        CrossImpactSystem s = read("""
                  experts:
                    anna:
                      impacts:
                        east.open: {coop: [2, -2]}
                        coop.strong: {east: [1, -1]}
                    ben:
                      impacts:
                        east.open: {coop: [-1, 1]}
                        east.closed: {coop.weak: 3}
                  weights: {anna: 2}
                """);
        List<CibJudgements.Expert> experts = s.judgements().experts();
        assertEquals(List.of("anna", "ben"), experts.stream().map(CibJudgements.Expert::name).toList());
        assertEquals(List.of(2, 1), experts.stream().map(CibJudgements.Expert::weight).toList());
        assertEquals(-1, experts.get(1).matrix().impact(0, 0, 1, 0));
        // the model's matrix: 2 x anna + ben
        CibMatrix sum = s.matrix();
        assertEquals(3, sum.impact(0, 0, 1, 0));
        assertEquals(-3, sum.impact(0, 0, 1, 1));
        assertEquals(3, sum.impact(0, 1, 1, 1));
        assertEquals(2, sum.impact(1, 0, 0, 0));
        assertTrue(s.judgements().spreads().isEmpty());
    }

    @Test
    void impactsStayTheModelsMatrixBesideTheExperts() {
        CrossImpactSystem s = read("""
                  impacts:
                    east.open: {coop: [1, -1]}
                  experts:
                    anna: {impacts: {east.open: {coop: [3, -3]}}}
                  spread: 1
                  spreads:
                    east.open: {coop.weak: 2}
                    coop.weak: {east.closed: 1}
                """);
        assertEquals(1, s.matrix().impact(0, 0, 1, 0));
        CibMatrix spreads = s.judgements().spreads().orElseThrow();
        assertEquals(1, spreads.impact(0, 0, 1, 0));   // judged by anna: spread 1
        assertEquals(2, spreads.impact(0, 0, 1, 1));   // stated
        assertEquals(1, spreads.impact(1, 1, 0, 1));   // stated for a cell no one judged
        assertEquals(0, spreads.impact(1, 0, 0, 0));   // not judged, not stated
    }

    @Test
    void mistakesAreReportedWhereTheyAre() {
        ModelFileException e = assertThrows(ModelFileException.class, () -> read("""
                  experts:
                    anna:
                      impacts:
                        east.opn: {coop: [2, -2]}
                    ben:
                      impact: {}
                    cleo:
                      impacts:
                        east.open: {coop: [1, -1, 0]}
                  weights: {anan: 2, ben: 0}
                  spread: -1
                  spreads:
                    east.open: {coop: [1, -2]}
                """));
        String m = e.getMessage();
        assertTrue(m.contains("experts.yaml:9:9: cib.experts.anna.impacts.east.opn: descriptor 'east' has no "
                + "variant 'opn'; did you mean open?"), m);
        assertTrue(m.contains("experts.yaml:11:7: cib.experts.ben.impact: unknown key 'impact'; did you mean "
                + "impacts?"), m);
        assertTrue(m.contains("experts.yaml:14:21: cib.experts.cleo.impacts.east.open.coop: expected 2 impacts"), m);
        assertTrue(m.contains("experts.yaml:15:13: cib.weights.anan: unknown expert 'anan'; did you mean anna?; the "
                + "experts are anna, ben, cleo"), m);
        assertTrue(m.contains("experts.yaml:15:27: cib.weights.ben: expected a weight, a whole number from 1 to 1000, "
                + "got 0; leave out"), m);
        assertTrue(m.contains("experts.yaml:16:11: cib.spread: expected a spread, a whole number from 0"), m);
        assertTrue(m.contains("experts.yaml:18:27: cib.spreads.east.open.coop[1]: expected a spread"), m);
    }

    @Test
    void weightsNeedExperts() {
        ModelFileException e = assertThrows(ModelFileException.class, () -> read("""
                  impacts: {}
                  weights: {anna: 2}
                """));
        assertTrue(e.getMessage().contains("experts.yaml:7:13: cib.weights.anna: weights: weighs experts, but the "
                + "cib: section names none"), e.getMessage());
    }
}
