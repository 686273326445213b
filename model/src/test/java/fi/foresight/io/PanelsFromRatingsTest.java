package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.data.DataSet;
import fi.foresight.model.DelphiStudy;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.survey.RatingWeights;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Kanta-Häme model's panels take their weights from the synthetic survey's ratings: each weight is the
 * driver's mean rating over the panel's respondents divided by the sum of the means, computed here straight from the
 * file; the Dirichlet concentration is the rule's; the synthetic Delphi is read round by round.
 */
class PanelsFromRatingsTest {
    static final Path MODEL = Path.of("../scenarios/kanta-hame/model.yaml");

    @Test
    void weightsAreTheNormalisedMeanRatingsOfThePanelsRespondents() {
        LoadedModel loaded = ModelFiles.read(MODEL);
        Model m = loaded.model();
        DataSet survey = loaded.data().require("survey");
        Map<String, String> roles = Map.of("entrepreneurs", "entrepreneur", "development_centres",
                "development_centre", "organisations_educators", "organisation_educator");
        for (var e : roles.entrySet()) {
            Panel p = m.panel(e.getKey()).orElseThrow();
            int[] who = survey.select(Map.of("role", List.of(e.getValue())));
            var columns = p.weightsFrom().columns();
            double[][] x = new double[columns.size()][];
            int i = 0;
            for (String column : columns.values()) {
                x[i++] = survey.numbers(column, who);
            }
            // complete cases: the respondents who rated every driver of the panel
            boolean[] complete = new boolean[who.length];
            int n = 0;
            for (int r = 0; r < who.length; r++) {
                complete[r] = true;
                for (double[] c : x) {
                    complete[r] &= !Double.isNaN(c[r]);
                }
                n += complete[r] ? 1 : 0;
            }
            double sum = 0;
            double[] mean = new double[columns.size()];
            for (i = 0; i < x.length; i++) {
                for (int r = 0; r < who.length; r++) {
                    mean[i] += complete[r] ? x[i][r] / n : 0;
                }
                sum += mean[i];
            }
            i = 0;
            for (String driver : columns.keySet()) {
                assertEquals(mean[i++] / sum, p.normalisedWeights().get(driver), 1e-12, e.getKey() + " " + driver);
            }
            RatingWeights w = RatingWeights.of(List.copyOf(columns.keySet()), p.weightsFrom().ratings());
            assertEquals(w.memberConcentration(), p.dirichlet(), 0, e.getKey() + ": uncertainty: members");
            assertTrue(p.dirichlet() > 0, e.getKey() + " respondents disagree, so the weights are uncertain");
            assertEquals(n, p.weightsFrom().respondents());
            assertTrue(n > who.length / 2, e.getKey() + ": most respondents rated every driver");
        }
    }

    @Test
    void theSyntheticDelphiHasThreeRoundsOfFourStatements() {
        DelphiStudy d = ModelFiles.read(MODEL).model().delphi().orElseThrow();
        assertEquals(List.of("east_trade_recovers", "baltic_markets_grow", "services_funding_grows",
                "twin_cities_new_exporters"), d.questions());
        assertEquals(3, d.rounds().size());
        assertEquals(15, d.rounds().get(0).experts().size());
        assertEquals(14, d.rounds().get(2).experts().size());   // e15 left after round 2
    }
}
