package fi.foresight.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Normal;
import fi.foresight.model.Driver;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import fi.foresight.model.TimeProcess;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.statistics.OutcomeStatistics;
import fi.foresight.sensitivity.Sobol;
import fi.foresight.sensitivity.SobolIndex;
import fi.foresight.sensitivity.Tornado;
import fi.foresight.sensitivity.WeightSensitivity;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Lever;
import fi.foresight.model.Panel;
import fi.foresight.model.WeightedIndex;
import fi.foresight.sensitivity.TornadoResult;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Static analyses at a year of the horizon: drivers enter at their state in that year. A random walk
 * x(t) = x0 + drift·(t − start) + σ·Σ Z with x0 ~ N(10, 2²), drift 0.5, σ 1 has in 2030 (ten steps) the closed
 * form x ~ N(15, 4 + 10): the static Monte Carlo mean and variance at 2030 match it within 4 standard errors,
 * and equal the trajectories' 2030 statistics exactly (the same streams by construction).
 */
class AtYearTest {
    private static final double MEAN_2030 = 10 + 0.5 * 10;
    private static final double VAR_2030 = 4 + 10;

    static Model walk() {
        return Model.builder("walk").horizon(2020, 2030)
                .variable(Driver.of("x", Normal.of(10, 2)).process(TimeProcess.randomWalk(0.5, 1.0)))
                .variable(Driver.of("c", Normal.of(1, 0.1)))
                .outcome("y", "x")
                .outcome("z", "x * c + (year - 2020)")
                .target(Target.atLeast("y", 18))
                .scenario(Scenario.of("push").shift("x", 3).from(2026))
                .build();
    }

    @Test
    void monteCarloAtTheLastYearIsTheRandomWalksClosedForm() {
        long n = 200_000;
        MonteCarloResult mc = MonteCarlo.of(walk()).samples(n).seed(7).threads(2).scenarios("base").levers("none").run();
        assertEquals(2030, mc.settings().year());
        OutcomeStatistics y = mc.statistics("base", "none", "y");
        double se = Math.sqrt(VAR_2030 / n);
        assertEquals(MEAN_2030, y.moments().mean(), 4 * se, "mean of x in 2030");
        double varSe = Math.sqrt(2 * VAR_2030 * VAR_2030 / (n - 1));
        assertEquals(VAR_2030, y.moments().variance(), 4 * varSe, "variance of x in 2030");
        // year is 2030: z = x * c + 10, E = 15 * 1 + 10
        assertEquals(MEAN_2030 + 10, mc.statistics("base", "none", "z").moments().mean(), 0.05);
        // P(x >= 18) = 1 - Phi((18 - 15) / sqrt(14))
        double p = 1 - new NormalDistribution(MEAN_2030, Math.sqrt(VAR_2030)).cumulativeProbability(18);
        double met = mc.run("base", "none").exceedances().get(0).probability();
        assertEquals(p, met, 4 * Math.sqrt(p * (1 - p) / n));
    }

    @Test
    void monteCarloAtEveryYearEqualsTheTrajectoriesOfThatYear() {
        Model m = TimeModels.everything();
        long n = 6_000;
        TrajectoryResult tr = Trajectories.of(m).samples(n).seed(99).threads(2).blockSize(1024).run();
        for (int year : new int[] {2019, 2020, 2023, 2026, 2030}) {
            MonteCarloResult mc = MonteCarlo.of(m).atYear(year).samples(n).seed(99).threads(2).blockSize(1024).run();
            for (String s : new String[] {"base", "open"}) {
                for (String l : new String[] {"none", "network"}) {
                    for (String column : m.outcomeColumns()) {
                        OutcomeStatistics st = mc.statistics(s, l, column);
                        YearStatistics y = tr.outcome(s, l, column).in(year);
                        String what = column + " in " + year + ", " + s + " x " + l;
                        assertEquals(y.moments(), st.moments(), what);
                        assertArrayEquals(y.percentiles(), st.percentiles(), 0.0, what);
                    }
                    for (TargetExceedance e : tr.run(s, l).exceedance()) {
                        var at = mc.run(s, l).exceedances().stream()
                                .filter(x -> x.target().equals(e.target())).findFirst().orElseThrow();
                        assertEquals(e.met()[(year - 2019)], at.met(), e.target() + " in " + year);
                    }
                }
            }
        }
    }

    @Test
    void oneAndTwoThreadsGiveTheSameNumbersAtALaterYear() {
        Model m = TimeModels.everything();
        var one = MonteCarlo.of(m).samples(5000).seed(3).threads(1).blockSize(512).run();
        var two = MonteCarlo.of(m).samples(5000).seed(3).threads(2).blockSize(512).run();
        assertEquals(one.summary().printAll(), two.summary().printAll());
        assertEquals(one.exceedance().printAll(), two.exceedance().printAll());
    }

