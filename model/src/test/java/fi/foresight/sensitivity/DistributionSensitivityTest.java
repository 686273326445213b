package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Bernoulli;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import fi.foresight.montecarlo.MonteCarlo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Borgonovo's δ and PAWN against SALib 1.4.8 on the same samples (test resources {@code salib/}: the samples and
 * SALib's outputs, written by {@code salib/salib_reference.py}; see the README there), and against known values.
 */
class DistributionSensitivityTest {
    private static final String[] STATS = {"minimum", "mean", "median", "maximum", "cv"};
    private static final double RHO = 0.6;

    @Test
    void ishigamiAgreesWithSalibOnTheSameSample() throws IOException {
        compareWithSalib("ishigami");
    }

    @Test
    void correlatedLinearModelAgreesWithSalibAndWithTheClosedForm() throws IOException {
        var r = compareWithSalib("correlated-linear");
        // y = x1 + x2 + x3, standard normals, corr(x1, x2) = 0.6: Var y = 3 + 2ρ, Cov(y, x1) = 1 + ρ, Cov(y, x3) = 1
        double var = 3 + 2 * RHO;
        double[] b = {1 + RHO, 1 + RHO, 1};
        for (int i = 0; i < 3; i++) {
            checkAgainstClosedForms(r.measure("y", "x" + (i + 1)), var, b[i], 2000);
        }
    }

    @Test
    void correlatedDriversSampledByMonteCarloMatchTheClosedForm() {
        // Spearman 0.6 between x1 and x2: Monte Carlo imposes it on normal scores (Iman-Conover), whose Pearson
        // correlation is then r = 2 sin(π 0.6 / 6); with normal drivers that is the drivers' own correlation
        double spearman = 0.6;
        double rho = 2 * Math.sin(Math.PI * spearman / 6);
        Model m = Model.builder("linear")
                .variable("x1", Normal.of(0, 1)).variable("x2", Normal.of(0, 1)).variable("x3", Normal.of(0, 1))
                .correlation("x1", "x2", spearman)
                .outcome("y", "x1 + x2 + x3")
                .build();
        int n = 4000;
        var mc = MonteCarlo.of(m).samples(n).seed(17).keepSamples(true).run();
        var r = DistributionSensitivity.of(mc).resamples(100).seed(4).run();
        double var = 3 + 2 * rho;
        double[] b = {1 + rho, 1 + rho, 1};
        for (int i = 0; i < 3; i++) {
            checkAgainstClosedForms(r.measure("y", "x" + (i + 1)), var, b[i], n);
        }
    }

    @Test
    void theClosedFormIsAccurateToBetterThanOneInAMillion() {
        for (double[] c : new double[][] {{4.2, 1.6}, {4.2, 1}, {1, 0.5}, {2, 1.4}}) {
            assertEquals(GaussianDelta.exactBySimpson(c[0], c[1]), GaussianDelta.exact(c[0], c[1]), 1e-9);
        }
        // a weak input: y | x ~ N(b x, 1 - b²) is N(0, 1) shifted by b x up to O(b²), whose TV is |b x| φ(0) up to
        // O(b³), so δ = b E|x| φ(0) + O(b²) = b / π + O(b²)
        assertEquals(0.001 / Math.PI, GaussianDelta.exact(1, 0.001), 1e-6);
    }

    /**
     * The estimate against two closed forms (see {@link GaussianDelta}): it must lie within its own bootstrap
     * interval of what the given-data estimator targets at this n (classes and kernel smoothing included), and that
     * target's distance from the true δ is the estimator's smoothing bias, computed, not fitted. It shrinks as n
     * grows, but not to zero: the classes stop at 48.
     */
    private static void checkAgainstClosedForms(DistributionMeasure m, double var, double b, int n) {
        double exact = GaussianDelta.exact(var, b);
        double target = GaussianDelta.givenData(var, b, n);
        double half = (m.deltaHigh() - m.deltaLow()) / 2;
        System.out.printf("%s: exact delta %.6f, given-data target at n = %d %.4f (bias %.4f), Java %.4f ± %.4f%n",
                m.variable(), exact, n, target, target - exact, m.delta(), half);
        assertEquals(target, m.delta(), half, "δ of " + m.variable() + " " + m + " vs the estimator's target");
        assertTrue(Math.abs(GaussianDelta.givenData(var, b, 20 * n) - exact) < Math.abs(target - exact),
                "the smoothing bias shrinks with n");
    }

