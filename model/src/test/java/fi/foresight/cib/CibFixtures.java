package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CibScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small hand-checkable systems and the ScenarioWizard sample files. */
final class CibFixtures {

    private CibFixtures() {
    }

    /**
     * Two descriptors with two variants each. Rows impact, columns are impacted, order a1 a2 b1 b2:
     * <pre>
     *        a1  a2  b1  b2
     *   a1 [  0,  0,  2, -2]
     *   a2 [  0,  0, -1,  1]
     *   b1 [  1, -1,  0,  0]
     *   b2 [ -3,  3,  0,  0]
     * </pre>
     * Balances: θ_A = row of the chosen B variant, θ_B = row of the chosen A variant.
     * <ul>
     * <li>(a1,b1): θ_A = (1,−1), θ_B = (2,−2): consistent, CV = min(1+1, 2+2) = 2, TIS = 1 + 2 = 3</li>
     * <li>(a1,b2): θ_A = (−3,3), θ_B = (2,−2): IC = max(3+3, 2+2) = 6, CV = −6, TIS = −3 − 2 = −5</li>
     * <li>(a2,b1): θ_A = (1,−1), θ_B = (−1,1): IC = 2, CV = −2, TIS = −1 − 1 = −2</li>
     * <li>(a2,b2): θ_A = (−3,3), θ_B = (−1,1): consistent, CV = min(6, 2) = 2, TIS = 3 + 1 = 4</li>
     * </ul>
     * Succession: (a1,b2) → (a2,b1) → (a1,b2): a 2-cycle; (a1,b1) and (a2,b2) are fixed points.
     */
    static CrossImpactSystem twoByTwo() {
        return CrossImpactSystem.builder("two by two")
                .descriptor("A", "a1", "a2")
                .descriptor("B", "b1", "b2")
                .impact("A", "a1", "B", "b1", 2).impact("A", "a1", "B", "b2", -2)
                .impact("A", "a2", "B", "b1", -1).impact("A", "a2", "B", "b2", 1)
                .impact("B", "b1", "A", "a1", 1).impact("B", "b1", "A", "a2", -1)
                .impact("B", "b2", "A", "a1", -3).impact("B", "b2", "A", "a2", 3)
                .build();
    }

    /**
     * Three descriptors built to exercise the tie rule. Only Y impacts X, only X impacts Y and Z:
     * <pre>
     *   on X (x1,x2,x3): from y1 (0,1,1), from y2 (2,0,0)
     *   on Y (y1,y2):    from x1 (1,0),   from x2 (1,−1), from x3 (0,1)
     *   on Z (z1,z2):    from x1 (0,0),   from x2 (1,0),  from x3 (0,1)
     * </pre>
     * The only consistent scenario is (x2,y1,z1) = "2 1 1": θ_X = (0,1,1) (x2 tied with x3, margin 0),
     * θ_Y = (1,−1) (margin 2), θ_Z = (1,0) (margin 1); CV = 0, IC = 0, TIS = 1 + 1 + 1 = 3.
     *
     * <p>Succession map (tie rule: a current variant among the tied maxima stays, else the lowest tied maximum):
     * X → (y1: stay if x2 or x3, else x2; y2: x1), Y → (x1: y1, x2: y1, x3: y2), Z → (x1: stay, x2: z1, x3: z2).
     * Traced from all 12 starts:
     * 111→211; 112→212→211; 121→111→211; 122→112→…; 211 fixed; 212→211; 221→111→…; 222→111→…;
     * 311→322→122→112→…; 312→322→…; 321→122→…; 322→122→…. Every start ends in 211: basin 12.
     */
    static CrossImpactSystem ties() {
        return CrossImpactSystem.builder("ties")
                .descriptor("X", "x1", "x2", "x3")
                .descriptor("Y", "y1", "y2")
                .descriptor("Z", "z1", "z2")
                .impact("Y", "y1", "X", "x2", 1).impact("Y", "y1", "X", "x3", 1)
                .impact("Y", "y2", "X", "x1", 2)
                .impact("X", "x1", "Y", "y1", 1)
                .impact("X", "x2", "Y", "y1", 1).impact("X", "x2", "Y", "y2", -1)
                .impact("X", "x3", "Y", "y2", 1)
                .impact("X", "x2", "Z", "z1", 1)
                .impact("X", "x3", "Z", "z2", 1)
                .build();
    }

    static Path sample(String file) {
        try {
            return Path.of(CibFixtures.class.getResource("scenariowizard/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CrossImpactSystem read(String stem) {
        try {
            return ScenarioWizard.read(sample(stem + ".scw"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ScenarioWizardSolution> solutions(String stem) {
        try {
            return ScenarioWizard.readSolutions(sample(stem + ".sl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every scenario of the space with IC &le; tolerance, by plain enumeration (the reference for tests). */
    static List<ScenarioScore> bruteForce(CrossImpactSystem system, int tolerance) {
        CibMatrix m = system.matrix();
        int n = m.descriptors();
        int[] s = new int[n];
        List<ScenarioScore> out = new ArrayList<>();
        while (true) {
            ScenarioScore score = naiveScore(m, s);
            if (score.inconsistency() <= tolerance) {
                out.add(score);
            }
            int d = n - 1;
            while (d >= 0 && ++s[d] == m.variantCount(d)) {
                s[d] = 0;
                d--;
            }
            if (d < 0) {
                return out;
            }
        }
    }

    /** CV, IC and TIS straight from the definitions, cell by cell. */
    static ScenarioScore naiveScore(CibMatrix m, int[] s) {
        int n = m.descriptors();
        int cv = Integer.MAX_VALUE;
        int ic = 0;
        int tis = 0;
        for (int j = 0; j < n; j++) {
            int[] theta = new int[m.variantCount(j)];
            for (int b = 0; b < theta.length; b++) {
                for (int i = 0; i < n; i++) {
                    theta[b] += m.impact(i, s[i], j, b);
                }
            }
            tis += theta[s[j]];
            for (int b = 0; b < theta.length; b++) {
                if (b != s[j]) {
                    cv = Math.min(cv, theta[s[j]] - theta[b]);
                    ic = Math.max(ic, theta[b] - theta[s[j]]);
                }
            }
        }
        return new ScenarioScore(CibScenario.of(s), cv == Integer.MAX_VALUE ? 0 : cv, ic, tis);
    }
}
