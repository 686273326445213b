package fi.foresight.futurestable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;

class SolutionChartsTest {

    @Test
    void theTableauShowsEveryListedConfigurationAndNothingWhenThereIsNone() {
        FuturesTable t = FuturesTable.builder("t").factor("demand", "low", "high").factor("supply", "fossil", "green")
                .incompatible("demand", "high", "supply", "green").build();
        SolutionSpace s = t.solutions();
        assertEquals(3, s.count());
        HeatMapChart c = (HeatMapChart) s.charts().get("futures-table-tableau");
        HeatMapSeries series = c.getHeatMapSeries();
        assertEquals(List.of("ft_1", "ft_2", "ft_3"), series.getXData());
        assertEquals(List.of("supply", "demand"), series.getYData());
        assertTrue(c.getTitle().contains("3 of 4"), c.getTitle());
        assertTrue(t.fix("demand", "high").fix("supply", "green").solutions().charts().isEmpty());
    }
}