    @Test
    void rareEventIsSeenByBothMeasures() {
        // y = 10 e + x, e ~ Bernoulli(0.1), x ~ U(0, 1): PAWN conditions on e = 0 and e = 1, with KS distances
        // exactly p̂ and 1 - p̂. (δ(e) is 2 p (1 - p) = 0.18, but the kernel estimator overstates it for an outcome
        // with two far-apart modes: Silverman's bandwidth of the whole sample, about 0.6, smears the unit-wide modes
        // that the classes' kernels keep sharp; only the ranking is asserted.)
        Model m = Model.builder("wild")
                .variable("event", Bernoulli.of(0.1))
                .variable("x", Uniform.of(0, 1))
                .outcome("y", "10 * event + x")
                .build();
        var mc = MonteCarlo.of(m).samples(4000).seed(5).keepSamples(true).run();
        var r = DistributionSensitivity.of(mc).seed(2).run();
        DistributionMeasure e = r.measure("y", "event");
        double p = mc.samples().doubleColumn("event").sum() / 4000;
        assertEquals(p, e.pawnMinimum(), 1e-12);
        assertEquals(1 - p, e.pawnMaximum(), 1e-12);
        assertEquals(0.5, e.pawnMedian(), 1e-12);
        assertTrue(e.delta() > r.measure("y", "x").delta(), "the event matters more than x");
    }

    @Test
    void tablesAreBitIdenticalForOneAndTwoThreads() throws IOException {
        Table sample = sample("ishigami");
        String one = DistributionSensitivity.of(sample, List.of("y")).resamples(20).seed(9).threads(1).run().table()
                .printAll();
        String two = DistributionSensitivity.of(sample, List.of("y")).resamples(20).seed(9).threads(2).run().table()
                .printAll();
        assertEquals(one, two);
        var r = DistributionSensitivity.of(sample, List.of("y")).resamples(20).seed(9).threads(2).run();
        double[] d = r.table().doubleColumn("delta").asDoubleArray();
        double[] d1 = DistributionSensitivity.of(sample, List.of("y")).resamples(20).seed(9).threads(1).run().table()
                .doubleColumn("delta").asDoubleArray();
        assertEquals(java.util.Arrays.toString(d1), java.util.Arrays.toString(d));
        assertEquals(1, r.charts().size());
        assertEquals("distribution_sensitivity.strongest", r.findings().get(0).key());
    }

