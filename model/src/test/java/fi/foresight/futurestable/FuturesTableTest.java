package fi.foresight.futurestable;

import fi.foresight.model.FuturesTable;
import fi.foresight.model.Factor;
import fi.foresight.model.State;
import fi.foresight.model.Judgement;
import fi.foresight.model.Configuration;
import fi.foresight.model.ScenarioCross;
import fi.foresight.model.Axis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class FuturesTableTest {

    /**
     * demand {low, high} × supply {fossil, mixed, renewable} × policy {lax, strict} = 12 configurations.
     * Excluded: high+renewable (2 configurations) and fossil+strict (2), no overlap: 8 remain.
     * Scores: low+renewable 2, renewable+strict 1, high+lax −1.
     * Consistent, 1-based, with scores: 111 0, 121 0, 122 0, 131 2, 132 3, 211 −1, 221 −1, 222 0.
     */
    static FuturesTable energy() {
        return FuturesTable.builder("energy")
                .factor("demand", "low", "high")
                .factor("supply", "fossil", "mixed", "renewable")
                .factor("policy", "lax", "strict")
                .incompatible("demand", "high", "supply", "renewable")
                .incompatible("supply", "fossil", "policy", "strict")
                .score("demand", "low", "supply", "renewable", 2)
                .score("policy", "strict", "supply", "renewable", 1)
                .score("demand", "high", "policy", "lax", -1)
                .build();
    }

    private static List<String> oneBased(SolutionSpace s) {
        return s.configurations().stream().map(Configuration::toOneBased).toList();
    }

    @Test
    void solutionSpaceByHand() {
        SolutionSpace s = SolutionSpace.of(energy());
        assertEquals(8, s.count());
        assertEquals(12, energy().size());
        assertEquals(List.of("1 1 1", "1 2 1", "1 2 2", "1 3 1", "1 3 2", "2 1 1", "2 2 1", "2 2 2"), oneBased(s));
        assertEquals(List.of(0, 0, 0, 2, 3, -1, -1, 0), s.solutions().stream().map(Solution::score).toList());
        assertFalse(s.truncated());
        assertFalse(energy().compatible("supply", "renewable", "demand", "high"));
        assertTrue(energy().compatible("supply", "renewable", "demand", "low"));
        assertEquals(Map.of("demand", "low", "supply", "renewable", "policy", "strict"),
                energy().assignment(s.configurations().get(4)));
    }

    @Test
    void fixingStatesShowsWhatRemains() {
        FuturesTable renewable = energy().fix("supply", "renewable");
        assertEquals(List.of("1 3 1", "1 3 2"), oneBased(SolutionSpace.of(renewable)));
        assertEquals(Map.of("demand", List.of("low"), "supply", List.of("renewable"), "policy", List.of("lax", "strict")),
                renewable.possibleStates());
        FuturesTable strict = energy().fix("policy", "strict");
        assertEquals(3, strict.count());
        assertEquals(List.of("mixed", "renewable"), strict.possibleStates().get("supply"));
        assertEquals(0, energy().fix("policy", "strict").fix("supply", "fossil").count());
        assertEquals(Map.of("policy", "strict"), strict.fixed());
        assertEquals(8, strict.unfixed().count());
        assertThrows(IllegalArgumentException.class, () -> energy().fix("supply", "nuclear"));
    }

    @Test
    void listingLimitKeepsTheExactCount() {
        SolutionSpace s = SolutionSpace.of(energy(), 3);
        assertEquals(8, s.count());
        assertEquals(List.of("1 1 1", "1 2 1", "1 2 2"), oneBased(s));
        assertTrue(s.truncated());
    }

    @Test
    void solutionTable() {
        Table t = SolutionSpace.of(energy()).table();
        assertEquals(SolutionSpace.TABLE, t.name());
        assertEquals(List.of("configuration", "states", "demand", "supply", "policy", "score"), t.columnNames());
        assertEquals("low, renewable, strict", t.stringColumn("states").get(4));
        assertEquals("renewable", t.stringColumn("supply").get(4));
        assertEquals(3, t.intColumn("score").get(4));
    }

    @Test
    void scenarioCrossOverTheTable() {
        ScenarioCross cross = ScenarioCross.of(new Axis("demand", "low", "high"), new Axis("policy", "lax", "strict"))
                .name("low", "strict", "Frugal green");
        assertEquals(List.of("low / lax", "Frugal green", "high / lax", "high / strict"),
                cross.scenarios().stream().map(ScenarioCross.CrossScenario::name).toList());
        // by hand from the list above: low+lax 111 121 131; low+strict 122 132; high+lax 211 221; high+strict 222
        Table t = cross.table(energy());
        assertEquals(ScenarioCross.TABLE, t.name());
        assertEquals(List.of(3L, 2L, 2L, 1L), t.longColumn("configurations").asList());
        assertEquals(List.of("scenario", "x_pole", "y_pole"), cross.table(null).columnNames());
        assertThrows(IllegalArgumentException.class, () -> cross.name("medium", "lax", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Axis("a", "up", "up"));
        assertThrows(IllegalArgumentException.class,
                () -> ScenarioCross.of(new Axis("a", "1", "2"), new Axis("a", "3", "4")));
    }

    @Test
    void rejectsInvalidJudgements() {
        assertThrows(IllegalArgumentException.class, () -> Judgement.incompatible("a", "x", "a", "y"));
        assertThrows(IllegalArgumentException.class, () -> new Judgement("a", "x", "b", "y", false, 2));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> FuturesTable.builder("t")
                .factor("a", "x", "y").factor("b", "u", "v")
                .incompatible("a", "x", "b", "u").score("b", "u", "a", "x", 1).build());
        assertTrue(twice.getMessage().contains("judged twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FuturesTable.builder("t")
                .factor("a", "x").incompatible("a", "x", "b", "u").build());
    }

    /** Up to five factors with one to four states and random incompatible pairs. */
    private static FuturesTable random(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        FuturesTable.Builder b = FuturesTable.builder("random " + seed);
        int n = 1 + r.nextInt(5);
        int[] sizes = new int[n];
        for (int f = 0; f < n; f++) {
            sizes[f] = 1 + r.nextInt(4);
            String[] states = new String[sizes[f]];
            for (int s = 0; s < states.length; s++) {
                states[s] = "s" + s;
            }
            b.factor("f" + f, states);
        }
        for (int f = 0; f < n; f++) {
            for (int g = f + 1; g < n; g++) {
                for (int s = 0; s < sizes[f]; s++) {
                    for (int t = 0; t < sizes[g]; t++) {
                        if (r.nextInt(4) == 0) {
                            b.incompatible("f" + f, "s" + s, "f" + g, "s" + t);
                        }
                    }
                }
            }
        }
        FuturesTable table = b.build();
        if (n > 1 && r.nextBoolean()) {
            int f = r.nextInt(n);
            table = table.fix("f" + f, "s" + r.nextInt(sizes[f]));
        }
        return table;
    }

    /** Every configuration checked pair by pair. */
    private static List<Configuration> bruteForce(FuturesTable t) {
        List<Factor> fs = t.factors();
        int[] s = new int[fs.size()];
        List<Configuration> out = new ArrayList<>();
        while (true) {
            boolean ok = true;
            for (Map.Entry<String, String> fix : t.fixed().entrySet()) {
                int f = t.indexOf(fix.getKey());
                ok &= fs.get(f).indexOf(fix.getValue()) == s[f];
            }
            for (int f = 0; f < fs.size() && ok; f++) {
                for (int g = f + 1; g < fs.size() && ok; g++) {
                    ok = t.compatible(fs.get(f).id(), fs.get(f).states().get(s[f]).id(),
                            fs.get(g).id(), fs.get(g).states().get(s[g]).id());
                }
            }
            if (ok) {
                out.add(Configuration.of(s));
            }
            int d = fs.size() - 1;
            while (d >= 0 && ++s[d] == fs.get(d).size()) {
                s[d] = 0;
                d--;
            }
            if (d < 0) {
                return out;
            }
        }
    }

    @Test
    void prunedSearchEqualsBruteForce() {
        qt().withFixedSeed(314L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            FuturesTable t = random(seed);
            List<Configuration> expected = bruteForce(t);
            assertEquals(expected.size(), t.count(), t.toString());
            assertEquals(expected, SolutionSpace.of(t).configurations(), t.toString());
            for (Factor f : t.factors()) {
                List<String> possible = f.states().stream().map(State::id)
                        .filter(s -> expected.stream().anyMatch(c -> c.state(t.indexOf(f.id())) == f.indexOf(s)))
                        .toList();
                assertEquals(possible, t.possibleStates().get(f.id()), t.toString());
            }
        });
    }
}
