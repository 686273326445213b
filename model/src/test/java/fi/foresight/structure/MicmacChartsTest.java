package fi.foresight.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class MicmacChartsTest {

    @Test
    void theMapPlotsDependenceAgainstInfluenceWithQuadrantLinesAtTheMeans() {
        // row sums (influence) 3, 3, 0; column sums (dependence) 2, 1, 3; means 2 and 2
        MicmacResult r = Micmac.of(InfluenceMatrix.parse(List.of("a", "b", "c"), "0 1 2", "2 0 1", "0 0 0")).run();
        XYChart map = r.map(false);
        XYSeries points = map.getSeries("points");
        assertArrayEquals(new double[] {2, 1, 3}, points.getXData(), 0);
        assertArrayEquals(new double[] {3, 3, 0}, points.getYData(), 0);
        XYSeries lines = map.getSeries("reference lines");
        assertEquals(2.0, lines.getXData()[0], 1e-12);   // vertical line at the mean dependence
        assertEquals(2.0, lines.getYData()[1], 1e-12);   // horizontal line at the mean influence
        assertEquals(List.of("micmac-map", "micmac-map-indirect", "micmac-displacement"), List.copyOf(r.charts().keySet()));
    }

    @Test
    void theDisplacementChartHasALinePerVariableFromDirectToIndirectRank() {
        MicmacResult r = Micmac.of(InfluenceMatrix.parse(List.of("a", "b", "c"), "0 1 2", "2 0 1", "0 0 0")).run();
        XYChart d = r.displacementChart();
        for (int i = 0; i < 3; i++) {
            MicmacVariable v = r.variables().get(i);
            XYSeries s = d.getSeriesCollection().stream().filter(x -> x.getName().endsWith(": " + v.variable()))
                    .findFirst().orElseThrow();
            assertArrayEquals(new double[] {-v.directInfluenceRank(), -v.indirectInfluenceRank()}, s.getYData(), 0);
        }
    }
}
