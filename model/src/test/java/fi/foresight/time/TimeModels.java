package fi.foresight.time;

import fi.foresight.distributions.Bernoulli;
import fi.foresight.distributions.Discrete;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Driver;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import fi.foresight.model.TimeEvent;
import fi.foresight.model.TimeProcess;
import fi.foresight.model.WeightedIndex;
import java.util.Map;

/** Models with time, built in code, used by several tests. */
final class TimeModels {
    private TimeModels() {
    }

    /**
     * Everything at once: correlated start values, two panels with Dirichlet weights, growth, random walks,
     * milestones, an event with a process switch and a set value, a scenario from 2022 and a lever from 2025,
     * prev and year in expressions, targets.
     */
    static Model everything() {
        return Model.builder("everything").horizon(2019, 2030)
                .variable(Driver.of("readiness", Pert.of(0.3, 0.5, 0.7)).range(0, 1)
                        .process(TimeProcess.randomWalk(0.01, 0.02)))
                .variable(Driver.of("climate", Triangular.of(0.4, 0.6, 0.9)).range(0, 1))
                .variable(Driver.of("access", Uniform.of(0.3, 0.9)).range(0, 1))
                .variable(Driver.of("firms", Normal.of(40, 5)).process(TimeProcess.growth(Uniform.of(0.0, 0.05))))
                .variable(Driver.of("exports", Triangular.of(80, 100, 130))
                        .process(TimeProcess.geometricRandomWalk(0.02, 0.08)))
                .variable(Driver.of("population", Normal.of(0, 1))
                        .process(TimeProcess.milestones(Map.of(2019, 100.0, 2030, 95.0))))
                .variable(Driver.of("funding", Bernoulli.of(0.5)))
                .correlation("readiness", "climate", 0.5)
                .panel(Panel.of("entrepreneurs").weight("readiness", 2).weight("access", 1).weight("climate", 1)
                        .dirichlet(50))
                .panel(Panel.of("centres").weight("readiness", 1).weight("climate", 2))
                .outcome(WeightedIndex.of("index"))
                .outcome("smes", "10 * firms * index + 0.5 * access * exports + 5 * funding")
                .outcome("growth", "smes - prev(smes)")
                .outcome("cumulative", "prev(cumulative) + smes / 100 + 0 * (year - 2019)")
                .event(TimeEvent.of("closure", Discrete.of(new double[] {2021, 2024}, new double[] {0.5, 0.5}))
                        .probability(0.4).set("access", 0.0).process("exports", TimeProcess.growth(-0.05)))
                .target(Target.atLeast("smes", 300))
                .target(Target.atLeast("index", 0.55))
                .scenario(Scenario.of("open").set("access", Uniform.of(0.7, 0.95)).from(2022))
                .lever(Lever.of("network").shift("readiness", 0.1).weight("*", "readiness", 3).from(2025))
                .build();
    }
}
