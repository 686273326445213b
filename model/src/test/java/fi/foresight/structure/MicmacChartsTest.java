package fi.foresight.structure;

import fi.foresight.model.InfluenceMatrix;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MicmacChartsTest {

    @Test
    void theMapPlotsDependenceAgainstInfluenceWithQuadrantLinesAtTheMeans() {
        // row sums (influence) 3, 3, 0; column sums (dependence) 2, 1, 3; means 2 and 2
        MicmacResult r = Micmac.of(InfluenceMatrix.parse(List.of("a", "b", "c"), "0 1 2", "2 0 1", "0 0 0")).run();
        fi.foresight.chart.ScatterSpec map = r.map(false);
        assertArrayEquals(new double[] {2, 1, 3}, map.x(), 0);
        assertArrayEquals(new double[] {3, 3, 0}, map.y(), 0);
        assertEquals(2.0, map.vLines()[0], 1e-12);   // vertical line at the mean dependence
        assertEquals(2.0, map.hLines()[0], 1e-12);   // horizontal line at the mean influence
        assertEquals(4, map.corners().size(), "the quadrants named in the corners");
        assertEquals(List.of("micmac-map", "micmac-map-indirect", "micmac-displacement"), List.copyOf(r.charts().keySet()));
    }

    @Test
    void theDisplacementChartHasALinePerVariableFromDirectToIndirectRank() {
        MicmacResult r = Micmac.of(InfluenceMatrix.parse(List.of("a", "b", "c"), "0 1 2", "2 0 1", "0 0 0")).run();
        fi.foresight.chart.SlopeSpec d = r.displacementChart();
        for (int i = 0; i < 3; i++) {
            MicmacVariable v = r.variables().get(i);
            int k = d.labels().stream().map(fi.foresight.chart.Text::en).toList().indexOf(v.variable());
            assertEquals(v.directInfluenceRank(), d.rankA()[k]);
            assertEquals(v.indirectInfluenceRank(), d.rankB()[k]);
        }
    }
}
