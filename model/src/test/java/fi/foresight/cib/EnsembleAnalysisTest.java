package fi.foresight.cib;

import fi.foresight.model.CibJudgements;
import fi.foresight.model.JudgementSpread;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Expert ensembles and judgement uncertainty as the job type {@code cib_ensemble} runs them, on hand examples. */
class EnsembleAnalysisTest {

    private static List<CibScenario> list(String... s) {
        return java.util.Arrays.stream(s).map(CibScenario::parse).toList();
    }

    /** twoByTwo's descriptors; A always pushed to a{@code a}, B always to b{@code b} (impacts ±1). */
    private static CibMatrix pushTo(int a, int b) {
        int sa = a == 1 ? 1 : -1;
        int sb = b == 1 ? 1 : -1;
        return CibMatrix.of(new int[] {2, 2}, new int[][] {
            {0, 0, sb, -sb},
            {0, 0, sb, -sb},
            {sa, -sa, 0, 0},
            {sa, -sa, 0, 0}});
    }

    private static CrossImpactSystem withExperts(CrossImpactSystem shape, CibJudgements.Expert... experts) {
        CibJudgements j = new CibJudgements(List.of(experts), Optional.empty());
        return shape.withMatrix(j.summed()).withJudgements(j);
    }

    /** Expert 1: {@link CibFixtures#twoByTwo()}; expert 2: B always pushed to b1 (as in CibEnsembleTest). */
    private static CrossImpactSystem twoExperts() {
        CibMatrix always = CibMatrix.of(new int[] {2, 2}, new int[][] {
            {0, 0, 2, -2},
            {0, 0, 2, -2},
            {1, -1, 0, 0},
            {-3, 3, 0, 0}});
        CrossImpactSystem t = CibFixtures.twoByTwo();
        return withExperts(t, new CibJudgements.Expert("anna", 1, t.matrix()),
                new CibJudgements.Expert("ben", 1, always));
    }

    @Test
    void sumOfTwoExpertsByHand() {
        // anna: "1 1" and "2 2"; ben: "1 1". Sum: a1 -> B (4,-4), a2 -> B (1,-1), b1 -> A (2,-2), b2 -> A (-6,6):
        // "1 1" θ_A (2,-2), θ_B (4,-4) consistent; "2 2" θ_B (1,-1) b2 loses; "2 1" a2 loses; "1 2" a1 loses.
        EnsembleReport r = EnsembleAnalysis.of(twoExperts()).run();
        assertEquals(list("1 1"), r.ensemble().list());
        assertEquals(list("1 1", "2 2"), r.scenarios());
        Table t = r.scenarioTable();
        assertEquals(EnsembleReport.SCENARIOS, t.name());
        assertEquals(List.of("scenario", "variants", "variants_fi", "ensemble", "experts", "share", "expert_names"),
                t.columnNames());
        assertEquals(List.of(true, false), t.booleanColumn("ensemble").asList());
        assertEquals(List.of(2, 1), t.intColumn("experts").asList());
        assertEquals(List.of(1.0, 0.5), t.doubleColumn("share").asList());
        assertEquals(List.of("anna, ben", "anna"), t.stringColumn("expert_names").asList());
        Table e = r.expertTable();
        assertEquals(List.of(2, 1), e.intColumn("consistent").asList());
        assertEquals(List.of(1, 1), e.intColumn("also_in_ensemble").asList());
    }

