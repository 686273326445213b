package fi.foresight.decision;

import fi.foresight.io.ModelFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.ModelTexts;
import fi.foresight.chart.BarSpec;
import fi.foresight.chart.ChartRenderer;
import fi.foresight.chart.GridSpec;
import fi.foresight.chart.ScatterSpec;
import fi.foresight.model.Model;
import fi.foresight.model.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision analyses' charts name levers, scenarios and drivers with the model's labels in both languages. */
class DecisionChartTextsTest {
    private static final String OUTCOME = "internationalisation_index";

    static Model kantaHame() {
        for (String dir : List.of("scenarios", "../scenarios")) {
            Path p = Path.of(dir, "kanta-hame", "model.yaml");
            if (Files.isRegularFile(p)) {
                return ModelFiles.load(p);
            }
        }
        throw new IllegalStateException("scenarios/kanta-hame/model.yaml not found from " + Path.of("").toAbsolutePath());
    }

    @Test
    void robustnessChartsUseTheModelsFinnishLabels() {
        Model m = kantaHame();
        RobustnessResult r = Robustness.of(m).outcome(OUTCOME).scenarios("gateway_east", "scattered_east")
                .levers("none", "direct_funding").samples(200).seed(1).threads(1).run();
        GridSpec regret = (GridSpec) r.charts().get("robustness-regret");
        assertEquals("Katumus skenaarioittain: " + ModelTexts.outcome(m, OUTCOME).fi(), regret.title().fi());
        assertEquals("Regret by scenario: " + ModelTexts.outcome(m, OUTCOME).en(), regret.title().en());
        assertTrue(regret.rows().contains(ModelTexts.lever(m, "direct_funding")), regret.rows().toString());
        assertEquals(List.of(ModelTexts.scenario(m, "gateway_east"), ModelTexts.scenario(m, "scattered_east")),
                regret.columns());
        GridSpec metrics = (GridSpec) r.charts().get("robustness-metrics");
        assertEquals("Suurin katumus", metrics.columns().get(2).fi());
        ScatterSpec tradeoff = (ScatterSpec) r.charts().get("robustness-tradeoff");
        assertEquals("Suurin katumus", tradeoff.xAxis().fi());
        String svg = ChartRenderer.svg(regret, "fi");
        assertTrue(svg.contains("Katumus skenaarioittain"), "the Finnish drawing has the Finnish title");
    }

    @Test
    void valueOfInformationAndGoalSeekChartsUseTheModelsFinnishLabels() {
        Model m = kantaHame();
        var voi = ValueOfInformation.of(m).outcome(OUTCOME).scenarios("gateway_east", "scattered_east")
                .levers("none", "direct_funding").samples(400).seed(2).threads(1).run();
        BarSpec bars = (BarSpec) voi.charts().get("value-of-information");
        assertTrue(bars.title().fi().startsWith("Tiedon arvo: "), bars.title().fi());
        assertTrue(bars.categories().stream().anyMatch(t -> t.fi().equals("Mikä skenaario toteutuu")));
        var driver = m.drivers().stream().filter(d -> d.labelFi() != null && !d.labelFi().equals(d.label()))
                .findFirst().orElseThrow();
        assertTrue(bars.categories().contains(ModelTexts.driver(m, driver.id())), bars.categories().toString());

        var seek = GoalSeek.of(m).lever("direct_funding").target(Target.atLeast(OUTCOME, 0.5)).probability(0.5)
                .scenarios("gateway_east").samples(200).seed(3).threads(1).run();
        BarSpec goal = (BarSpec) seek.charts().get("goal-seek");
        assertTrue(goal.title().fi().contains(ModelTexts.lever(m, "direct_funding").fi()), goal.title().fi());
        assertTrue(goal.title().en().contains(ModelTexts.lever(m, "direct_funding").en()), goal.title().en());
        assertEquals("Needed for P(" + ModelTexts.outcome(m, OUTCOME).en() + " \u2265 0.5) \u2265 0.5: "
                + ModelTexts.lever(m, "direct_funding").en() + " (strength)", goal.title().en());
        assertEquals("Tarvitaan, jotta P(" + ModelTexts.outcome(m, OUTCOME).fi() + " \u2265 0,5) \u2265 0,5: "
                + ModelTexts.lever(m, "direct_funding").fi() + " (voimakkuus)", goal.title().fi());
        assertEquals(List.of(ModelTexts.scenario(m, "gateway_east")), goal.categories());
        assertEquals("Toimenpiteen voimakkuus (1 = suunniteltu)", goal.valueAxis().fi());
    }
}
