package fi.foresight.montecarlo;

import fi.foresight.statistics.OutcomeStatistics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import fi.foresight.sampling.Design;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    /** Correlated drivers and an expression, so every part of the pipeline is exercised. */
    static Model correlated() {
        return Model.builder("corr")
                .variable("a", Triangular.of(0, 1, 3))
                .variable("b", Uniform.of(-1, 1))
                .variable("c", Uniform.of(0, 1))
                .correlation("a", "b", 0.6)
                .correlation("b", "c", -0.3)
                .outcome("y", "a * b + c")
                .build();
    }

    private static MonteCarloResult run(Model m, Design d, int threads, int blockSize) {
        return MonteCarlo.of(m).samples(50_000).seed(99).threads(threads).design(d).blockSize(blockSize).run();
    }

    @ParameterizedTest
    @EnumSource(Design.class)
    void identicalForOneTwoAndSevenThreads(Design design) {
        for (Model m : List.of(correlated(), Models.triangles())) {
            MonteCarloResult one = run(m, design, 1, 1000);
            for (int threads : new int[] {2, 7}) {
                MonteCarloResult many = run(m, design, threads, 1000);
                for (int i = 0; i < one.runs().size(); i++) {
                    RunResult a = one.runs().get(i);
                    RunResult b = many.runs().get(i);
                    for (String o : a.outcomes()) {
                        assertEquals(a.statistics(o), b.statistics(o), m.id() + " " + o + " threads " + threads);
                    }
                    assertEquals(a.exceedances(), b.exceedances());
                }
                assertEquals(one.summary().print(Integer.MAX_VALUE), many.summary().print(Integer.MAX_VALUE));
                assertEquals(one.convergence().print(Integer.MAX_VALUE), many.convergence().print(Integer.MAX_VALUE));
            }
        }
    }

    @Test
    void keptSamplesAreIdenticalAcrossThreadsToo() {
        var one = MonteCarlo.of(correlated()).samples(5000).seed(4).threads(1).blockSize(512).keepSamples(true).run();
        var two = MonteCarlo.of(correlated()).samples(5000).seed(4).threads(2).blockSize(512).keepSamples(true).run();
        assertEquals(one.samples().print(Integer.MAX_VALUE), two.samples().print(Integer.MAX_VALUE));
    }

    /**
     * Block size is part of the design: each block has its own stream (and, for Latin hypercube, its own
     * strata), so other block sizes give other, statistically equivalent numbers.
     */
    @ParameterizedTest
    @EnumSource(Design.class)
    void otherBlockSizesGiveOtherButConsistentNumbers(Design design) {
        OutcomeStatistics a = run(correlated(), design, 2, 1000).statistics("base", "none", "y");
        OutcomeStatistics b = run(correlated(), design, 2, 4096).statistics("base", "none", "y");
        assertNotEquals(a.mean(), b.mean());
        double se = Math.hypot(a.se(), b.se());
        assertEquals(a.mean(), b.mean(), 5 * se);
        OutcomeStatistics again = run(correlated(), design, 2, 4096).statistics("base", "none", "y");
        assertEquals(b, again);
    }

    @Test
    void otherSeedsGiveOtherNumbers() {
        var a = MonteCarlo.of(correlated()).samples(10_000).seed(1).run().statistics("base", "none", "y");
        var b = MonteCarlo.of(correlated()).samples(10_000).seed(2).run().statistics("base", "none", "y");
        assertNotEquals(a.mean(), b.mean());
    }
}
