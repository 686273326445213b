package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CibScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class JudgementUncertaintyTest {

    private static List<CibScenario> list(String... s) {
        return java.util.Arrays.stream(s).map(CibScenario::parse).toList();
    }

    @Test
    void boundsOfTheTwoByTwoSystemByHand() {
        // ±1 on each of the 8 judged cells moves a margin θ_chosen − θ_rival by up to 2 either way.
        // "1 1": margins A 2, B 4 -> worst 0 and 2: robust.   "2 2": margins A 6, B 2 -> worst 4 and 0: robust.
        // "2 1": shortfalls A 2, B 2 -> best 0 and 0: possible. "1 2": shortfall A 6 -> best 4: impossible.
        UncertaintyBounds one = Cib.of(CibFixtures.twoByTwo()).uncertainty(1).bounds();
        assertEquals(list("1 1", "2 2"), one.robust());
        assertEquals(list("1 1", "2 2"), one.nominal());
        assertEquals(list("1 1", "2 1", "2 2"), one.possible());
        // ±2: worst margins "1 1" A 2-4 < 0, "2 2" B 2-4 < 0: nothing robust; "1 2" best shortfall 6-4 = 2 > 0
        UncertaintyBounds two = Cib.of(CibFixtures.twoByTwo()).uncertainty(2).bounds();
        assertEquals(List.of(), two.robust());
        assertEquals(list("1 1", "2 1", "2 2"), two.possible());
        Table t = one.table();
        assertEquals(UncertaintyBounds.TABLE, t.name());
        assertEquals(List.of("scenario", "variants", "nominal", "robust"), t.columnNames());
        assertEquals(List.of(true, false, true), t.booleanColumn("robust").asList());
    }

    /** Two or three descriptors with two variants; up to 7 non-zero judgements, all others 0. */
    private static CrossImpactSystem sparse(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 2 + r.nextInt(2);
        CrossImpactSystem.Builder b = CrossImpactSystem.builder("sparse " + seed);
        for (int d = 0; d < n; d++) {
            b.descriptor("D" + d, "v0", "v1");
        }
        int cells = 1 + r.nextInt(7);
        for (int k = 0; k < cells; k++) {
            int i = r.nextInt(n);
            int j = (i + 1 + r.nextInt(n - 1)) % n;
            b.impact("D" + i, "v" + r.nextInt(2), "D" + j, "v" + r.nextInt(2), r.nextInt(7) - 3);
        }
        return b.build();
    }

    @Test
    void boundsEqualTheIntersectionAndUnionOverEveryAdmissibleMatrix() {
        qt().withFixedSeed(5L).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            CrossImpactSystem s = sparse(seed);
            int total = s.matrix().size();
            List<Integer> judged = new ArrayList<>();
            for (int k = 0; k < total * total; k++) {
                if (s.matrix().cells()[k] != 0) {
                    judged.add(k);
                }
            }
            Set<CibScenario> union = new TreeSet<>();
            Set<CibScenario> intersection = null;
            int combos = (int) Math.pow(3, judged.size());
            for (int c = 0; c < combos; c++) {
                int[] cells = s.matrix().cells().clone();
                int code = c;
                for (int k : judged) {
                    cells[k] += code % 3 - 1;
                    code /= 3;
                }
                CrossImpactSystem m = s.withMatrix(CibMatrix.ofCells(s.matrix().variantCounts(), cells, true));
                Set<CibScenario> found = new TreeSet<>();
                CibFixtures.bruteForce(m, 0).forEach(x -> found.add(x.scenario()));
                union.addAll(found);
                if (intersection == null) {
                    intersection = new TreeSet<>(found);
                } else {
                    intersection.retainAll(found);
                }
            }
            UncertaintyBounds b = Cib.of(s).uncertainty(1).bounds();
            assertEquals(new ArrayList<>(union), b.possible(), s.name());
            assertEquals(new ArrayList<>(intersection), b.robust(), s.name());
        });
    }

    @Test
    void samplingAgreesWithTheBoundsAndIsReproducible() {
        CrossImpactSystem s = CibFixtures.read("CIB_global");
        JudgementUncertainty u = Cib.of(s).threads(1).uncertainty(1);
        UncertaintySample a = u.sample(200, 11L);
        assertEquals(a, Cib.of(s).threads(3).uncertainty(1).sample(200, 11L));
        UncertaintyBounds bounds = u.bounds();
        a.counts().forEach((scenario, n) -> assertTrue(bounds.possible().contains(scenario), scenario.toString()));
        bounds.robust().forEach(r -> assertEquals(200, a.counts().get(r), r.toString()));
        assertFalse(a.equals(u.sample(200, 12L)), "another seed draws other matrices");
        Table t = a.table();
        assertEquals(UncertaintySample.TABLE, t.name());
        assertEquals(List.of("scenario", "variants", "draws_consistent", "share", "nominal"), t.columnNames());
    }

    @Test
    void zeroWidthReproducesTheNominalScenariosInEveryDraw() {
        CrossImpactSystem s = CibFixtures.read("CIB_global");
        UncertaintySample sample = Cib.of(s).uncertainty(0).sample(5, 1L);
        assertEquals(Cib.of(s).consistent().list(), new ArrayList<>(sample.counts().keySet()));
        sample.counts().values().forEach(n -> assertEquals(5, n));
        assertEquals(1.0, sample.frequency(CibScenario.parse("2 3 2")), 0.0);
    }

    @Test
    void includingZerosWidensWhatIsPossible() {
        // ties system, scenario "2 2 1": θ_X from y2 = (2, 0, 0), x2 short by 2. Judged cell y2 -> x1 = 2 may drop to
        // 1, but y2 -> x2 is judged 0: with zeros fixed the shortfall stays 1 (impossible); when zeros may move,
        // y2 -> x2 rises to 1 and x2 ties. θ_Y from x2 = (1, -1): both judged cells move, shortfall 2 closes to 0.
        // θ_Z from x2 = (1, 0): z1 is best already.
        CrossImpactSystem s = CibFixtures.ties();
        UncertaintyBounds judgedOnly = Cib.of(s).uncertainty(1).bounds();
        UncertaintyBounds all = Cib.of(s).uncertainty(1).includeZeros(true).bounds();
        CibScenario x2y2z1 = CibScenario.parse("2 2 1");
        assertFalse(judgedOnly.possible().contains(x2y2z1));
        assertTrue(all.possible().contains(x2y2z1));
        assertTrue(all.possible().containsAll(judgedOnly.possible()));
        assertTrue(judgedOnly.robust().containsAll(all.robust()));
    }
}
