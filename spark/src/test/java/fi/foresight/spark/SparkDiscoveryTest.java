package fi.foresight.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.foresight.analysis.BlockStudy;
import fi.foresight.discovery.DiscoveryResult;
import fi.foresight.discovery.DiscoverySettings;
import fi.foresight.discovery.ScenarioDiscovery;
import fi.foresight.job.ModelSource;
import fi.foresight.job.ModelSources;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenario discovery on Spark: the kept futures, and so PRIM's and CART's tables, equal the local engine's. */
class SparkDiscoveryTest {
    private static SparkEngines spark;
    private static ModelSource model;

    @BeforeAll
    static void start() {
        spark = SparkEngines.start(LocalSpark.conf());
        model = ModelSources.load(LocalSpark.repo("scenarios/examples/every-feature.yaml"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.close();
        }
    }

    @Test
    void primAndCartForEveryPartitioning() {
        // 3500 futures per run: 4 blocks (tasks) of every scenario x lever run
        for (String method : List.of("prim", "cart")) {
            var settings = new DiscoverySettings(method, 0.05, 0.5, 0.05, 2, 3);
            BlockStudy<DiscoveryResult> study = m -> ScenarioDiscovery.of(m).outcome("index").atMost(0.5)
                    .scenarios(List.of("base", "open_markets")).samples(3500).seed(5).settings(settings);
            DiscoveryResult here = study.configure(model.model()).run();
            assertFalse(here.boxes().isEmpty(), method + " found a box to compare");
            String expected = LocalSpark.csv(here);
            for (int p : new int[] {1, 3}) {
                assertEquals(expected, LocalSpark.csv(spark.partitions(p).forModel(model).run(study)),
                        method + ", " + p + " partitions");
            }
        }
    }
}
