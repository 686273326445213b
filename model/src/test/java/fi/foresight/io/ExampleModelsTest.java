package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.model.CibMatrix;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.Variant;
import fi.foresight.distributions.Bernoulli;
import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Discrete;
import fi.foresight.distributions.Empirical;
import fi.foresight.distributions.fit.Elicitation;
import fi.foresight.distributions.fit.MaximumLikelihood;
import fi.foresight.distributions.fit.Pools;
import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Gamma;
import fi.foresight.distributions.LogNormal;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.TruncatedNormal;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Axis;
import fi.foresight.model.Factor;
import fi.foresight.model.FuturesTable;
import fi.foresight.model.ScenarioCross;
import fi.foresight.model.State;
import fi.foresight.model.Driver;
import fi.foresight.model.ExpressionOutcome;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import fi.foresight.model.WeightedIndex;
import fi.foresight.model.InfluenceMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The models in {@code scenarios/examples/} load, and each equals the same model written with the builder. */
class ExampleModelsTest {
    /** Tests run in {@code model/}; the examples live at the top of the repository. */
    static final Path EXAMPLES = Path.of("../scenarios/examples");

    static List<Path> examples() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleLoads(Path file) {
        Model m = ModelFiles.load(file);
        assertFalse(m.drivers().isEmpty());
        assertFalse(m.outcomes().isEmpty());
    }

