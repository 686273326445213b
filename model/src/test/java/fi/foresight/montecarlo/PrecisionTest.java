package fi.foresight.montecarlo;

import fi.foresight.statistics.OutcomeStatistics;
import fi.foresight.statistics.ConvergencePoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionTest {
    @Test
    void stopsAtTheFirstCheckThatMeetsTheTarget() {
        // sum of four U(0,1): mean 2, sd 0.577; ±1% needs about (1.96 · 0.577 / 0.02)² ≈ 3200 samples
        MonteCarloResult r = MonteCarlo.of(Models.uniforms()).precision("sum", 0.01, 1000, 1_000_000)
                .blockSize(256).seed(3).threads(2).run();
        RunResult run = r.run("base", "none");
        Stop stop = run.stop();
        assertEquals(Stop.Reason.PRECISION, stop.reason(), stop.message());
        assertTrue(stop.message().startsWith("precision reached after " + stop.samples() + " samples"), stop.message());
        OutcomeStatistics s = run.statistics("sum");
        assertEquals(stop.samples(), s.n());
        assertTrue(stop.samples() % 1024 == 0, "checks every 4 blocks of 256: " + stop.samples());
        assertTrue(stop.samples() >= 2048 && stop.samples() <= 8192, "stopped at " + stop.samples());
        assertTrue(Precision.Z95 * s.se() <= 0.01 * Math.abs(s.mean()));
        // the check before did not meet the target
        ConvergencePoint before = s.convergence().stream().filter(p -> p.n() == stop.samples() - 1024)
                .findFirst().orElseThrow();
        assertTrue(Precision.Z95 * before.se() > 0.01 * Math.abs(before.mean()));
        // and the same numbers on one thread
        MonteCarloResult one = MonteCarlo.of(Models.uniforms()).precision("sum", 0.01, 1000, 1_000_000)
                .blockSize(256).seed(3).threads(1).run();
        assertEquals(s, one.statistics("base", "none", "sum"));
    }

    @Test
    void stopsAtTheMaximumWhenTheTargetIsOutOfReach() {
        // mean 0: no relative precision is ever reached
        Model m = Model.builder("zero").variable("x", Uniform.of(-1, 1)).outcome("y", "x").build();
        MonteCarloResult r = MonteCarlo.of(m).precision("y", 0.01, 500, 5000).blockSize(100).run();
        Stop stop = r.run("base", "none").stop();
        assertEquals(Stop.Reason.MAX_SAMPLES, stop.reason());
        assertEquals(5000, stop.samples());
        assertTrue(stop.message().contains("maximum of 5000 samples"), stop.message());
    }

    @Test
    void eachScenarioStopsOnItsOwn() {
        MonteCarloResult r = MonteCarlo.of(Models.triangles()).precision("total", 0.002, 4096, 2_000_000)
                .levers("none", "calm").scenarios("base").run();
        List<Long> n = r.runs().stream().map(RunResult::samples).toList();
        // fixing t3 at 0 lowers the variance relative to the mean, so "calm" needs fewer samples
        assertTrue(n.get(1) < n.get(0), n.toString());
        r.runs().forEach(x -> assertEquals(Stop.Reason.PRECISION, x.stop().reason()));
    }
}
