package fi.foresight.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.BlockStudy;
import fi.foresight.cib.Basins;
import fi.foresight.cib.Cib;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.decision.GoalSeek;
import fi.foresight.decision.GoalSeekResult;
import fi.foresight.decision.Robustness;
import fi.foresight.decision.RobustnessResult;
import fi.foresight.decision.ValueOfInformation;
import fi.foresight.decision.ValueOfInformationResult;
import fi.foresight.job.Engine;
import fi.foresight.job.ModelSource;
import fi.foresight.job.ModelSources;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.model.Target;
import fi.foresight.montecarlo.Stop;
import fi.foresight.sampling.Design;
import fi.foresight.sensitivity.Morris;
import fi.foresight.sensitivity.MorrisResult;
import fi.foresight.sensitivity.Sobol;
import fi.foresight.sensitivity.SobolResult;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Analyses on Spark local[2] give byte-identical tables to the local engine for the same model and seed, with
 * 1, 3 and 16 Spark tasks and with tasks sized by time. One Spark context for the class.
 */
class SparkEnginesTest {
    private static final int[] PARTITIONS = {1, 3, 16};
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

    private static <R> R local(BlockStudy<R> study) {
        return study.configure(model.model()).run();
    }

    private static Engine partitions(int n) {
        return spark.partitions(n).forModel(model);
    }

    @Test
    void monteCarloTablesForEveryPartitioning() {
        // 3 scenarios x 3 levers, 16 blocks (16 tasks) each; correlated drivers, uncertain weights, targets
        BlockStudy<MonteCarloResult> study = m -> MonteCarlo.of(m).samples(4000).blockSize(250).seed(20181122)
                .design(Design.LATIN_HYPERCUBE);
        MonteCarloResult here = local(study);
        String expected = LocalSpark.csv(here);
        assertEquals(9, here.runs().size());
        for (int p : PARTITIONS) {
            assertEquals(expected, LocalSpark.csv(partitions(p).run(study)), p + " partitions");
        }
        assertEquals(expected, LocalSpark.csv(spark.forModel(model).run(study)), "tasks sized by time");
    }

    @Test
    void aPrecisionStopSkipsTheRestOfEachRunAndKeepsTheNumbers() {
        BlockStudy<MonteCarloResult> study = m -> MonteCarlo.of(m).blockSize(256).seed(3)
                .scenarios("base").levers("none").precision("growth", 0.03, 512, 1_000_000);
        MonteCarloResult here = local(study);
        assertEquals(Stop.Reason.PRECISION, here.runs().get(0).stop().reason());
        assertTrue(here.runs().get(0).stop().samples() < 50_000, here.runs().get(0).stop().message());
        MonteCarloResult there = partitions(200).run(study);
        assertEquals(here.runs().get(0).stop(), there.runs().get(0).stop());
        assertEquals(LocalSpark.csv(here), LocalSpark.csv(there));
    }

    @Test
    void sobolTablesForEveryPartitioning() {
        ModelSource ishigami = ModelSources.load(LocalSpark.repo("scenarios/examples/ishigami.yaml"));
        BlockStudy<SobolResult> study = m -> Sobol.of(m).samples(1 << 14).secondOrder(true).bootstrap(20).seed(7);
        String expected = LocalSpark.csv(study.configure(ishigami.model()).run());
        for (int p : PARTITIONS) {
            assertEquals(expected, LocalSpark.csv(spark.partitions(p).forModel(ishigami).run(study)), p + " partitions");
        }
    }

    @Test
    void sobolWithCorrelatedDriversAndUncertainWeights() {
        BlockStudy<SobolResult> study = m -> Sobol.of(m).outcome("index", "growth").samples(1 << 11).bootstrap(10)
                .seed(7).scenario("open_markets");
        assertEquals(LocalSpark.csv(local(study)), LocalSpark.csv(partitions(2).run(study)));
    }

    @Test
    void morrisTablesForEveryPartitioning() {
        BlockStudy<MorrisResult> study = m -> Morris.of(m).trajectories(700).bootstrap(100).seed(5);
        String expected = LocalSpark.csv(local(study));
        for (int p : PARTITIONS) {
            assertEquals(expected, LocalSpark.csv(partitions(p).run(study)), p + " partitions");
        }
    }