    /**
     * Java's δ against SALib's calc_delta (equal) and Plischke's bias reduction built from it (within its interval),
     * SALib's delta.analyze explained, PAWN against SALib's values and its bootstrap intervals.
     */
    private static DistributionSensitivityResult compareWithSalib(String name) throws IOException {
        var r = DistributionSensitivity.of(sample(name), List.of("y")).resamples(100).seed(3).threads(2).run();
        Map<String, Map<String, Double>> salib = salib(name);
        for (String v : List.of("x1", "x2", "x3")) {
            DistributionMeasure m = r.measure("y", v);
            var s = salib.get(v);
            double[] java = {m.pawnMinimum(), m.pawnMean(), m.pawnMedian(), m.pawnMaximum(), m.pawnCv()};
            System.out.printf("%s %s: delta Java %.4f [%.4f, %.4f], SALib (bias-reduced) %.4f ± %.4f, SALib's "
                            + "analyze %.4f ± %.4f; PAWN median Java %.4f, SALib %.4f [%.4f, %.4f]%n", name, v,
                    m.delta(), m.deltaLow(), m.deltaHigh(), s.get("delta_bc"), s.get("delta_bc_conf"),
                    s.get("delta"), s.get("delta_conf"), m.pawnMedian(), s.get("pawn_median"),
                    s.get("pawn_median_low"), s.get("pawn_median_high"));
            // the uncorrected estimate is deterministic: the same as SALib's calc_delta up to rounding (the kernels
            // cut at nine bandwidths change it by less than 1e-15)
            double raw = DistributionSensitivity.of(sample(name), List.of("y")).resamples(0).run().measure("y", v)
                    .delta();
            assertEquals(s.get("delta_raw"), raw, 1e-12, name + " uncorrected δ of " + v);
            assertEquals(s.get("delta_bc"), m.delta(), s.get("delta_bc_conf"), name + " δ of " + v);
            // the two intervals have the same width up to the noise of 100 resamples (sd of an sd: about 7 %)
            assertEquals(s.get("delta_bc_conf"), (m.deltaHigh() - m.deltaLow()) / 2, 0.25 * s.get("delta_bc_conf"),
                    name + " δ interval of " + v);
            // the slices differ from SALib's only by the largest input value, which joins the last slice of about
            // 200 rows: that slice's KS distance moves by at most 1/200, and so do the minimum, mean, median, maximum
            for (int j = 0; j < 4; j++) {
                String key = "pawn_" + STATS[j];
                assertEquals(s.get(key), java[j], 1.0 / 200, name + " " + key + " of " + v);
            }
            for (int j = 0; j < 5; j++) {
                checkPawnIntervals(name + " " + v, STATS[j], java[j], s);
            }
            // SALib's delta.analyze computes its uncorrected d* on one bootstrap resample too, so its reported
            // 2 d* - mean(d_b) has the expectation mean(d_b) (the bias added, not removed) and twice the bootstrap
            // spread. Over 40 seeds on this sample: its mean equals the mean of our bootstrap estimates
            // (2 δ̂ - our δ) within three standard errors, and its spread is twice the bootstrap's.
            double bootSd = s.get("delta_boot_sd");
            double ourBootMean = 2 * raw - m.delta();
            double se = Math.sqrt(Math.pow(s.get("delta_seed_sd"), 2) / 40 + bootSd * bootSd / 100);
            System.out.printf("%s %s: SALib's analyze over 40 seeds %.4f (sd %.4f); our bootstrap mean %.4f, SALib's "
                            + "%.4f (sd %.4f)%n", name, v, s.get("delta_seed_mean"), s.get("delta_seed_sd"), ourBootMean,
                    s.get("delta_boot_mean"), bootSd);
            assertEquals(ourBootMean, s.get("delta_seed_mean"), 3 * se, name + " SALib's analyze of " + v);
            // the ratio of two standard deviations from 40 and 100 draws: relative error about 0.13
            assertEquals(1, s.get("delta_seed_sd") / (2 * bootSd), 3 * 0.134, name + " SALib's spread of " + v);
        }
        return r;
    }

