package fi.foresight.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.foresight.model.Model;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.statistics.OutcomeStatistics;
import org.junit.jupiter.api.Test;

/**
 * The first year of a trajectory is the static model: the same block streams, design, correlations and kernel,
 * so its statistics equal a static Monte Carlo run of the same seed exactly.
 */
class StaticConsistencyTest {

    @Test
    void firstYearEqualsStaticMonteCarlo() {
        Model m = TimeModels.everything();
        long n = 10_000;
        MonteCarloResult mc = MonteCarlo.of(m).atYear(2019).samples(n).seed(99).threads(2).scenarios("base")
                .levers("none").run();
        TrajectoryResult tr = Trajectories.of(m).samples(n).seed(99).threads(2).scenarios("base").levers("none").run();
        for (String column : m.outcomeColumns()) {
            OutcomeStatistics s = mc.statistics("base", "none", column);
            YearStatistics y = tr.outcome("base", "none", column).years().get(0);
            assertEquals(s.moments(), y.moments(), column);
            assertArrayEquals(s.percentiles(), y.percentiles(), 0.0, column);
        }
        // and the target probabilities of the static run are the first year's exceedance
        for (TargetExceedance e : tr.run("base", "none").exceedance()) {
            var static_ = mc.run("base", "none").exceedances().stream()
                    .filter(x -> x.target().equals(e.target())).findFirst().orElseThrow();
            assertEquals(static_.met(), e.met()[0]);
        }
    }
}
