package fi.foresight.chart;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * One example of every chart factory, on made-up but plausible foresight data (seeded, so the pictures are
 * reproducible). Run it to refresh the gallery:
 *
 * <pre>{@code
 * mvn -o -q -B -pl model test -Dtest=ChartGalleryTest -Dforesight.gallery.dir=docs/img
 * }</pre>
 */
public final class ChartGallery {

    static final long SEED = 20240611L;

    private ChartGallery() {
    }

    /** Renders every example to {@code dir/gallery-<name>.png} at {@code dpi}. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/img");
        int dpi = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        write(dir, dpi);
    }

    static void write(Path dir, int dpi) {
        examples().forEach((name, chart) -> ChartExport.png(chart, "en", dir.resolve("gallery-" + name + ".png"), dpi));
    }

    static double[] normal(UniformRandomProvider rng, int n, double mean, double sd) {
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + sd * z.sample();
        }
        return v;
    }

    static double[] logNormal(UniformRandomProvider rng, int n, double mu, double sigma, double shift) {
        double[] v = normal(rng, n, mu, sigma);
        for (int i = 0; i < n; i++) {
            v[i] = shift + Math.exp(v[i]);
        }
        return v;
    }

    /** Every example chart by file-name stem, in a fixed order. */
    static Map<String, ChartSpec> examples() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
        Map<Text, double[]> netBenefit = new LinkedHashMap<>();
        netBenefit.put(Text.plain("Baseline"), normal(rng, 5000, 10, 3));
        netBenefit.put(Text.plain("Green transition"), normal(rng, 5000, 15, 4.5));
        netBenefit.put(Text.plain("Fragmented world"), logNormal(rng, 5000, 1.6, 0.45, 0));
        Text benefit = Text.axis(Text.of("Net benefit in 2040", "Nettohyöty 2040"), "M€");

        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        charts.put("histogram", Charts.histogram(Text.plain("Net benefit by scenario"), benefit, netBenefit, 40));
        charts.put("density", Charts.density(Text.plain("Net benefit by scenario"), benefit, netBenefit));
        charts.put("cdf", Charts.cdf(Text.plain("Cumulative distribution of net benefit"), benefit, netBenefit));
        charts.put("exceedance", Charts.exceedance(Text.plain("Chance of exceeding a net benefit"), benefit, netBenefit));
        charts.put("boxplot", Charts.boxPlot(Text.plain("Employment in 2040 by scenario"), Text.axis(Text.of("Jobs", "Työpaikat"), "thousands"),
                Text.plain(List.of("Baseline", "Green transition", "Fragmented world", "Tech leap")),
                List.of(new FiveNumbers(92, 97, 100, 103, 108), new FiveNumbers(95, 103, 108, 114, 126),
                        new FiveNumbers(78, 86, 91, 95, 101), new FiveNumbers(88, 99, 106, 115, 131))));

