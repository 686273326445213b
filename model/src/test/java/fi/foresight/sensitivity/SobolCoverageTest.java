package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.foresight.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Coverage of the default Sobol' intervals (slow tier: run with {@code -Dsensitivity.slow=true}).
 *
 * <p>For each design (Sobol' and plain Monte Carlo) and {@value #SEEDS} seeds, three models with analytic indices
 * are analysed with N = {@value #N}: Ishigami (3 inputs), a linear model (3 inputs) and the G function (8 inputs),
 * so 28 intervals of 95 % per seed, 14 for S1 and 14 for ST: {@value #SEEDS} × 14 = 14,000 intervals per design
 * and index, 56,000 in all. The binomial standard error of a coverage of 0.95 from 14,000 independent intervals
 * is 0.18 point; the 14 intervals of one run are not independent, which at worst (perfect correlation within a
 * run, i.e. only 1,000 independent outcomes) raises it to 0.69 point, so ±1.5 points is over 2 standard errors
 * even then and over 8 in the independent case. The test asserts 95 ± 1.5 per design and index and prints the
 * coverage per model, with the median half-width over 1.96 times the true spread (about 1.21 = t<sub>7</sub> /
 * 1.96 when the intervals are calibrated).
 */
class SobolCoverageTest {
    static final int SEEDS = 1000;
    static final int N = 1024;
    private static final double[] G_A = {0, 1, 4.5, 9, 99, 99, 99, 99};
    private static final double[] LIN_C = {1, 2, 3};
    private static final double[] LIN_LO = {0, 0, 0};
    private static final double[] LIN_HI = {1, 1, 2};

    @Test
    @EnabledIfSystemProperty(named = "sensitivity.slow", matches = "true")
    void defaultIntervalsCoverTheAnalyticIndicesAtTheirNominalLevelOnBothDesigns() {
        int seeds = Integer.getInteger("sensitivity.coverage.seeds", SEEDS);
        var models = new LinkedHashMap<String, Model>();
        models.put("ishigami", TestModels.ishigami());
        models.put("linear", TestModels.linear(LIN_C, LIN_LO, LIN_HI));
        models.put("g", TestModels.gFunction(G_A));
        var exact = Map.of("ishigami", ishigami(), "linear", linear(), "g", TestModels.gIndices(G_A));
        var report = new ArrayList<String>();
        for (boolean sobolDesign : new boolean[] {true, false}) {
            String design = sobolDesign ? "sobol" : "monte_carlo";
            int[] covered = new int[2];
            int[] total = new int[2];
            double[] widthRatio = new double[2];
            for (var m : models.entrySet()) {
                int[] mc = new int[2];
                int[] mt = new int[2];
                double[][] truth = exact.get(m.getKey());
                int k = truth[0].length;
                double[][][] est = new double[2][k][seeds];
                double[][][] half = new double[2][k][seeds];
                for (int s = 0; s < seeds; s++) {
                    Sobol sobol = Sobol.of(m.getValue()).samples(N).seed(1000 + s).threads(1);
                    SobolResult r = (sobolDesign ? sobol : sobol.monteCarlo()).run();
                    for (int i = 0; i < k; i++) {
                        SobolIndex idx = r.index("y", "x" + (i + 1));
                        double[] lows = {idx.s1Low(), idx.stLow()};
                        double[] highs = {idx.s1High(), idx.stHigh()};
                        double[] points = {idx.s1(), idx.st()};
                        for (int t = 0; t < 2; t++) {
                            mt[t]++;
                            if (lows[t] <= truth[t][i] && truth[t][i] <= highs[t]) {
                                mc[t]++;
                            }
                            est[t][i][s] = points[t];
                            half[t][i][s] = (highs[t] - lows[t]) / 2;
                        }
                    }
                }
                for (int t = 0; t < 2; t++) {
                    covered[t] += mc[t];
                    total[t] += mt[t];
                    report.add(String.format("%s %s %s: %d/%d = %.2f %% (median half-width / 1.96 true SD %s)",
                            design, m.getKey(), t == 0 ? "S1" : "ST", mc[t], mt[t], 100.0 * mc[t] / mt[t],
                            ratios(est[t], half[t])));
                }
            }
            for (int t = 0; t < 2; t++) {
                double coverage = 100.0 * covered[t] / total[t];
                report.add(String.format("%s %s all models: %d/%d = %.2f %%", design, t == 0 ? "S1" : "ST",
                        covered[t], total[t], coverage));
            }
            System.out.println(String.join("\n", report));
            for (int t = 0; t < 2; t++) {
                double coverage = 100.0 * covered[t] / total[t];
                assertEquals(95.0, coverage, 1.5, design + (t == 0 ? " S1" : " ST") + " coverage " + coverage);
            }
            report.clear();
        }
    }

    /** Per input, the median interval half-width over 1.96 × the spread of the estimates across seeds. */
    private static String ratios(double[][] est, double[][] half) {
        var out = new ArrayList<String>();
        for (int i = 0; i < est.length; i++) {
            int n = est[i].length;
            double sd = Stats.sd(est[i], n);
            double med = Stats.percentile(half[i].clone(), 0.5);
            out.add(String.format("%.2f", med / (1.96 * sd)));
        }
        return String.join(" ", out);
    }

    private static double[][] ishigami() {
        double[] v = TestModels.ishigamiVariances();
        return new double[][] {{v[0] / v[4], v[1] / v[4], 0}, {(v[0] + v[3]) / v[4], v[1] / v[4], v[3] / v[4]}};
    }

    private static double[][] linear() {
        double[] v = new double[3];
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double w = LIN_HI[i] - LIN_LO[i];
            v[i] = LIN_C[i] * LIN_C[i] * w * w / 12;
            sum += v[i];
        }
        double[] s = new double[3];
        for (int i = 0; i < 3; i++) {
            s[i] = v[i] / sum;
        }
        return new double[][] {s, s.clone()};
    }

}
