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
    /**
     * How far the given-data estimator of δ falls short of the true δ at n = 2,000 (M = 12 classes): it conditions
     * on a class (a twelfth of the input's range) instead of a value and smooths with kernels, both of which pull
     * the conditional densities towards the unconditional one. Measured offline with SALib's {@code calc_delta} on
     * three fresh samples of the correlated linear model: x1 -0.037, -0.014, -0.028 (closed form 0.3669); x3
     * -0.017, +0.007, -0.009 (closed form 0.1789); still -0.011 and -0.008 at n = 20,000. The bootstrap bias
     * correction does not see this bias (it is the same in every resample).
     */
    private static final double GIVEN_DATA_BIAS = 0.025;

    @Test
    void ishigamiAgreesWithSalibOnTheSameSample() throws IOException {
        compareWithSalib("ishigami");
    }

    @Test
    void correlatedLinearModelAgreesWithSalibAndWithTheClosedForm() throws IOException {
        var r = compareWithSalib("correlated-linear");
        // y = x1 + x2 + x3, standard normals, corr(x1, x2) = 0.6: Var y = 3 + 2ρ, Cov(y, x1) = 1 + ρ, Cov(y, x3) = 1
        double var = 3 + 2 * RHO;
        double[] exact = {deltaOfGaussianLinear(var, 1 + RHO), deltaOfGaussianLinear(var, 1 + RHO),
                deltaOfGaussianLinear(var, 1)};
        for (int i = 0; i < 3; i++) {
            DistributionMeasure m = r.measure("y", "x" + (i + 1));
            System.out.printf("correlated-linear x%d: exact delta %.4f, Java %.4f [%.4f, %.4f]%n", i + 1, exact[i],
                    m.delta(), m.deltaLow(), m.deltaHigh());
            assertTrue(m.deltaLow() <= exact[i] && exact[i] <= m.deltaHigh() + GIVEN_DATA_BIAS, "δ of x" + (i + 1)
                    + " " + m + " misses the closed form " + exact[i]);
        }
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

    /** Java's δ within SALib's δ ± its interval half-width, PAWN within SALib's bootstrap intervals. */
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
            // (SALib's pawn has no interval; the script's percentile intervals over bootstrap resamples of the rows
            // are printed for reference only: KS distances of resamples, with their tied rows, run high, and for an
            // input of little influence the interval can miss the sample's own value, e.g. x3 of Ishigami.)
        }
        return r;
    }

    /**
     * δ of an input x ~ N(0, 1) for a Gaussian outcome y ~ N(0, var) with Cov(y, x) = b: y | x ~ N(b x, var - b²),
     * and δ = E_x[TV(N(0, var), N(b x, var - b²))], the total variation distance of two normal densities in closed
     * form from the two points where they cross, averaged over x by Simpson's rule on [-10, 10] (20,000 panels).
     */
    static double deltaOfGaussianLinear(double var, double b) {
        double sigma = Math.sqrt(var);
        double s = Math.sqrt(var - b * b);
        var z = Normal.of(0, 1);
        int panels = 20_000;
        double h = 20.0 / panels;
        double sum = 0;
        for (int j = 0; j <= panels; j++) {
            double x = -10 + j * h;
            double mu = b * x;
            // f_cond > f_y between the roots of a t² + b' t + c = 0 (the conditional density is the narrower)
            double qa = 1 / (2 * s * s) - 1 / (2 * var);
            double qb = -mu / (s * s);
            double qc = mu * mu / (2 * s * s) + Math.log(s / sigma);
            double disc = Math.sqrt(qb * qb - 4 * qa * qc);
            double r1 = (-qb - disc) / (2 * qa);
            double r2 = (-qb + disc) / (2 * qa);
            double tv = z.cdf((r2 - mu) / s) - z.cdf((r1 - mu) / s) - (z.cdf(r2 / sigma) - z.cdf(r1 / sigma));
            double w = j == 0 || j == panels ? 1 : (j % 2 == 1 ? 4 : 2);
            sum += w * tv * Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
        }
        return sum * h / 3;
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

    private static Map<String, Map<String, Double>> salib(String name) throws IOException {
        List<String> lines = lines(name + "-salib.csv");
        String[] header = lines.get(0).split(",");
        var out = new LinkedHashMap<String, Map<String, Double>>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            var row = new LinkedHashMap<String, Double>();
            for (int c = 1; c < header.length; c++) {
                row.put(header[c], Double.parseDouble(f[c]));
            }
            out.put(f[0], row);
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
