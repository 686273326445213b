package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Legibility by rule: every chart kind, drawn in Finnish with long labels, keeps every text inside the canvas and
 * off every other text, measured with the chart font's metrics ({@link TextFit}).
 */
class ChartTextFitTest {
    static final List<Text> SCENARIOS = List.of(
            Text.of("Base", "Perusura"), Text.of("Gateway east", "Portti itään"),
            Text.of("Scattered east", "Hajanaiset itäyhteydet"), Text.of("Baltic turn", "Itämeren käänne"),
            Text.of("Inward-looking region", "Sisäänpäin kääntynyt maakunta"),
            Text.of("Wild card: eastern market closes", "Villi kortti: itämarkkina sulkeutuu kokonaan"));
    static final List<Text> LEVERS = List.of(
            Text.of("No lever", "Ei toimenpidettä"),
            Text.of("Target services and funding", "Suunnataan palveluja ja rahoitusta kansainvälistymiseen"),
            Text.of("Build a network", "Rakennetaan kansainvälisten palvelujen verkosto"),
            Text.of("Apply for INTERREG", "Haetaan INTERREG-rahoitusta valmistellulla Itämeri-hankkeella"),
            Text.of("Map St Petersburg-ready firms", "Kartoitetaan Pietari-valmiit yritykset kaikissa kunnissa"),
            Text.of("Twin-city cooperation", "Ystävyyskaupunkien yritysyhteistyö"));
    static final List<Text> DRIVERS = List.of(
            Text.of("Readiness", "Yritysten kansainvälistymisvalmius Hämeenlinnan seudulla ja lähikunnissa"),
            Text.of("Interest", "Kansainvälistymisestä kiinnostuneiden yrittäjien osuus (kysely 2018)"),
            Text.of("Access", "Alueen yritysten pääsy Pietarin markkinoille"),
            Text.of("Services", "Kansainvälistymiseen suunnattu osuus seudullisista yrityspalveluista ja rahoituksesta"),
            Text.of("Programme", "Toimenpideohjelman ja teesien toimeenpano"),
            Text.of("Cooperation", "Kolmen seutukunnan ja kehittämiskeskusten yhteistyö"),
            Text.of("Network", "Hajallaan olevat kansainväliset palvelut koottu palveluverkostoksi"),
            Text.of("Attitudes", "Kansainvälistymistä tukeva asenneilmasto"));
    static final Text LONG_TITLE = Text.of("A long title", "Kansainvälistyneiden pienten ja keskisuurten "
            + "yritysten osuus Kanta-Hämeessä vuonna 2030 skenaarioittain ja keinoittain tarkasteltuna");
    static final Text LONG_AXIS = Text.of("Axis", "Kansainvälistymisindeksi 2030 (indeksi 0–1, suurempi on parempi)");

