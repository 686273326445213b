package fi.foresight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Uniform;
import fi.foresight.job.Language;
import fi.foresight.model.Model;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Result tables in the report: every row, a precision per quantity, years plain, targets in words. */
class TablesTest {
    private final Model model = Model.builder("t").variable("a", Uniform.of(0, 1)).variable("b", Uniform.of(0, 1))
            .weights(Map.of("a", 1.0, "b", 1.0)).weightedIndex("index").outcome("firms", "1000 * a").build();

    private ReportView.TableView view(Table t, Language lang) {
        var m = Messages.of(lang);
        return new Tables(m, new Labels(model, lang)).view(t);
    }

    @Test
    void everyRowIsShownAndEachOutcomeKeepsItsPrecision() {
        int n = 120;
        var outcome = StringColumn.create("outcome");
        var mean = DoubleColumn.create("mean");
        var year = IntColumn.create("year");
        for (int i = 0; i < n; i++) {
            outcome.append(i % 2 == 0 ? "index" : "firms");
            mean.append(i % 2 == 0 ? 0.51234 : 2272.4);
            year.append(2019 + i % 12);
        }
        var v = view(Table.create("montecarlo-means", outcome, mean, year), Language.EN);
        assertEquals(n, v.rows().size());
        assertNull(v.note());
        assertEquals("0.512", v.rows().get(0).get(1));
        assertEquals("2,272", v.rows().get(1).get(1));
        assertEquals("2020", v.rows().get(1).get(2));
        var fi = view(Table.create("montecarlo-means", outcome, mean, year), Language.FI);
        assertEquals("0,512", fi.rows().get(0).get(1));
        assertEquals("2\u00a0272", fi.rows().get(1).get(1));
        assertEquals("Vuosi", fi.headers().get(2));
    }

    @Test
    void targetsAreWords() {
        var t = Table.create("montecarlo-exceedance", StringColumn.create("scenario", "base", "other"),
                StringColumn.create("target", "firms >= 2000.0", "index <= 0.6"), DoubleColumn.create("probability", 0.5, 0.25));
        assertEquals("firms at least 2,000", view(t, Language.EN).rows().get(0).get(1));
        assertEquals("index v\u00e4hint\u00e4\u00e4n 2\u00a0000".replace("index", "firms"), view(t, Language.FI).rows().get(0).get(1));
        assertEquals("index at most 0.6", view(t, Language.EN).rows().get(1).get(1));
    }

    @Test
    void aTableTheSameInEveryScenarioIsShownOnce() {
        var same = Table.create("tornado", StringColumn.create("scenario", "base", "base", "east", "east"),
                StringColumn.create("variable", "a", "b", "a", "b"), DoubleColumn.create("swing", 0.2, 0.1, 0.2, 0.1));
        var v = view(same, Language.EN);
        assertEquals(2, v.rows().size());
        assertNotNull(v.note());
        assertTrue(v.note().contains("same in all 2 scenarios"), v.note());
        var differs = Table.create("tornado", StringColumn.create("scenario", "base", "base", "east", "east"),
                StringColumn.create("variable", "a", "b", "a", "b"), DoubleColumn.create("swing", 0.2, 0.1, 0.2, 0.3));
        assertEquals(4, view(differs, Language.EN).rows().size());
    }
}
