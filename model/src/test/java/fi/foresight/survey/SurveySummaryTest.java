package fi.foresight.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A data file's columns summarised before use. */
class SurveySummaryTest {
    @Test
    void numericAndTextColumns() {
        List<String> headers = List.of("respondent", "role", "interest");
        List<List<String>> rows = List.of(List.of("1", "entrepreneur", "5"), List.of("2", "educator", ""),
                List.of("3", "entrepreneur", "2"), List.of("4", "", "4"), List.of("5", "educator", "4"));
        SurveySummary s = SurveySummary.of("survey.csv", headers, rows);
        SurveySummary.Column role = s.columns().get(1);
        assertTrue(!role.numeric());
        assertEquals(4, role.answers());
        assertEquals(1, role.missing());
        assertEquals(List.of("entrepreneur", "educator"), List.copyOf(role.distribution().keySet()));
        assertNull(role.spread());
        SurveySummary.Column interest = s.columns().get(2);
        assertTrue(interest.numeric());
        assertEquals(4, interest.answers());
        assertEquals(4.0, interest.spread().median(), 0);  // 2 4 4 5
        assertEquals(3.5, interest.spread().q1(), 1e-15);  // h = 0.75: 2 + 0.75 * 2
        var t = s.table();
        assertEquals("2\u20135", t.stringColumn("scale").get(2));
        assertEquals("2: 1; 4: 2; 5: 1", t.stringColumn("distribution").get(2));
        assertEquals("entrepreneur: 2; educator: 2", t.stringColumn("distribution").get(1));
        assertEquals("survey.missing", s.findings().get(1).key());
        assertEquals(List.of("survey-answers"), List.copyOf(s.charts().keySet()));
    }
}