    @Test
    void weightsDecideBetweenOpposedExperts() {
        // x pushes A to a2 and B to b1 (only "2 1" consistent); y pushes A to a1 and B to b2 (only "1 2").
        // Equal weights cancel: every balance is 0, every scenario is consistent (ties). Weight 2 for x: the sum is
        // x's matrix, only "2 1"; weight 2 for y: only "1 2".
        CrossImpactSystem shape = CibFixtures.twoByTwo();
        CibMatrix x = pushTo(2, 1);
        CibMatrix y = pushTo(1, 2);
        assertEquals(list("2 1"), Cib.of(shape.withMatrix(x)).consistent().list());
        assertEquals(list("1 2"), Cib.of(shape.withMatrix(y)).consistent().list());
        EnsembleReport equal = EnsembleAnalysis.of(withExperts(shape, new CibJudgements.Expert("x", 1, x),
                new CibJudgements.Expert("y", 1, y))).run();
        assertEquals(list("1 1", "1 2", "2 1", "2 2"), equal.ensemble().list());
        assertEquals(0, equal.members().support(CibScenario.parse("1 1")));
        EnsembleReport xHeavy = EnsembleAnalysis.of(withExperts(shape, new CibJudgements.Expert("x", 2, x),
                new CibJudgements.Expert("y", 1, y))).run();
        assertEquals(list("2 1"), xHeavy.ensemble().list());
        EnsembleReport yHeavy = EnsembleAnalysis.of(withExperts(shape, new CibJudgements.Expert("x", 1, x),
                new CibJudgements.Expert("y", 2, y))).run();
        assertEquals(list("1 2"), yHeavy.ensemble().list());
    }

    @Test
    void anEnsembleOfIdenticalMatricesEqualsTheSingleMatrix() {
        CrossImpactSystem one = CibFixtures.twoByTwo();
        CrossImpactSystem three = withExperts(one, new CibJudgements.Expert("a", 1, one.matrix()),
                new CibJudgements.Expert("b", 1, one.matrix()), new CibJudgements.Expert("c", 1, one.matrix()));
        // on the mean for any tolerance; on the sum (three times the matrix) at tolerance 0
        for (boolean mean : new boolean[] {false, true}) {
            for (int tolerance : mean ? new int[] {0, 1, 2} : new int[] {0}) {
                EnsembleReport single = EnsembleAnalysis.of(one).mean(mean).tolerance(tolerance)
                        .uncertainty(JudgementSpread.uniform(1, false), 200, 7L).run();
                EnsembleReport ensemble = EnsembleAnalysis.of(three).mean(mean).tolerance(tolerance)
                        .uncertainty(JudgementSpread.uniform(1, false), 200, 7L).run();
                assertEquals(Cib.of(one).tolerance(tolerance).consistent().list(), ensemble.ensemble().list());
                assertEquals(single.ensemble().list(), ensemble.ensemble().list());
                Table a = single.uncertaintyTable().orElseThrow();
                Table b = ensemble.uncertaintyTable().orElseThrow();
                assertEquals(a.printAll(), b.printAll(), "mean " + mean + ", tolerance " + tolerance);
                assertEquals(List.of(3), ensemble.scenarioTable().intColumn("experts").unique().asList());
            }
        }
        // without experts the uncertainty is exactly that of the plain analysis
        EnsembleReport plain = EnsembleAnalysis.of(one).uncertainty(JudgementSpread.uniform(1, false), 300, 11L).run();
        UncertaintySample direct = Cib.of(one).uncertainty(1).sample(300, 11L);
        assertEquals(direct.counts(), plain.uncertainty().orElseThrow().sample().counts());
        assertEquals(Cib.of(one).uncertainty(1).bounds().robust(), plain.uncertainty().orElseThrow().bounds().robust());
    }

    @Test
    void spreadZeroKeepsExactlyTheConsistentScenarios() {
        CrossImpactSystem system = CibFixtures.ties();
        EnsembleReport r = EnsembleAnalysis.of(system).uncertainty(JudgementSpread.uniform(0, true), 50, 3L).run();
        EnsembleReport.Uncertainty u = r.uncertainty().orElseThrow();
        List<CibScenario> nominal = Cib.of(system).consistent().list();
        List<CibScenario> all = new ArrayList<>();
        for (int x = 1; x <= 3; x++) {
            for (int y = 1; y <= 2; y++) {
                for (int z = 1; z <= 2; z++) {
                    all.add(CibScenario.parse(x + " " + y + " " + z));
                }
            }
        }
        for (CibScenario s : all) {
            assertEquals(nominal.contains(s) ? 1.0 : 0.0, u.sample().frequency(s), s.toString());
        }
        assertEquals(nominal, u.bounds().robust());
        assertEquals(nominal, u.bounds().possible());
    }