    @Test
    void analysesAtAYearOfTheHorizonForEveryPartitioning() {
        // Kanta-Häme at 2030: random walks, growth, the wild-card event and scenarios acting from a year; the blocks
        // run their paths to 2030 with the trajectory engine's streams, on any machine
        ModelSource kantaHame = ModelSources.load(LocalSpark.repo("scenarios/kanta-hame/model.yaml"));
        BlockStudy<MonteCarloResult> mc = m -> MonteCarlo.of(m).atYear(2030).samples(3000).blockSize(500).seed(11)
                .levers("none", "build_service_network");
        MonteCarloResult here = mc.configure(kantaHame.model()).run();
        assertEquals(2030, here.settings().year());
        String expected = LocalSpark.csv(here);
        for (int p : new int[] {1, 3}) {
            assertEquals(expected, LocalSpark.csv(spark.partitions(p).forModel(kantaHame).run(mc)), p + " partitions");
        }
        BlockStudy<SobolResult> sobol = m -> Sobol.of(m).outcome("internationalisation_index").samples(256)
                .bootstrap(10).seed(3).atYear(2025);
        assertEquals(LocalSpark.csv(sobol.configure(kantaHame.model()).run()),
                LocalSpark.csv(spark.partitions(3).forModel(kantaHame).run(sobol)));
    }

    @Test
    void cibSuccessionBasinsForEveryPartitioning() {
        CrossImpactSystem system = randomSystem(8, 3, 11);
        long runs = 40L * 8192 - 5;
        Basins here = Cib.of(system).basins(runs, 2024L);
        String expected = LocalSpark.csv(here.table()) + LocalSpark.csv(Cib.of(system).consistent(here));
        assertTrue(here.basins().size() > 1, here.basins().toString());
        for (int p : PARTITIONS) {
            Basins there = spark.partitions(p).basins(system.matrix(), runs, 2024L);
            assertEquals(here, there);
            assertEquals(expected, LocalSpark.csv(there.table()) + LocalSpark.csv(Cib.of(system).consistent(there)),
                    p + " partitions");
        }
        assertEquals(here, spark.basins(system.matrix(), runs, 2024L), "tasks sized by time");
    }

    @Test
    void decisionAnalysesForEveryPartitioning() {
        // robustness over 3 scenarios x 3 levers and the value of information over two scenarios, 1000 futures
        // per block (4 tasks); goal seek runs each round of its search as a study on the engine
        BlockStudy<RobustnessResult> robust = m -> Robustness.of(m).outcome("index").samples(3500).seed(5);
        BlockStudy<ValueOfInformationResult> voi = m -> ValueOfInformation.of(m).outcome("index")
                .scenarios("base", "open_markets").weights(3, 1).samples(3500).seed(6);
        String expectedRobust = LocalSpark.csv(local(robust));
        String expectedVoi = LocalSpark.csv(local(voi));
        GoalSeek seek = GoalSeek.of(model.model()).lever("training").target(Target.atLeast("index", 0.5))
                .probability(0.6).range(0, 4).samples(2000).seed(7);
        String expectedSeek = LocalSpark.csv(seek.run());
        for (int p : PARTITIONS) {
            assertEquals(expectedRobust, LocalSpark.csv(partitions(p).run(robust)), p + " partitions");
            assertEquals(expectedVoi, LocalSpark.csv(partitions(p).run(voi)), p + " partitions");
        }
        GoalSeekResult there = seek.run(study -> partitions(3).run(study));
        assertEquals(expectedSeek, LocalSpark.csv(there));
    }

    @Test
    void aStudyCapturingTheModelIsRefusedWithAClearMessage() {
        ModelSource captured = model;
        var e = assertThrows(IllegalArgumentException.class, () -> spark.forModel(model)
                .run(m -> MonteCarlo.of(captured.model()).samples(100)));
        assertTrue(e.getMessage().contains("capture plain values only"), e.getMessage());
    }

    /**
     * Descriptors that reinforce equal variants (+2, else −1) with noise in {−1, 0, 1}: several fixed points and
     * basins of different sizes.
     */
    static CrossImpactSystem randomSystem(int descriptors, int variants, long seed) {
        var r = new SplittableRandom(seed);
        var b = CrossImpactSystem.builder("random");
        String[] names = new String[variants];
        for (int v = 0; v < variants; v++) {
            names[v] = "v" + (v + 1);
        }
        for (int d = 0; d < descriptors; d++) {
            b.descriptor("D" + (d + 1), names);
        }
        for (int i = 0; i < descriptors; i++) {
            for (int j = 0; j < descriptors; j++) {
                if (i == j) {
                    continue;
                }
                for (String u : names) {
                    for (String w : names) {
                        b.impact("D" + (i + 1), u, "D" + (j + 1), w, (u.equals(w) ? 2 : -1) + r.nextInt(3) - 1);
                    }
                }
            }
        }
        return b.build();
    }
}
