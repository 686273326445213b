package fi.foresight.montecarlo;

import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import fi.foresight.model.WeightedIndex;
import java.util.LinkedHashMap;

/** Models with closed-form answers, built in code. */
final class Models {
    static final Triangular T1 = Triangular.of(0, 2, 10);
    static final Triangular T2 = Triangular.of(1, 1.5, 4);
    static final Triangular T3 = Triangular.of(-2, 0, 2);
    /** Normalised weights of the "linear" index over t1, t2, t3 (declared 3, 1, 2). */
    static final double[] LINEAR_WEIGHTS = {0.5, 1.0 / 6, 1.0 / 3};

    private Models() {
    }

    /** sum = x1 + x2 + x3 + x4 of four U(0, 1), a weighted index with unit weights and no normalisation. */
    static Model uniforms() {
        var weights = new LinkedHashMap<String, Double>();
        var b = Model.builder("uniforms");
        for (int i = 1; i <= 4; i++) {
            b.variable("x" + i, Uniform.of(0, 1));
            weights.put("x" + i, 1.0);
        }
        return b.panel(Panel.of("unit").weights(weights).normalise(false))
                .weightedIndex("sum")
                .target(Target.atLeast("sum", 2.5))
                .target(new Target("sum", 1.5, 2.0))
                .build();
    }

    /**
     * Three triangular drivers: "linear" = normalised weighted index (3, 1, 2) of their scaled values,
     * "single" = t1 scaled to [0, 1], "total" = t1 + t2 + t3 (an expression); scenario "up" shifts t1 by 1,
     * lever "calm" fixes t3 at 0.
     */
    static Model triangles() {
        var main = new LinkedHashMap<String, Double>();
        main.put("t1", 3.0);
        main.put("t2", 1.0);
        main.put("t3", 2.0);
        return Model.builder("triangles")
                .variable("t1", T1)
                .variable("t2", T2)
                .variable("t3", T3)
                .panel(Panel.of("main").weights(main))
                .panel(Panel.of("solo").weight("t1", 1))
                .outcome(WeightedIndex.of("linear").panels("main"))
                .outcome(WeightedIndex.of("single").panels("solo"))
                .outcome("total", "t1 + t2 + t3")
                .target(Target.atLeast("total", 6))
                .scenario(Scenario.of("up").shift("t1", 1))
                .lever(Lever.of("calm").set("t3", 0))
                .build();
    }
}
