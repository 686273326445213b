package fi.foresight.montecarlo;

import fi.foresight.chart.Charts;
import fi.foresight.chart.Text;
import fi.foresight.chart.XySpec;
import fi.foresight.model.Model;
import fi.foresight.sampling.Design;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How fast the mean of an outcome settles under each sampling design: for every design and number of draws, the
 * mean from independent replicate runs (seeds {@code seed}, {@code seed + 1}, …), and its root mean square error —
 * against a known true value when one is given, otherwise the spread of the replicate means (every design is
 * unbiased, so that spread is the error). One chart draws the error against the draws, one line per design, on
 * log scales.
 *
 * <pre>{@code
 * DesignConvergence c = DesignConvergence.of(model, "y").sizes(1024, 4096, 16384).replicates(30).truth(1.0 / 16);
 * c.run().chart();   // plain Monte Carlo, Latin hypercube and scrambled Sobol' lines
 * }</pre>
 */
public final class DesignConvergence {
    private final Model model;
    private final String outcome;
    private int[] sizes = {1 << 10, 1 << 12, 1 << 14, 1 << 16};
    private int replicates = 30;
    private List<Design> designs = List.of(Design.MONTE_CARLO, Design.LATIN_HYPERCUBE, Design.SOBOL);
    private double truth = Double.NaN;
    private long seed = 1;
    private int threads = 1;

    private DesignConvergence(Model model, String outcome) {
        if (!model.outcomeColumns().contains(outcome)) {
            throw new IllegalArgumentException("unknown outcome column '" + outcome + "'; columns are "
                    + model.outcomeColumns());
        }
        this.model = model;
        this.outcome = outcome;
    }

    /**
     * A comparison of the designs on one outcome of a model (base scenario, no lever).
     *
     * @param model   the model
     * @param outcome one of its outcome columns
     * @return the comparison, to configure and {@link #run()}
     * @throws IllegalArgumentException when the outcome column is unknown
     */
    public static DesignConvergence of(Model model, String outcome) {
        return new DesignConvergence(model, outcome);
    }

    /**
     * The numbers of draws compared (default 2<sup>10</sup>, 2<sup>12</sup>, 2<sup>14</sup>, 2<sup>16</sup>;
     * powers of two keep the Sobol' points a net).
     *
     * @param sizes increasing, each at least 2
     * @return this comparison, for chaining
     * @throws IllegalArgumentException when the sizes are empty, not increasing or below 2
     */
    public DesignConvergence sizes(int... sizes) {
        if (sizes.length == 0 || sizes[0] < 2) {
            throw new IllegalArgumentException("sizes are " + Arrays.toString(sizes) + "; give increasing numbers "
                    + "of draws of at least 2, e.g. 1024, 4096, 16384");
        }
        for (int i = 1; i < sizes.length; i++) {
            if (sizes[i] <= sizes[i - 1]) {
                throw new IllegalArgumentException("sizes are " + Arrays.toString(sizes) + "; they must increase");
            }
        }
        this.sizes = sizes.clone();
        return this;
    }

    /**
     * Independent runs per design and size (default 30).
     *
     * @param replicates at least 2
     * @return this comparison, for chaining
     * @throws IllegalArgumentException when {@code replicates < 2}
     */
    public DesignConvergence replicates(int replicates) {
        if (replicates < 2) {
            throw new IllegalArgumentException("replicates is " + replicates + "; must be >= 2, e.g. 30");
        }
        this.replicates = replicates;
        return this;
    }

    /**
     * The designs compared, in legend order (default plain Monte Carlo, Latin hypercube, Sobol').
     *
     * @param designs at least one
     * @return this comparison, for chaining
     * @throws IllegalArgumentException when none is given
     */
    public DesignConvergence designs(Design... designs) {
        if (designs.length == 0) {
            throw new IllegalArgumentException("designs is empty; give at least one design");
        }
        this.designs = List.of(designs);
        return this;
    }

    /**
     * The outcome's true mean, when known: the error is then measured against it (default: unknown).
     *
     * @param truth the true mean, or NaN for unknown
     * @return this comparison, for chaining
     */
    public DesignConvergence truth(double truth) {
        this.truth = truth;
        return this;
    }

