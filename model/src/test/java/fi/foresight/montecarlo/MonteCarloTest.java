package fi.foresight.montecarlo;

import fi.foresight.statistics.OutcomeStatistics;
import fi.foresight.statistics.Histogram;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class MonteCarloTest {
    @Test
    void runsEveryScenarioTimesLeverByDefault() {
        MonteCarloResult r = MonteCarlo.of(Models.triangles()).samples(2000).seed(1).run();
        assertEquals(List.of("base x none", "base x calm", "up x none", "up x calm"),
                r.runs().stream().map(x -> x.scenario() + " x " + x.lever()).toList());
        assertEquals(List.of("linear", "single", "total"), r.outcomes());
        assertEquals(Stop.Reason.SAMPLES, r.run("up", "calm").stop().reason());
        assertEquals(2000, r.run("up", "calm").samples());
    }

    @Test
    void scenariosShareRandomNumbers() {
        // "up" shifts t1 by 1; with common random numbers every sample of total moves by exactly 1
        MonteCarloResult r = MonteCarlo.of(Models.triangles()).samples(3000).seed(5).levers("none")
                .keepSamples(true).run();
        Table s = r.samples();
        double[] base = s.where(s.stringColumn("scenario").isEqualTo("base")).doubleColumn("total").asDoubleArray();
        double[] up = s.where(s.stringColumn("scenario").isEqualTo("up")).doubleColumn("total").asDoubleArray();
        for (int k = 0; k < base.length; k++) {
            assertEquals(base[k] + 1, up[k], 1e-12);
        }
    }

    @Test
    void summaryTableHasTheDocumentedColumns() {
        Table t = MonteCarlo.of(Models.triangles()).samples(1000).seed(1).run().summary();
        assertEquals("montecarlo-summary", t.name());
        assertEquals(List.of("scenario", "lever", "outcome", "n", "mean", "sd", "se", "min", "p01", "p05", "p10",
                "p25", "p50", "p75", "p90", "p95", "p99", "max"), t.columnNames());
        assertEquals(4 * 3, t.rowCount());
    }

    @Test
    void smallRunsAreExactAgainstTheKeptSamples() {
        MonteCarloResult r = MonteCarlo.of(Models.uniforms()).samples(5000).seed(8).keepSamples(true).run();
        double[] sum = r.samples().doubleColumn("sum").asDoubleArray();
        double[] sorted = sum.clone();
        Arrays.sort(sorted);
        OutcomeStatistics s = r.statistics("base", "none", "sum");
        assertTrue(s.exact());
        for (int i = 0; i < OutcomeStatistics.PERCENTILES.length; i++) {
            double p = OutcomeStatistics.PERCENTILES[i];
            assertEquals(sorted[(int) Math.ceil(p * sum.length) - 1], s.percentiles()[i]);
        }
        assertEquals(sorted[0], s.min());
        assertEquals(sorted[sorted.length - 1], s.max());
        // the outcome is the sum of the kept inputs
        Table t = r.samples();
        for (int k = 0; k < 100; k++) {
            double x = 0;
            for (int i = 1; i <= 4; i++) {
                x += t.doubleColumn("x" + i).get(k);
            }
            assertEquals(x, sum[k], 1e-12);
        }
        // histogram counts are exact
        Histogram h = s.histogram(20);
        double[] edges = h.edges();
        for (int b = 0; b < 20; b++) {
            final int bin = b;
            long expected = Arrays.stream(sum).filter(v -> v >= edges[bin] && (bin == 19 ? v <= edges[bin + 1] : v < edges[bin + 1])).count();
            assertEquals(expected, h.counts()[b], "bin " + b);
        }
        long met = Arrays.stream(sum).filter(v -> v >= 2.5).count();
        assertEquals(met, r.run("base", "none").exceedances().get(0).met());
    }

    @Test
    void histogramFromTheSketchIsWithinItsBound() {
        int n = 100_000;
        MonteCarloResult r = MonteCarlo.of(Models.uniforms()).samples(n).seed(8).keepSamples(true).run();
        double[] sum = r.samples().doubleColumn("sum").asDoubleArray();
        OutcomeStatistics s = r.statistics("base", "none", "sum");
        Histogram h = s.histogram(30);
        double[] edges = h.edges();
        double total = 0;
        // each edge's CDF is off by at most the sketch bound plus one grid step
        double tolerance = 2 * (s.rankErrorBound() + 1.0 / OutcomeStatistics.GRID) * n;
        for (int b = 0; b < 30; b++) {
            final int bin = b;
            long expected = Arrays.stream(sum).filter(v -> v >= edges[bin] && (bin == 29 ? v <= edges[bin + 1] : v < edges[bin + 1])).count();
            assertEquals(expected, h.counts()[b], tolerance, "bin " + b);
            total += h.counts()[b];
        }
        assertEquals(n, total, 1e-6);
        Table ht = r.histogram("sum", 30);
        assertEquals("montecarlo-histogram", ht.name());
        assertEquals(List.of("scenario", "lever", "outcome", "from", "to", "count", "density"), ht.columnNames());
    }

    @Test
    void exceedanceAndConvergenceTables() {
        MonteCarloResult r = MonteCarlo.of(Models.uniforms()).samples(20_000).seed(2).blockSize(1000).run();
        Table e = r.exceedance();
        assertEquals("montecarlo-exceedance", e.name());
        assertEquals(List.of("scenario", "lever", "outcome", "target", "probability", "se"), e.columnNames());
        assertEquals("sum >= 2.5", e.stringColumn("target").get(0));
        Table c = r.convergence();
        assertEquals("montecarlo-convergence", c.name());
        assertEquals(List.of("scenario", "lever", "outcome", "n", "mean", "se", "lower", "upper"), c.columnNames());
        long[] n = c.longColumn("n").asLongArray();
        assertEquals(1000, n[0]);
        assertEquals(20_000, n[n.length - 1]);
        for (int i = 1; i < n.length; i++) {
            assertTrue(n[i] > n[i - 1]);
        }
        assertEquals(r.statistics("base", "none", "sum").mean(), c.doubleColumn("mean").get(n.length - 1));
        assertEquals(List.of("montecarlo-summary", "montecarlo-exceedance", "montecarlo-convergence"),
                r.tables().stream().map(Table::name).toList());
        assertEquals("montecarlo", r.kind());
        var f = r.findings();
        assertEquals(2, f.size()); // two targets, one run
        assertEquals("montecarlo.target_probability", f.get(0).key());
        assertEquals(r.run("base", "none").exceedances().get(0).probability(), f.get(0).arguments().get("probability"));
        assertEquals("sum >= 2.5", f.get(0).arguments().get("target"));
    }

    @Test
    void modelCorrelationsAreImposed() {
        Model m = DeterminismTest.correlated();
        Table t = MonteCarlo.of(m).samples(100_000).seed(6).keepSamples(true).run().samples();
        var sp = new SpearmansCorrelation();
        assertEquals(0.6, sp.correlation(t.doubleColumn("a").asDoubleArray(), t.doubleColumn("b").asDoubleArray()), 0.02);
        assertEquals(-0.3, sp.correlation(t.doubleColumn("b").asDoubleArray(), t.doubleColumn("c").asDoubleArray()), 0.02);
    }

    @Test
    void undefinedOutcomesFailWithTheInputs() {
        Model m = Model.builder("bad").variable("x", Uniform.of(-1, 1)).outcome("y", "1 / (x - x)").build();
        var e = assertThrows(IllegalStateException.class, () -> MonteCarlo.of(m).samples(100).threads(2).run());
        assertTrue(e.getMessage().contains("outcome 'y' is"), e.getMessage());
        assertTrue(e.getMessage().contains("x="), e.getMessage());
    }

    @Test
    void samplesTableNeedsKeptSamples() {
        var r = MonteCarlo.of(Models.uniforms()).samples(100).run();
        var e = assertThrows(IllegalStateException.class, r::samples);
        assertTrue(e.getMessage().contains("keep_samples: true"));
    }

    @Test
    void lastBlockMayBeShort() {
        var r = MonteCarlo.of(Models.uniforms()).samples(1001).blockSize(100).keepSamples(true).run();
        assertEquals(1001, r.statistics("base", "none", "sum").n());
        assertEquals(1001, r.samples().rowCount());
        assertArrayEquals(r.samples().doubleColumn("sum").asDoubleArray(),
                MonteCarlo.of(Models.uniforms()).samples(1001).blockSize(100).keepSamples(true).threads(3).run()
                        .samples().doubleColumn("sum").asDoubleArray());
    }
}
