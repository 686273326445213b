package fi.foresight.montecarlo;

import fi.foresight.statistics.OutcomeStatistics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.foresight.distributions.Triangular;
import fi.foresight.model.Model;
import fi.foresight.sampling.SamplingKernel;
import org.junit.jupiter.api.Test;

/** The VECTOR sampling kernel in whole runs: determinism, closed forms, and that it is selectable. */
class VectorKernelTest {
    private static MonteCarloResult run(Model m, SamplingKernel k, int threads) {
        return MonteCarlo.of(m).samples(60_000).seed(99).threads(threads).blockSize(1000).kernel(k).run();
    }

    @Test
    void identicalForOneTwoAndSevenThreads() {
        for (Model m : new Model[] {DeterminismTest.correlated(), Models.triangles()}) {
            MonteCarloResult one = run(m, SamplingKernel.VECTOR, 1);
            for (int threads : new int[] {2, 7}) {
                MonteCarloResult many = run(m, SamplingKernel.VECTOR, threads);
                assertEquals(one.summary().print(Integer.MAX_VALUE), many.summary().print(Integer.MAX_VALUE));
                assertEquals(one.convergence().print(Integer.MAX_VALUE), many.convergence().print(Integer.MAX_VALUE));
            }
            assertEquals(SamplingKernel.VECTOR, one.settings().kernel());
        }
    }

    @Test
    void vectorNumbersDifferFromPortableButAgreeStatistically() {
        OutcomeStatistics v = run(DeterminismTest.correlated(), SamplingKernel.VECTOR, 2)
                .statistics("base", "none", "y");
        OutcomeStatistics p = run(DeterminismTest.correlated(), SamplingKernel.PORTABLE, 2)
                .statistics("base", "none", "y");
        assertNotEquals(p.mean(), v.mean());
        assertEquals(p.mean(), v.mean(), 5 * Math.hypot(p.se(), v.se()));
        assertEquals(SamplingKernel.PORTABLE, MonteCarlo.of(Models.uniforms()).settings().kernel());
        assertEquals(SamplingKernel.AUTO.resolve(), MonteCarlo.of(Models.uniforms()).kernel(SamplingKernel.AUTO)
                .settings().kernel());
    }

    @Test
    void sumOfUniformsMatchesIrwinHall() {
        int n = 200_000;
        MonteCarloResult r = MonteCarlo.of(Models.uniforms()).samples(n).seed(17).threads(2)
                .kernel(SamplingKernel.VECTOR).run();
        OutcomeStatistics s = r.statistics("base", "none", "sum");
        ClosedFormTest.assertMean(2, 4.0 / 12, s);
        ClosedFormTest.assertVariance(4.0 / 12, 3 - 6.0 / (5 * 4), s);
        double[] pct = s.percentiles();
        for (int i = 0; i < pct.length; i++) {
            double p = OutcomeStatistics.PERCENTILES[i];
            double q = ClosedFormTest.irwinHallQuantile(4, p);
            assertEquals(q, pct[i], ClosedFormTest.quantileTolerance(p, ClosedFormTest.irwinHallDensity(4, q), s));
        }
    }

    @Test
    void sumOfTriangularsHasTheClosedFormMeanAndVariance() {
        MonteCarloResult r = MonteCarlo.of(Models.triangles()).samples(200_000).seed(3).threads(2)
                .scenarios("base").levers("none").kernel(SamplingKernel.VECTOR).run();
        Triangular[] t = {Models.T1, Models.T2, Models.T3};
        double mean = 0;
        double var = 0;
        double fourth = 0;
        for (Triangular ti : t) {
            mean += ti.mean();
            var += ti.variance();
            fourth += ti.variance() * ti.variance();
        }
        OutcomeStatistics total = r.statistics("base", "none", "total");
        ClosedFormTest.assertMean(mean, var, total);
        ClosedFormTest.assertVariance(var, 3 - 0.6 * fourth / (var * var), total);
    }
}