    @Test
    void aScenarioActsFromItsYear() {
        Model m = walk();
        var before = MonteCarlo.of(m).atYear(2025).samples(4096).seed(1).scenarios("base", "push").levers("none").run();
        assertEquals(before.statistics("base", "none", "y").moments(), before.statistics("push", "none", "y").moments());
        var after = MonteCarlo.of(m).atYear(2026).samples(4096).seed(1).scenarios("base", "push").levers("none").run();
        assertEquals(after.statistics("base", "none", "y").moments().mean() + 3,
                after.statistics("push", "none", "y").moments().mean(), 1e-9);
    }

    @Test
    void yearsOffTheHorizonAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> MonteCarlo.of(walk()).atYear(2031));
        assertTrue(e.getMessage().contains("a year from 2020 to 2030"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sobol.of(walk()).atYear(2019));
    }

    @Test
    void tornadoAtTheLastYearSwingsTheDriversStateInThatYear() {
        TornadoResult t = Tornado.of(walk()).outcome("y").seed(5).run();
        var swing = t.swings().stream().filter(s -> s.variable().equals("x")).findFirst().orElseThrow();
        var closed = new NormalDistribution(MEAN_2030, Math.sqrt(VAR_2030));
        // empirical quantiles of 16384 paths: standard error of a P10 about sqrt(0.09 / n) / density
        double tol = 4 * Math.sqrt(0.1 * 0.9 / YearState.STATE_PATHS) / closed.density(closed.inverseCumulativeProbability(0.1));
        assertEquals(closed.inverseCumulativeProbability(0.1), swing.lowInput(), tol);
        assertEquals(closed.inverseCumulativeProbability(0.9), swing.highInput(), tol);
    }

    @Test
    void sobolAtTheLastYearGivesTheWalkItsShareOfTheVariance() {
        // z = x * c + 10 with x ~ N(15, 14), c ~ N(1, 0.01) independent:
        // Var = E[c]^2 Var x + E[x]^2 Var c + Var x Var c = 14 + 2.25 + 0.14; S_x = 14 / 16.39 (first order)
        var r = Sobol.of(walk()).outcome("z").samples(8192).seed(11).run();
        double total = 14 + 225 * 0.01 + 14 * 0.01;
        SobolIndex x = r.indices().stream().filter(i -> i.variable().equals("x")).findFirst().orElseThrow();
        // the interval is a 95 % bootstrap interval (about ±1.96 SE): 4 SE is about twice its half-width
        assertEquals(14 / total, x.s1(), 4 * (x.s1High() - x.s1Low()) / 3.92);
    }

    @Test
    void weightSensitivityAtTheLastYearComparesTheLeversAtTheDriversStateInThatYear() {
        // index = (2 * clamp(x / 40) + clamp(c / 2)) / 3; the lever shifts x by 2 from 2026 on
        Model m = Model.builder("walk-index").horizon(2020, 2030)
                .variable(Driver.of("x", Normal.of(10, 2)).range(0, 40).process(TimeProcess.randomWalk(0.5, 1.0)))
                .variable(Driver.of("c", Uniform.of(0.5, 1.5)).range(0, 2))
                .panel(Panel.of("p").weight("x", 2).weight("c", 1))
                .outcome(WeightedIndex.of("index"))
                .lever(Lever.of("push").shift("x", 2).from(2026))
                .build();
        var w = WeightSensitivity.of(m).samples(0).seed(4).run();
        var none = w.alternatives("index").stream().filter(a -> a.lever().equals("none")).findFirst().orElseThrow();
        var push = w.alternatives("index").stream().filter(a -> a.lever().equals("push")).findFirst().orElseThrow();
        // x in 2030 ~ N(15, 14) stays inside [0, 40]: E[index] = (2 * 15 / 40 + 1 / 2) / 3, and the push adds 2 * 2 / 40 / 3
        double exact = (2 * 15.0 / 40 + 0.5) / 3;
        // the state distribution is 16384 paths: the mean of x / 40 has a standard error of sqrt(14 / 16384) / 40
        double tol = 4 * 2.0 / 3 * Math.sqrt(14.0 / YearState.STATE_PATHS) / 40;
        assertEquals(exact, none.expected(), tol);
        assertEquals(2.0 * 2 / 40 / 3, push.expected() - none.expected(), 1e-9);
        // before the lever acts, it changes nothing
        var early = WeightSensitivity.of(m).atYear(2025).samples(0).seed(4).run().alternatives("index");
        assertEquals(early.get(0).expected(), early.get(1).expected(), 1e-12);
    }
}