    /**
     * One PAWN statistic of ours against the intervals the script builds from SALib's pawn on 200 bootstrap resamples
     * of the rows (SALib 1.4.8's pawn reports none), every statistic of every input, none skipped:
     * <ul>
     *   <li>the normal-approximation interval, SALib's value ± 1.96 bootstrap standard deviations (the half-width
     *       SALib reports for its other measures: {@code delta_conf}, {@code S1_conf}, {@code mu_star_conf}): ours
     *       lies in it;</li>
     *   <li>Efron's bias-corrected (BC) percentile interval and the BCa interval: ours lies in them wherever SALib's
     *       own value does. They contain SALib's value exactly when |z0| ≤ 1.96, as the plain percentile interval
     *       does (the test checks that they agree on this for every statistic); where |z0| > 1.96 (weak inputs,
     *       whose KS distances are mostly noise, and a resample's tied rows make them noisier and so larger), the
     *       bootstrap says SALib's value is biased upwards and the BC and BCa intervals lie below it, as intervals
     *       for the true index should. No estimator that agrees with SALib's lies inside there; the test checks
     *       that this is the case (z0 below −1.96, both intervals below SALib's value, the bootstrap mean above
     *       it).</li>
     * </ul>
     */
    private static void checkPawnIntervals(String what, String stat, double java, Map<String, Double> s) {
        String key = "pawn_" + stat;
        double own = s.get(key);
        String at = what + " " + key + " " + java;
        assertEquals(own, java, s.get(key + "_conf"), at + " outside SALib's value ± 1.96 bootstrap sd");
        boolean inPercentile = s.get(key + "_low") <= own && own <= s.get(key + "_high");
        double z0 = s.get(key + "_z0");
        for (String interval : List.of("bc", "bca")) {
            double low = s.get(key + "_" + interval + "_low");
            double high = s.get(key + "_" + interval + "_high");
            boolean ownInside = low <= own && own <= high;
            assertEquals(inPercentile, ownInside, at + ": SALib's value in the percentile and the " + interval
                    + " interval alike (z0 " + z0 + ")");
            if (ownInside) {
                assertTrue(low <= java && java <= high, at + " outside SALib's " + interval + " interval [" + low
                        + ", " + high + "]");
            } else {
                System.out.printf("%s: SALib's own %.4f is outside its %s interval [%.4f, %.4f] and its percentile "
                                + "interval [%.4f, %.4f] (z0 %.2f, bootstrap mean %.4f)%n", what + " " + key, own,
                        interval, low, high, s.get(key + "_low"), s.get(key + "_high"), z0,
                        s.get(key + "_boot_mean"));
                assertTrue(z0 < -1.959963984540054 && high < own && own < s.get(key + "_low")
                        && s.get(key + "_boot_mean") > own, at + ": not the upward bias of the bootstrap");
            }
        }
    }

    static Table sample(String name) throws IOException {
        List<String> lines = lines(name + "-sample.csv");
        String[] header = lines.get(0).split(",");
        var cols = new ArrayList<double[]>();
        for (int c = 0; c < header.length; c++) {
            cols.add(new double[lines.size() - 1]);
        }
        for (int r = 1; r < lines.size(); r++) {
            String[] f = lines.get(r).split(",");
            for (int c = 0; c < header.length; c++) {
                cols.get(c)[r - 1] = Double.parseDouble(f[c]);
            }
        }
        Table t = Table.create(name);
        for (int c = 0; c < header.length; c++) {
            t.addColumns(DoubleColumn.create(header[c], cols.get(c)));
        }
        return t;
    }

    /**
     * SALib's outputs per input: the columns of {@code <name>-salib.csv} and of {@code <name>-pawn-intervals.csv}
     * (whose {@code pawn_*_value}, {@code _low}, {@code _high} and {@code _boot_mean} must equal the first file's to
     * 1e-12, which shows that both come from the same bootstrap resamples; they differ in the last bit where SciPy's
     * exact two-sample KS test, which the first file's run used, returns its statistic as a count over the common
     * denominator of the two sample sizes, and the asymptotic one, which the second's used, does not).
     */
    private static Map<String, Map<String, Double>> salib(String name) throws IOException {
        var out = new LinkedHashMap<String, Map<String, Double>>();
        for (String file : List.of(name + "-salib.csv", name + "-pawn-intervals.csv")) {
            List<String> lines = lines(file);
            String[] header = lines.get(0).split(",");
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                var row = out.computeIfAbsent(f[0], k -> new LinkedHashMap<>());
                for (int c = 1; c < header.length; c++) {
                    String key = header[c].endsWith("_value") ? header[c].substring(0, header[c].length() - 6)
                            : header[c];
                    double value = Double.parseDouble(f[c]);
                    Double before = row.put(key, value);
                    if (before != null) {
                        assertEquals(before, value, 1e-12, file + ": " + f[0] + " " + key + " differs from the other file");
                    }
                }
            }
        }
        return out;
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = DistributionSensitivityTest.class.getResourceAsStream("salib/" + file)) {
            if (in == null) {
                throw new IOException("missing test resource salib/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