    @Test
    void thereAreTheExamplesTheDocumentationNames() throws Exception {
        Set<String> names = examples().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("ishigami.yaml", "tiny.yaml", "tiny.json", "every-feature.yaml")), names.toString());
    }

    @Test
    void ishigamiIsTheIssuesExampleVerbatimAndEqualsItsBuilderForm() throws Exception {
        String issue = """
                model: ishigami
                variables:
                  x1: {distribution: {type: uniform, min: -3.141592653589793, max: 3.141592653589793}}
                  x2: {distribution: {type: uniform, min: -3.141592653589793, max: 3.141592653589793}}
                  x3: {distribution: {type: uniform, min: -3.141592653589793, max: 3.141592653589793}}
                outcomes:
                  y: {expression: "sin(x1) + 7 * sin(x2)^2 + 0.1 * x3^4 * sin(x1)"}
                """;
        assertEquals(issue, Files.readString(EXAMPLES.resolve("ishigami.yaml")));
        Model built = Model.builder("ishigami")
                .variable("x1", Uniform.of(-Math.PI, Math.PI))
                .variable("x2", Uniform.of(-Math.PI, Math.PI))
                .variable("x3", Uniform.of(-Math.PI, Math.PI))
                .outcome("y", "sin(x1) + 7 * sin(x2)^2 + 0.1 * x3^4 * sin(x1)")
                .build();
        assertEquals(built, ModelFiles.load(EXAMPLES.resolve("ishigami.yaml")));
    }

    @Test
    void tinyEqualsItsBuilderFormInYamlAndJson() {
        var weights = new LinkedHashMap<String, Double>();
        weights.put("readiness", 2.0);
        weights.put("climate", 1.0);
        weights.put("funding", 1.0);
        Model built = Model.builder("tiny").title("A tiny regional model")
                .variable(Driver.of("readiness", Triangular.of(0.3, 0.5, 0.7))
                        .label("Companies' readiness to internationalise").labelFi("Yritysten kansainvälistymisvalmius"))
                .variable(Driver.of("climate", Uniform.of(0.4, 0.9)).label("Investment climate"))
                .variable(Driver.of("funding", Pert.of(2, 5, 12)).label("Public development funding").unit("MEUR")
                        .range(0, 15))
                .weights(weights)
                .outcome(WeightedIndex.of("index").label("Internationalisation index"))
                .outcome(ExpressionOutcome.of("growth", "10 * readiness * climate + 0.2 * funding")
                        .label("Export growth").unit("%"))
                .build();
        assertEquals(built, ModelFiles.load(EXAMPLES.resolve("tiny.yaml")));
        assertEquals(built, ModelFiles.load(EXAMPLES.resolve("tiny.json")));
    }

    @Test
    void everyFeatureEqualsItsBuilderForm() {
        assertEquals(everyFeature(), ModelFiles.load(EXAMPLES.resolve("every-feature.yaml")));
    }

    @Test
    void everyFeatureUsesEveryDistributionType() {
        Model m = ModelFiles.load(EXAMPLES.resolve("every-feature.yaml"));
        Set<String> types = m.drivers().stream().map(d -> d.distribution().type()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(DistributionReader.types()), types);
    }

    private static Model everyFeature() {
        return Model.builder("every_feature").title("Internationalisation of a region's companies, 2035")
                .source("S1", "Companies in the region are increasingly ready to enter foreign markets.")
                .source("S2", "Public funding for internationalisation depends on the next programme period.")
                .source("S3", "Survey item 7: how important is market access to you? (1-5)")
                .variable(Driver.of("readiness", Triangular.of(0.3, 0.5, 0.7))
                        .label("Companies' readiness to internationalise").labelFi("Yritysten kansainvälistymisvalmius")
                        .unit("share").category("Economic").sources("S1"))
                .variable(Driver.of("climate", Uniform.of(0.4, 0.9)).label("Investment climate").category("Economic"))
                .variable(Driver.of("funding", Pert.of(2, 5, 12, 6)).label("Public funding").unit("MEUR")
                        .category("Political").range(0, 15).sources("S2"))
                .variable(Driver.of("demand", Normal.of(100, 10)).label("Foreign demand index").category("Economic")
                        .range(60, 140))
                .variable(Driver.of("skills", TruncatedNormal.of(0.4, 0.2, 0, 1))
                        .label("Share of staff with language skills").category("Social"))
                .variable(Driver.of("export_value", LogNormal.ofMeanSd(50, 20)).label("Export value").unit("MEUR")
                        .category("Economic").range(0, 150))
                .variable(Driver.of("logistics_cost", LogNormal.of(0, 0.1)).label("Logistics cost multiplier")
                        .category("Technological").range(0.5, 1.5))
                .variable(Driver.of("market_access", Beta.of(2, 5)).label("Market access").category("Political"))
                .variable(Driver.of("partner_share", Beta.of(3, 3, 0.1, 0.6)).label("Share of partners abroad")
                        .category("Economic"))
                .variable(Driver.of("lead_time", Gamma.of(2, 1.5)).label("Lead time to first export").unit("years")
                        .category("Economic").range(0, 10))
                .variable(Driver.of("new_markets", Discrete.of(new double[] {0, 1, 2, 3},
                        new double[] {0.1, 0.4, 0.3, 0.2})).label("New markets entered").category("Economic"))
                .variable(Driver.of("trade_shock", Bernoulli.of(0.15)).label("A trade shock happens")
                        .labelFi("Kauppashokki").category("Political"))
                .variable(Driver.of("base_rate", Fixed.of(3.5)).label("Base interest rate").unit("%").category("Economic"))
                .variable(Driver.of("tax_rate", Fixed.of(20)).label("Corporate tax rate").unit("%").category("Political"))
                .variable(Driver.of("access_importance", Empirical.ofCounts(new double[] {1, 2, 3, 4, 5},
                        new double[] {2, 5, 11, 19, 8})).label("Importance of market access (survey)")
                        .category("Social").sources("S3"))
                .variable(Driver.of("staff_answers", Empirical.of(3, 4, 4, 5, 2, 4, 3))
                        .label("Staff answers on internationalisation (raw Likert answers)").category("Social"))
                .variable(Driver.of("access_fitted", MaximumLikelihood.fitted(Empirical.ofCounts(
                        new double[] {1, 2, 3, 4, 5}, new double[] {2, 5, 11, 19, 8}), "pert", 0.5, 5.5))
                        .label("Importance of market access, a PERT fitted to the survey answers").category("Social"))
                .variable(Driver.of("funding_elicited", Elicitation.elicited(new double[] {0.1, 0.5, 0.9},
                        new double[] {3, 5, 9}, "lognormal", Double.NaN, Double.NaN))
                        .label("Public funding as one expert judged it (10 %, 50 % and 90 % quantiles)").unit("MEUR")
                        .category("Political"))
                .variable(Driver.of("demand_pooled", Pools.pooled(List.of("anna", "ben"), List.of(Pert.of(0, 2, 5),
                        Elicitation.elicited(new double[] {0.1, 0.5, 0.9}, new double[] {1, 3, 6}, "normal", Double.NaN,
                                Double.NaN)), new double[] {2, 1}, "linear"))
                        .label("Growth of foreign demand, two experts pooled").unit("%").category("Economic"))
                .correlation("readiness", "climate", 0.4)
                .correlation("demand", "export_value", 0.6)
                .correlation("funding", "readiness", 0.2)
                .panel(Panel.of("entrepreneurs").label("Entrepreneurs").labelFi("Yrittäjät")
                        .weight("readiness", 3).weight("climate", 2).weight("market_access", 2).weight("funding", 1)
                        .dirichlet(50).poolWeight(2).sources("S3"))
                .panel(Panel.of("development_centres").label("Development centres").labelFi("Kehittämiskeskukset")
                        .weight("readiness", 1).weight("funding", 3).weight("skills", 2)
                        .uncertainWeight("skills", Uniform.of(1, 3)).uncertainWeight("funding", Triangular.of(2, 3, 4)))
                .panel(Panel.of("educators").label("Educators").allowNegative(true)
                        .weight("skills", 3).weight("readiness", 1).weight("logistics_cost", -1).normalise(false))
                .outcome(WeightedIndex.of("index").label("Internationalisation index").labelFi("Kansainvälistymisindeksi"))
                .outcome(WeightedIndex.of("business_index").label("Index of the business panels")
                        .panels("entrepreneurs", "development_centres"))
                .outcome(ExpressionOutcome.of("growth", "10 * readiness * climate + 0.2 * funding - 2 * trade_shock")
                        .label("Export growth").unit("%").sources("S1", "S2"))
                .outcome(ExpressionOutcome.of("growth_gap", "growth - 5 * index.entrepreneurs")
                        .label("Growth relative to the entrepreneurs' view"))
                .outcome(ExpressionOutcome.of("ishigami_like",
                        "sin(readiness) + 7 * sin(climate)^2 + 0.1 * skills^4 * sin(readiness)"))
                .target(Target.atLeast("index", 0.5))
                .target(new Target("growth", 2, 8))
                .target(Target.atLeast("index.entrepreneurs", 0.4))
                .scenario(Scenario.of("open_markets").label("Open markets").labelFi("Avoimet markkinat")
                        .description("Trade barriers fall and demand grows.")
                        .descriptionFi("Kaupan esteet madaltuvat ja kysyntä kasvaa.").sources("S1")
                        .set("market_access", Beta.of(5, 2)).set("trade_shock", 0).shift("demand", 10))
                .scenario(Scenario.of("closed_markets").label("Closed markets")
                        .description("A trade conflict closes key markets.")
                        .set("trade_shock", 1).scale("export_value", 0.7).weight("entrepreneurs", "market_access", 4))
                .lever(Lever.of("training").label("Language and export training")
                        .description("A programme raises language skills and readiness.")
                        .shift("skills", 0.1).shift("readiness", 0.05).weight("*", "skills", 4))
                .lever(Lever.of("funding_boost").label("More public funding")
                        .set("funding", Pert.of(5, 8, 15)).scale("lead_time", 0.8).sources("S2"))
                .cib(new CrossImpactSystem("Market futures", List.of(
                        new Descriptor("markets", "Foreign markets", "Ulkomaiset markkinat", List.of(
                                new Variant("open", "Open", "Avoimet").set("market_access", Beta.of(5, 2)),
                                new Variant("closed", "Closed", null).set("trade_shock", 1).scale("export_value", 0.7))),
                        new Descriptor("skills", "Language skills", null, List.of(
                                new Variant("rising", "Rising", null).shift("skills", 0.1).weight("*", "skills", 4),
                                new Variant("flat", "Flat", null))),
                        Descriptor.of("funding", "ample", "scarce")),
                        CibMatrix.of(new int[] {2, 2, 2}, new int[][] {
                            {0, 0, 2, -2, 1, 0},
                            {0, 0, -1, 1, 0, 0},
                            {2, -2, 0, 0, 0, 0},
                            {0, 1, 0, 0, 0, 0},
                            {0, 0, 1, -1, 0, 0},
                            {0, 0, 0, 2, 0, 0}})))
                .micmac(InfluenceMatrix.parse(List.of("readiness", "climate", "funding", "skills", "market_access"),
                        "0 1 0 2 1", "2 0 1 0 0", "3 1 0 2 P", "2 0 0 0 1", "2 1 0 1 0"))
                .futuresTable(FuturesTable.builder("Export futures 2035")
                        .factor(new Factor("markets", "Foreign markets", null, List.of(
                                new State("open", "Open", null).set("market_access", 0.7),
                                new State("closed", "Closed", "Suljetut").set("trade_shock", 1))))
                        .factor(new Factor("funding", "Public funding", null, List.of(State.of("ample"), State.of("scarce"))))
                        .factor(new Factor("skills", null, null, List.of(State.of("rising").shift("skills", 0.1),
                                State.of("flat"))))
                        .incompatible("markets", "closed", "funding", "ample")
                        .score("markets", "open", "skills", "rising", 2)
                        .score("markets", "open", "funding", "ample", 1)
                        .build(),
                        ScenarioCross.of(new Axis("markets", "open", "closed"), new Axis("funding", "ample", "scarce"))
                                .name("open", "ample", "Export boom").name("closed", "scarce", "Hard times"))
                .build();
    }
}
