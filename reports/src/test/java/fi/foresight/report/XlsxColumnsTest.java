package fi.foresight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.foresight.distributions.Uniform;
import fi.foresight.job.Language;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class XlsxColumnsTest {
    static final Model MODEL = Model.builder("m").variable("x", Uniform.of(0, 1)).outcome("y", "2 * x")
            .scenario(Scenario.of("open").label("Open markets").labelFi("Avoimet markkinat").shift("x", 0.1))
            .lever(Lever.of("boost").label("Boost").labelFi("Tehostus").shift("x", 0.1))
            .build();
    static final Table TABLE = Table.create("weight-rankings",
            StringColumn.create("variants", "Open, Strong"),
            StringColumn.create("variants_fi", "Avoin, Vahva"),
            StringColumn.create("ranking", "open/boost > base/none > ghost/none"),
            DoubleColumn.create("percentile", 5.0),
            DoubleColumn.create("mean", 2049.1));

    private static List<XlsxColumns.Out> columns(Language l) {
        return new XlsxColumns(Messages.of(l), new Labels(MODEL, l)).of(TABLE);
    }

    @Test
    void aFinnishTwinColumnIsShownInItsLanguageOnly() {
        var en = columns(Language.EN);
        var fi = columns(Language.FI);
        assertEquals("Open, Strong", en.get(0).value().apply(0));
        assertEquals("Avoin, Vahva", fi.get(0).value().apply(0));
        assertEquals(Messages.of(Language.FI).get("column.variants"), fi.get(0).header());
        assertEquals(en.size(), fi.size(), "one column of variants in each language");
    }

    @Test
    void alternativesInATextBecomeLabelsBesideTheIds() {
        var fi = columns(Language.FI);
        assertEquals("open/boost > base/none > ghost/none", fi.get(1).value().apply(0), "the ids");
        assertEquals("Avoimet markkinat + Tehostus > " + Messages.of(Language.FI).get("label.base_no_lever")
                .replace("{scenario}", new Labels(MODEL, Language.FI).scenario("base")) + " > ghost/none",
                fi.get(2).value().apply(0), "known alternatives as labels, an unknown one as it is");
    }

    @Test
    void wholeValuesAndMeasurementsGetTheirFormats() {
        var en = columns(Language.EN);
        XlsxColumns.Out percentile = en.get(en.size() - 2);
        assertEquals(XlsxColumns.WHOLE, percentile.format().apply(5.0));
        XlsxColumns.Out mean = en.get(en.size() - 1);
        assertEquals("#,##0", mean.format().apply(2049.1));
        assertEquals("0.0000", XlsxColumns.measured(0.48));
        assertEquals("0.000", XlsxColumns.measured(4.8));
        assertEquals("0.00", XlsxColumns.measured(48));
        assertEquals("#,##0.0", XlsxColumns.measured(480));
    }
}
