package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Discrete;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

class TornadoTest {
    private static final Distribution[] D = {Uniform.of(0, 10), Triangular.of(1, 2, 6), Normal.of(5, 2)};
    private static final double[] C = {1.5, -4, 0.25};

    private static Model linear() {
        return Model.builder("lin")
                .variable("a", D[0]).variable("b", D[1]).variable("c", D[2]).variable("k", Fixed.of(3))
                .outcome("y", "1.5 * a - 4 * b + 0.25 * c + k")
                .build();
    }

    @Test
    void linearModelSwingsEqualTheAnalyticOnes() {
        TornadoResult t = Tornado.of(linear()).run();
        double base = 3;
        for (int i = 0; i < 3; i++) {
            base += C[i] * D[i].quantile(0.5);
        }
        assertEquals(base, t.base("y"), 1e-12);
        String[] names = {"a", "b", "c"};
        for (int i = 0; i < 3; i++) {
            Swing s = t.swing("y", names[i]);
            double lo = D[i].quantile(0.1);
            double hi = D[i].quantile(0.9);
            assertEquals(lo, s.lowInput(), 0);
            assertEquals(hi, s.highInput(), 0);
            assertEquals(base + C[i] * (lo - D[i].quantile(0.5)), s.lowOutput(), 1e-12);
            assertEquals(base + C[i] * (hi - D[i].quantile(0.5)), s.highOutput(), 1e-12);
            assertEquals(Math.abs(C[i]) * (hi - lo), s.swing(), 1e-12);
        }
        // largest first: a (1.5 · 8 = 12), b (4 · (P90 - P10) ≈ 11.2), c (0.25 · 5.13 ≈ 1.28); k is fixed
        assertEquals(List.of("a", "b", "c"), t.swings("y").stream().map(Swing::variable).toList());
        assertEquals(List.of("outcome", "variable", "low_input", "high_input", "low_output", "high_output", "swing"),
                t.table().columnNames());
    }

    @Test
    void othersCanSitAtTheirMeanAndTheRangeIsAdjustable() {
        TornadoResult t = Tornado.of(linear()).othersAtMean().range(0.05, 0.95).run();
        double base = 3;
        for (int i = 0; i < 3; i++) {
            base += C[i] * D[i].mean();
        }
        assertEquals(base, t.base("y"), 1e-12);
        Swing b = t.swing("y", "b");
        assertEquals(base + C[1] * (D[1].quantile(0.05) - D[1].mean()), b.lowOutput(), 1e-12);
        assertEquals("mean", t.settings().others());
        assertTrue(t.notes().get(0).contains("P5 and P95"), t.notes().toString());
    }

    @Test
    void spiderRunsThroughTheBaseAtTheMedian() {
        TornadoResult t = Tornado.of(linear()).run();
        var c = t.spider("y").stream().filter(p -> p.variable().equals("c")).toList();
        assertEquals(19, c.size());
        for (SpiderPoint p : c) {
            assertEquals(D[2].quantile(p.percentile()), p.input(), 0);
            assertEquals(t.base("y") + C[2] * (p.input() - D[2].quantile(0.5)), p.output(), 1e-12);
        }
        assertEquals(t.base("y"), c.get(9).output(), 1e-12);
        assertEquals(List.of("outcome", "variable", "percentile", "input", "output"),
                t.spiderTable().columnNames());
    }

    @Test
    void spiderRowSeventyOfADiscreteInputWhoseCdfIsExactlySevenTenthsGivesThatValue() {
        // cdf: 0.5 at 0, 0.5 + 0.2 = 0.7 (exactly the double 0.7) at 1, then 1 at 2: P70 is 1, not 2
        Distribution d = Discrete.of(new double[] {0, 1, 2}, new double[] {0.5, 0.2, 0.3});
        assertEquals(0.7, d.cdf(1), 0);
        Model m = Model.builder("disc").variable("v", d).variable("x", Uniform.of(0, 1)).outcome("y", "10 * v + x")
                .build();
        TornadoResult t = Tornado.of(m).run();
        var v = t.spider("y").stream().filter(p -> p.variable().equals("v")).toList();
        SpiderPoint row70 = v.get(13);
        assertEquals(70, Math.round(row70.percentile() * 100));
        assertEquals(0.7, row70.percentile(), 0);
        assertEquals(1, row70.input(), 0);
        assertEquals(2, v.get(14).input(), 0);
        for (int j = 0; j < v.size(); j++) {
            assertEquals((j + 1) / 20.0, v.get(j).percentile(), 0);
        }
    }
}