    /**
     * Seed of the first replicate (default 1); replicate r uses {@code seed + r}.
     *
     * @param seed any value
     * @return this comparison, for chaining
     */
    public DesignConvergence seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Worker threads of each run (default 1); results do not depend on it.
     *
     * @param threads at least 1
     * @return this comparison, for chaining
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public DesignConvergence threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + "; must be >= 1");
        }
        this.threads = threads;
        return this;
    }

    /**
     * Runs every design × size × replicate.
     *
     * @return the table and chart
     */
    public Result run() {
        int d = designs.size();
        double[][] mean = new double[d][sizes.length];
        double[][] rmse = new double[d][sizes.length];
        for (int i = 0; i < d; i++) {
            for (int s = 0; s < sizes.length; s++) {
                double[] m = new double[replicates];
                for (int r = 0; r < replicates; r++) {
                    m[r] = MonteCarlo.of(model).samples(sizes[s]).seed(seed + r).threads(threads)
                            .design(designs.get(i)).run().statistics("base", "none", outcome).mean();
                }
                double avg = Arrays.stream(m).sum() / replicates;
                double ss = 0;
                for (double v : m) {
                    double e = Double.isNaN(truth) ? v - avg : v - truth;
                    ss += e * e;
                }
                mean[i][s] = avg;
                rmse[i][s] = Math.sqrt(ss / (Double.isNaN(truth) ? replicates - 1 : replicates));
            }
        }
        return new Result(this, mean, rmse);
    }

    /** The legend name of a design, in English and Finnish. */
    static Text name(Design d) {
        return switch (d) {
            case MONTE_CARLO -> Text.of("Plain Monte Carlo", "Tavallinen Monte Carlo");
            case LATIN_HYPERCUBE -> Text.of("Latin hypercube", "Latinalainen hyperkuutio");
            case SOBOL -> Text.of("Scrambled Sobol' points", "Sekoitetut Sobolin pisteet");
        };
    }

    /** The error of the mean by design and number of draws. */
    public static final class Result {
        private final DesignConvergence c;
        private final double[][] mean;
        private final double[][] rmse;

        private Result(DesignConvergence c, double[][] mean, double[][] rmse) {
            this.c = c;
            this.mean = mean;
            this.rmse = rmse;
        }

        /**
         * The root mean square error of the mean with one design and number of draws.
         *
         * @param design a compared design
         * @param size   a compared number of draws
         * @return the error
         * @throws IllegalArgumentException when the design or size was not compared
         */
        public double rmse(Design design, int size) {
            int i = c.designs.indexOf(design);
            int s = Arrays.binarySearch(c.sizes, size);
            if (i < 0 || s < 0) {
                throw new IllegalArgumentException("no run of " + design + " with " + size + " draws; designs are "
                        + c.designs + ", sizes " + Arrays.toString(c.sizes));
            }
            return rmse[i][s];
        }

        /**
         * Table {@code design-convergence}: design, samples, replicates, mean (of the replicate means), rmse.
         *
         * @return the table
         */
        public Table table() {
            var design = StringColumn.create("design");
            var samples = IntColumn.create("samples");
            var reps = IntColumn.create("replicates");
            var m = DoubleColumn.create("mean");
            var e = DoubleColumn.create("rmse");
            for (int i = 0; i < c.designs.size(); i++) {
                for (int s = 0; s < c.sizes.length; s++) {
                    design.append(c.designs.get(i).name().toLowerCase(java.util.Locale.ROOT));
                    samples.append(c.sizes[s]);
                    reps.append(c.replicates);
                    m.append(mean[i][s]);
                    e.append(rmse[i][s]);
                }
            }
            return Table.create("design-convergence", design, samples, reps, m, e);
        }

        /**
         * The error of the mean against the number of draws, one line per design; both axes are base-10
         * logarithms (the chart library has linear axes only), so a slope of −1/2 is the plain Monte Carlo rate.
         *
         * @return the chart
         */
        public XySpec chart() {
            double[] x = new double[c.sizes.length];
            for (int s = 0; s < x.length; s++) {
                x[s] = Math.log10(c.sizes[s]);
            }
            Map<Text, double[]> lines = new LinkedHashMap<>();
            for (int i = 0; i < c.designs.size(); i++) {
                double[] y = new double[x.length];
                for (int s = 0; s < x.length; s++) {
                    y[s] = Math.log10(rmse[i][s]);
                }
                lines.put(name(c.designs.get(i)), y);
            }
            Text label = MonteCarloCharts.label(c.model, c.outcome);
            String reps = " (" + c.replicates + " ";
            return Charts.overlay(Text.of("Error of the mean of ", "Keskiarvon virhe: ").plus(label)
                            .plus(Text.of(" by sampling design", " otantamenetelmitt\u00e4in"))
                            .plus(Text.of(reps + "runs each)", reps + "ajoa kustakin)")),
                    Text.of("Draws, log\u2081\u2080", "Arvontoja, log\u2081\u2080"),
                    Text.of(Double.isNaN(c.truth) ? "Spread of the mean between runs, log\u2081\u2080"
                                    : "Root mean square error of the mean, log\u2081\u2080",
                            Double.isNaN(c.truth) ? "Keskiarvon hajonta ajojen v\u00e4lill\u00e4, log\u2081\u2080"
                                    : "Keskiarvon keskineli\u00f6virheen neli\u00f6juuri, log\u2081\u2080"),
                    x, lines);
        }

        /**
         * The designs compared, in legend order.
         *
         * @return the designs
         */
        public List<Design> designs() {
            return new ArrayList<>(c.designs);
        }
    }
}