    static Stream<Arguments> everyKind() {
        var kinds = new ArrayList<Arguments>();
        double[] x = new double[500];
        var lines = new LinkedHashMap<Text, double[]>();
        for (int s = 0; s < SCENARIOS.size(); s++) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = 2018 + i * 12.0 / x.length;
                y[i] = 20_000 + 1000 * s + 3000 * Math.sin(i / 40.0 + s);
            }
            lines.put(SCENARIOS.get(s), y);
        }
        kinds.add(Arguments.of("overlay", Charts.overlay(LONG_TITLE, Text.of("Year", "Vuosi"), LONG_AXIS, x, lines)
                .withYears()));
        double[] q = new double[x.length];
        double[] lo = new double[x.length];
        double[] hi = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            q[i] = 0.45 + 0.01 * Math.sin(i / 10.0);
            lo[i] = q[i] - 0.05;
            hi[i] = q[i] + 0.05;
        }
        kinds.add(Arguments.of("band", Charts.lineWithBand(LONG_TITLE, Text.of("Samples", "Otoksia"), LONG_AXIS, x,
                q, lo, hi)));
        kinds.add(Arguments.of("fan", Charts.fan(LONG_TITLE, Text.of("Year", "Vuosi"), LONG_AXIS, x,
                new FanBands(lo, lo, q, hi, hi)).withYears()));
        var samples = new LinkedHashMap<Text, double[]>();
        for (int s = 0; s < SCENARIOS.size(); s++) {
            samples.put(SCENARIOS.get(s), lines.get(SCENARIOS.get(s)));
        }
        kinds.add(Arguments.of("histogram", Charts.histogram(LONG_TITLE, LONG_AXIS, samples, 30)));
        kinds.add(Arguments.of("exceedance", Charts.exceedance(LONG_TITLE, LONG_AXIS, samples)
                .withReference(Text.of("Target", "Tavoite: vähintään 22 000"), 22_000)));
        var bars = new LinkedHashMap<Text, double[]>();
        for (int s = 0; s < SCENARIOS.size(); s++) {
            double[] v = new double[DRIVERS.size()];
            for (int d = 0; d < v.length; d++) {
                v[d] = 0.05 * (d + 1) + 0.01 * s;
            }
            bars.put(SCENARIOS.get(s), v);
        }
        kinds.add(Arguments.of("bars", Charts.bars(LONG_TITLE, LONG_AXIS, DRIVERS, bars)));
        double[] low = new double[DRIVERS.size()];
        double[] high = new double[DRIVERS.size()];
        for (int d = 0; d < low.length; d++) {
            low[d] = 0.45 - 0.01 * d;
            high[d] = 0.46 + 0.007 * d;
        }
        kinds.add(Arguments.of("tornado", Charts.tornado(LONG_TITLE, LONG_AXIS, DRIVERS, low, high, 0.4526)
                .withTickOffset(0.4526)));
        boolean[] flags = new boolean[DRIVERS.size()];
        flags[1] = true;
        kinds.add(Arguments.of("highlight", Charts.highlightBars(LONG_TITLE, LONG_AXIS, DRIVERS, low, flags,
                Text.of("Chosen", "Skenaarion muunnelma"), Text.of("Other", "Muut muunnelmat"))));
        var boxes = new ArrayList<List<FiveNumbers>>();
        for (int l = 0; l < LEVERS.size(); l++) {
            var row = new ArrayList<FiveNumbers>();
            for (int s = 0; s < SCENARIOS.size(); s++) {
                double m = 0.45 + 0.01 * l - 0.01 * s;
                row.add(new FiveNumbers(m - 0.06, m - 0.03, m, m + 0.03, m + 0.07));
            }
            boxes.add(row);
        }
        kinds.add(Arguments.of("box", Charts.boxPlot(LONG_TITLE, LONG_AXIS, SCENARIOS, LEVERS, boxes)));
        double[][] means = new double[LEVERS.size()][SCENARIOS.size()];
        Text[][] texts = new Text[LEVERS.size()][SCENARIOS.size()];
        int[][] colours = new int[LEVERS.size()][SCENARIOS.size()];
        for (int l = 0; l < LEVERS.size(); l++) {
            for (int s = 0; s < SCENARIOS.size(); s++) {
                means[l][s] = 0.4 + 0.0123 * l + 0.0071 * s;
                texts[l][s] = DRIVERS.get((l + s) % DRIVERS.size());
                colours[l][s] = (l + s) % 7;
            }
        }
        kinds.add(Arguments.of("grid", Charts.heatGrid(LONG_TITLE, LEVERS, SCENARIOS, means)));
        kinds.add(Arguments.of("text grid", Charts.heatGrid(LONG_TITLE, LEVERS, SCENARIOS, texts, colours)));
        double[] px = new double[DRIVERS.size()];
        double[] py = new double[DRIVERS.size()];
        for (int d = 0; d < px.length; d++) {
            px[d] = 5 + (d * 7) % 11;
            py[d] = 3 + (d * 5) % 9;
        }
        kinds.add(Arguments.of("scatter", Charts.scatterLabelled(LONG_TITLE, LONG_AXIS, LONG_AXIS, px, py, DRIVERS,
                new double[] {9}, new double[] {7}).withCorners(List.of(Text.of("A", "Vaikuttavat"),
                Text.of("B", "Välittäjät"), Text.of("C", "Itsenäiset"), Text.of("D", "Riippuvaiset")))));
        int[] rankA = {1, 2, 3, 4, 5, 6, 7, 8};
        int[] rankB = {3, 1, 2, 4, 8, 5, 7, 6};
        kinds.add(Arguments.of("slope", Charts.displacement(LONG_TITLE, DRIVERS, rankA, rankB)));
        return kinds.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void finnishLongLabelsStayOnTheCanvasAndOffEachOther(String kind, ChartSpec spec) {
        for (String language : List.of("fi", "en")) {
            List<TextFit.Placed> texts = TextFit.texts(spec, language);
            assertFalse(texts.isEmpty(), kind + " has texts");
            List<String> problems = TextFit.problems(texts, spec.width(), spec.height(), 0.5);
            assertTrue(problems.isEmpty(), kind + " (" + language + "): " + String.join("; ", problems));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void atMostEightSeriesInALegendAndTheLegendOutsideThePlot(String kind, ChartSpec spec) {
        if (spec instanceof XySpec xy) {
            assertTrue(xy.curves().stream().filter(c -> c.name() != null).count() <= 8, kind);
        } else if (spec instanceof BarSpec b) {
            assertTrue(b.series().size() <= 8, kind);
        } else if (spec instanceof BoxSpec b) {
            assertTrue(b.groups().size() <= 8, kind);
        }
        var chart = ChartRenderer.chart(spec, "fi");
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.LegendTitle l) {
                assertEquals(org.jfree.chart.ui.RectangleEdge.BOTTOM, l.getPosition(), kind + ": legend below the plot");
            }
        }
    }

    @Test
    void shortenedCategoryLabelsAreSpelledOutInAKeyBelowTheChart() {
        var categories = new ArrayList<>(DRIVERS);
        categories.set(2, Text.of("Wild card", "Villi kortti: itämarkkina sulkeutuu kokonaan ja pysyvästi vuodesta "
                + "2026 alkaen koko ennustejakson ajaksi"));
        var series = new LinkedHashMap<Text, double[]>();
        series.put(Text.plain("a"), new double[] {1, 2, 3, 4, 5, 6, 7, 8});
        BarSpec spec = Charts.bars(Text.plain("t"), Text.plain("y"), categories, series);
        List<TextFit.Placed> texts = TextFit.texts(spec, "fi");
        String all = String.join(" ", texts.stream().map(TextFit.Placed::text).toList());
        assertTrue(all.contains("Nimet kokonaan:") && all.contains("ennustejakson ajaksi"), all);
        assertTrue(TextFit.problems(texts, spec.width(), spec.height(), 0.5).isEmpty());
        String en = String.join(" ", TextFit.texts(spec, "en").stream().map(TextFit.Placed::text).toList());
        assertFalse(en.contains("Full names:"), "short English labels need no key: " + en);
    }

    @Test
    void theRuleCatchesTextOutsideTheCanvasAndTextOverText() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"><g style=\"font-size:12px\">"
                + "<text x=\"10\" y=\"20\">Pitkä nimi</text><text x=\"14\" y=\"22\">Toinen</text>"
                + "<text x=\"90\" y=\"45\">Ulkona</text></g></svg>";
        List<String> problems = TextFit.problems(TextFit.texts(svg), 100, 50, 0.5);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("outside the canvas: 'Ulkona'"), problems.toString());
        assertTrue(problems.get(1).contains("'Pitkä nimi' and 'Toinen'"), problems.toString());
        Rectangle2D box = TextFit.texts(svg).get(0).box();
        assertEquals(ChartFonts.width("Pitkä nimi", ChartFonts.font(12)), box.getWidth(), 1e-9);
    }

    @Test
    void ticksInFinnishUseDecimalCommasAndSpacesWithAtMostFourSignificantDigits() {
        assertEquals("0,45", TickFormat.of("fi", 0.05, true, Double.NaN).format(0.45));
        assertEquals("20\u00a0000", TickFormat.of("fi", 5000, true, Double.NaN).format(20_000));
        assertEquals("20,000", TickFormat.of("en", 5000, true, Double.NaN).format(20_000));
        assertEquals("2030", TickFormat.of("fi", 1, false, Double.NaN).format(2030));
        assertEquals("1.2", TickFormat.of("en", 0.2, true, Double.NaN).format(1.21068));
        assertEquals("+0,01", TickFormat.of("fi", 0.01, true, 0).format(0.01));
        assertEquals("\u22120,01", TickFormat.of("fi", 0.01, true, 0).format(-0.01));
        List<String> ticks = ChartTextFitTest.ticks(Charts.overlay(Text.plain("t"), Text.plain("x"), Text.plain("y"),
                new double[] {0, 1}, Map.of(Text.plain("a"), new double[] {0.3, 1.21068})), "fi");
        assertTrue(ticks.stream().anyMatch(t -> t.contains(",")), ticks.toString());
        for (String t : ticks) {
            assertTrue(t.replaceAll("[^0-9]", "").replaceFirst("^0+", "").length() <= 4, "tick " + t);
        }
    }

    /** The numeric texts of a chart. */
    static List<String> ticks(ChartSpec spec, String language) {
        return TextFit.texts(spec, language).stream().map(TextFit.Placed::text)
                .filter(t -> t.matches("[\u2212+]?[0-9][0-9\u00a0,.]*")).toList();
    }
}