    @Test
    void theSameSeedGivesTheSameTablesForOneAndTwoThreads() {
        CrossImpactSystem system = twoExperts();
        EnsembleAnalysis a = EnsembleAnalysis.of(system).tolerance(1).mean(true)
                .uncertainty(JudgementSpread.uniform(2, true), 400, 42L);
        EnsembleReport one = a.threads(1).run();
        EnsembleReport two = a.threads(2).run();
        for (int k = 0; k < one.tables().size(); k++) {
            assertEquals(one.tables().get(k).printAll(), two.tables().get(k).printAll());
        }
        EnsembleReport other = a.uncertainty(JudgementSpread.uniform(2, true), 400, 43L).threads(2).run();
        assertTrue(!one.uncertaintyTable().orElseThrow().printAll()
                .equals(other.uncertaintyTable().orElseThrow().printAll()), "another seed draws other matrices");
    }

    @Test
    void spreadFromTheExpertsIsHalfTheirRangeRoundedUp() {
        // anna and ben differ only on the row of a2: anna (-1, 1), ben (2, -2): range 3 -> spread 2; else 0
        CibMatrix spreads = JudgementSpread.experts().of(twoExperts());
        assertEquals(2, spreads.impact(0, 1, 1, 0));
        assertEquals(2, spreads.impact(0, 1, 1, 1));
        assertEquals(0, spreads.impact(0, 0, 1, 0));
        assertEquals(0, spreads.impact(1, 1, 0, 0));
        // uniform: judged cells only, unless zeros are included; never the diagonal blocks
        CibMatrix uniform = JudgementSpread.uniform(1, false).of(CibFixtures.twoByTwo());
        assertEquals(1, uniform.impact(0, 0, 1, 0));
        assertEquals(0, uniform.impact(0, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> JudgementSpread.experts().of(CibFixtures.twoByTwo()));
        assertThrows(IllegalArgumentException.class, () -> JudgementSpread.stated().of(CibFixtures.twoByTwo()));
    }

    @Test
    void perCellSpreadsAndStepsAgreeWithTheUniformWidth() {
        CrossImpactSystem t = CibFixtures.twoByTwo();
        CibMatrix ones = JudgementSpread.uniform(1, false).of(t);
        JudgementUncertainty uniform = Cib.of(t).threads(1).uncertainty(1);
        JudgementUncertainty perCell = Cib.of(t).threads(1).uncertainty(0).spreads(ones);
        assertEquals(uniform.bounds(), perCell.bounds());
        assertEquals(uniform.sample(300, 5L).counts(), perCell.sample(300, 5L).counts());
        // twice the matrix moved by twice the step: the same scenarios in every draw
        int[][] rows = t.matrix().toRows();
        for (int[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] *= 2;
            }
        }
        CrossImpactSystem doubled = t.withMatrix(CibMatrix.of(new int[] {2, 2}, rows));
        JudgementUncertainty stepped = Cib.of(doubled).threads(1).uncertainty(0).spreads(ones).step(2);
        assertEquals(uniform.sample(300, 5L).counts(), stepped.sample(300, 5L).counts());
        assertEquals(uniform.bounds().possible(), stepped.bounds().possible());
    }

    @Test
    void findingsCountUnanimousAndRobustScenarios() {
        EnsembleReport r = EnsembleAnalysis.of(twoExperts()).uncertainty(JudgementSpread.uniform(0, false), 10, 1L)
                .run();
        var agreement = r.findings().get(0);
        assertEquals("cib_ensemble.agreement", agreement.key());
        assertEquals(1, agreement.arguments().get("unanimous"));
        assertEquals(1, agreement.arguments().get("expert_only"));
        var u = r.findings().get(1);
        assertEquals(1, u.arguments().get("robust"));
        assertEquals(1, u.arguments().get("stable"));
        assertEquals(List.of("cib-ensemble-agreement", "cib-judgement-uncertainty"), List.copyOf(r.charts().keySet()));
    }
}
