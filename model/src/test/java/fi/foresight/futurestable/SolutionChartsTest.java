package fi.foresight.futurestable;

import fi.foresight.model.FuturesTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SolutionChartsTest {

    @Test
    void theTableauShowsEveryListedConfigurationAndNothingWhenThereIsNone() {
        FuturesTable t = FuturesTable.builder("t").factor("demand", "low", "high").factor("supply", "fossil", "green")
                .incompatible("demand", "high", "supply", "green").build();
        SolutionSpace s = SolutionSpace.of(t);
        assertEquals(3, s.count());
        var c = (fi.foresight.chart.GridSpec) s.charts().get("futures-table-tableau");
        assertEquals(List.of("ft_1", "ft_2", "ft_3"), c.columns().stream().map(fi.foresight.chart.Text::en).toList());
        assertEquals(List.of("demand", "supply"), c.rows().stream().map(fi.foresight.chart.Text::en).toList(),
                "the first factor on top");
        assertTrue(c.title().en().contains("3 of 4"), c.title().en());
        assertTrue(SolutionSpace.of(t.fix("demand", "high").fix("supply", "green")).charts().isEmpty());
    }
}