        int runs = 200;
        double[] n = new double[runs];
        double[] mean = new double[runs];
        double[] lo = new double[runs];
        double[] hi = new double[runs];
        double[] draws = netBenefit.get(Text.plain("Baseline"));
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < runs; i++) {
            int count = (i + 1) * 25;
            for (int k = i * 25; k < count; k++) {
                sum += draws[k];
                sumSq += draws[k] * draws[k];
            }
            n[i] = count;
            mean[i] = sum / count;
            double se = Math.sqrt((sumSq / count - mean[i] * mean[i]) / count);
            lo[i] = mean[i] - 1.96 * se;
            hi[i] = mean[i] + 1.96 * se;
        }
        charts.put("convergence", Charts.lineWithBand(Text.plain("Convergence of the mean net benefit"), Text.plain("Monte Carlo runs"),
                benefit, n, mean, lo, hi));

        double[] years = new double[26];
        double[][] paths = new double[300][26];
        for (int t = 0; t < 26; t++) {
            years[t] = 2025 + t;
        }
        for (double[] p : paths) {
            double level = 48;
            double drift = -0.9 + 0.6 * ZigguratSampler.NormalizedGaussian.of(rng).sample();
            for (int t = 0; t < 26; t++) {
                p[t] = level;
                level = Math.max(0, level + drift + 1.2 * ZigguratSampler.NormalizedGaussian.of(rng).sample());
            }
        }
        charts.put("fan", Charts.fan(Text.plain("Emissions pathway, 2025–2050"), Text.plain("Year"), Text.axis(Text.of("Emissions", "Päästöt"), "Mt CO₂e"),
                years, bandsOf(paths)));
        Map<Text, double[]> medians = new LinkedHashMap<>();
        medians.put(Text.plain("Baseline"), bandsOf(paths).p50());
        medians.put(Text.plain("Green transition"), scaled(bandsOf(paths).p50(), 0.8, 0.02));
        medians.put(Text.plain("Fragmented world"), scaled(bandsOf(paths).p50(), 1.05, -0.01));
        charts.put("overlay", Charts.overlay(Text.plain("Median emissions by scenario"), Text.plain("Year"),
                Text.axis(Text.of("Emissions", "Päästöt"), "Mt CO₂e"), years, medians));
        double[][] few = new double[60][];
        System.arraycopy(paths, 0, few, 0, 60);
        charts.put("spaghetti", Charts.spaghetti(Text.plain("Sixty simulated emission paths"), Text.plain("Year"),
                Text.axis(Text.of("Emissions", "Päästöt"), "Mt CO₂e"), years, few));

        List<Text> drivers = Text.plain(List.of("Energy price", "Carbon tax", "Tech adoption", "Demand growth",
                "Skills supply", "Interest rate"));
        Map<Text, double[]> sobol = new LinkedHashMap<>();
        sobol.put(Text.plain("First order S1"), new double[] {0.38, 0.22, 0.15, 0.08, 0.03, 0.01});
        sobol.put(Text.plain("Total ST"), new double[] {0.47, 0.30, 0.24, 0.10, 0.05, 0.02});
        Map<Text, double[]> sobolLo = new LinkedHashMap<>();
        sobolLo.put(Text.plain("First order S1"), new double[] {0.31, 0.16, 0.10, 0.04, 0.00, 0.00});
        sobolLo.put(Text.plain("Total ST"), new double[] {0.42, 0.26, 0.20, 0.08, 0.03, 0.01});
        Map<Text, double[]> sobolHi = new LinkedHashMap<>();
        sobolHi.put(Text.plain("First order S1"), new double[] {0.44, 0.27, 0.21, 0.12, 0.07, 0.04});
        sobolHi.put(Text.plain("Total ST"), new double[] {0.53, 0.35, 0.29, 0.13, 0.07, 0.03});
        charts.put("bars", Charts.bars(Text.plain("Sobol sensitivity of net benefit"), Text.plain("Sensitivity index"), drivers, sobol,
                sobolLo, sobolHi));
        charts.put("tornado", Charts.tornado(Text.plain("What moves net benefit most"), benefit, drivers,
                new double[] {6.1, 13.2, 8.4, 9.0, 9.6, 10.4}, new double[] {15.8, 7.5, 12.9, 11.3, 10.5, 9.7}, 10.0));

        List<Text> vars = Text.plain(List.of("Energy price", "Carbon tax", "Tech adoption", "Demand growth", "Skills supply",
                "Interest rate", "Public opinion", "Trade policy", "Urbanisation", "Climate impacts"));
        double[] influence = {24, 21, 17, 9, 8, 18, 6, 15, 5, 12};
        double[] dependence = {7, 12, 19, 20, 14, 5, 16, 9, 11, 22};
        charts.put("scatter", Charts.scatterLabelled(Text.plain("MICMAC influence–dependence map"), Text.plain("Dependence"), Text.plain("Influence"),
                dependence, influence, vars, new double[] {mean(dependence)}, new double[] {mean(influence)}));
        charts.put("heatgrid", Charts.heatGrid(Text.plain("Cross-impact judgements"), drivers, drivers, new double[][] {
            {0, 2, 1, -1, 0, 0}, {1, 0, 3, -2, 0, 0}, {0, -1, 0, 2, 1, 0},
            {1, 0, 2, 0, 0, 1}, {0, 0, 2, 1, 0, 0}, {-1, 0, -2, -3, 0, 0}}));
        List<Text> descriptors = Text.plain(List.of("Economy", "Energy mix", "Governance", "Technology", "Society",
                "Climate policy"));
        List<Text> scenarios = Text.plain(List.of("Scenario 1", "Scenario 2", "Scenario 3", "Scenario 4"));
        String[][] variantNames = {
            {"Growth", "Stagnation", "Growth", "Decline"},
            {"Renewables", "Fossil", "Mixed", "Fossil"},
            {"Cooperative", "Fragmented", "Cooperative", "Fragmented"},
            {"Breakthrough", "Incremental", "Incremental", "Stalled"},
            {"Engaged", "Polarised", "Engaged", "Polarised"},
            {"Ambitious", "Weak", "Moderate", "Weak"}};
        Text[][] variants = new Text[variantNames.length][];
        for (int i = 0; i < variants.length; i++) {
            variants[i] = Text.plain(List.of(variantNames[i])).toArray(new Text[0]);
        }
        int[][] variantIndex = {
            {0, 1, 0, 2}, {0, 2, 1, 2}, {0, 1, 0, 1}, {0, 1, 1, 2}, {0, 1, 0, 1}, {0, 2, 1, 2}};
        charts.put("cib-tableau", Charts.heatGrid(Text.plain("CIB scenario tableau"), descriptors, scenarios, variants,
                variantIndex));
        charts.put("displacement", Charts.displacement(Text.plain("MICMAC influence ranks: direct vs indirect"), vars,
                new int[] {1, 2, 4, 6, 7, 3, 9, 5, 10, 8}, new int[] {2, 1, 3, 8, 5, 6, 9, 4, 10, 7}));
        return charts;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static double[] scaled(double[] v, double factor, double trend) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * factor * (1 - trend * i);
        }
        return out;
    }

    /** Pointwise percentiles of paths (nearest rank on the sorted column). */
    static FanBands bandsOf(double[][] paths) {
        int t = paths[0].length;
        double[][] q = new double[5][t];
        double[] probs = {0.05, 0.25, 0.5, 0.75, 0.95};
        double[] column = new double[paths.length];
        for (int j = 0; j < t; j++) {
            for (int i = 0; i < paths.length; i++) {
                column[i] = paths[i][j];
            }
            java.util.Arrays.sort(column);
            for (int k = 0; k < 5; k++) {
                q[k][j] = column[(int) Math.round(probs[k] * (paths.length - 1))];
            }
        }
        return new FanBands(q[0], q[1], q[2], q[3], q[4]);
    }
}
