package fi.foresight.montecarlo;

import fi.foresight.statistics.Moments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A conditional tornado of one scenario × lever (@RISK's "change in output mean"): for each input, the outcome's
 * mean within each of the input's bins (deciles, or each value of an event or a discrete input), from the Monte
 * Carlo samples already drawn, and the swing between the bin with the lowest and the bin with the highest mean.
 * Unlike the one-at-a-time tornado, a rare event (a Bernoulli(0.1) wild card has P10 = P90 = 0) shows its full
 * effect, and correlations between drivers are kept.
 *
 * <p>Instead of the mean, the tornado can compare a percentile of the outcome within each bin
 * ({@link MonteCarlo#conditionalPercentile(double)}): the smallest value with at least that share of the bin's
 * draws at or below it, from a quantile sketch of the bin (exact up to 4,096 draws per bin, beyond that within a
 * rank error of a few tenths of a percent of the bin's draws).
 *
 * <pre>{@code
 * MonteCarloResult r = MonteCarlo.of(model).samples(20_000).conditionalTornado("index").run();
 * r.run("base", "none").conditionalTornado().swings("index");   // widest first
 * }</pre>
 */
public final class ConditionalTornado {
    /** Bins with fewer samples are shown but left out of the swing (their mean is too noisy). */
    public static final int MIN_BIN_SAMPLES = 30;

    private final List<String> outcomes;
    private final List<ConditionalBin> bins;
    private final List<ConditionalSwing> swings;
    private final double level;

    ConditionalTornado(List<String> outcomes, List<String> inputs, InputBins[] layout, BinnedMoments moments,
                       double level) {
        this.outcomes = List.copyOf(outcomes);
        this.level = level;
        var allBins = new ArrayList<ConditionalBin>();
        var allSwings = new ArrayList<ConditionalSwing>();
        for (int o = 0; o < outcomes.size(); o++) {
            var bars = new ArrayList<ConditionalSwing>();
            for (int i = 0; i < inputs.size(); i++) {
                InputBins ib = layout[i];
                Moments[] cell = moments.cells()[o][i];
                double[] value = new double[cell.length];
                int lowBin = -1;
                int highBin = -1;
                for (int b = 0; b < cell.length; b++) {
                    Moments m = cell[b];
                    double mean = m.n() == 0 ? Double.NaN : m.mean();
                    value[b] = Double.isNaN(level) || m.n() == 0 ? mean : moments.sketches()[o][i][b].quantile(level);
                    allBins.add(new ConditionalBin(outcomes.get(o), inputs.get(i), b + 1, ib.lower()[b],
                            ib.upper()[b], m.n(), mean, m.se(), value[b]));
                    if (m.n() >= MIN_BIN_SAMPLES) {
                        if (lowBin < 0 || value[b] < value[lowBin]) {
                            lowBin = b;
                        }
                        if (highBin < 0 || value[b] > value[highBin]) {
                            highBin = b;
                        }
                    }
                }
                if (lowBin >= 0 && ib.size() > 1) {
                    double low = value[lowBin];
                    double high = value[highBin];
                    bars.add(new ConditionalSwing(outcomes.get(o), inputs.get(i), lowBin + 1, low, highBin + 1, high,
                            high - low, ib.values()));
                }
            }
            bars.sort(Comparator.comparingDouble(ConditionalSwing::swing).reversed());
            allSwings.addAll(bars);
        }
        this.bins = List.copyOf(allBins);
        this.swings = List.copyOf(allSwings);
    }

    /**
     * The percentile the tornado compares between bins, as a probability in (0, 1), or NaN when it compares means.
     *
     * @return the level, or NaN for the mean
     */
    public double percentile() {
        return level;
    }

    /**
     * The statistic compared between bins, as job files name it: {@code mean} or {@code pXX} (e.g. {@code p90},
     * {@code p2.5}).
     *
     * @return the statistic's name
     */
    public String statistic() {
        return name(level);
    }

    /**
     * The name of a statistic: {@code mean} for NaN, else {@code p} and the percentage without trailing zeros.
     *
     * @param level a probability in (0, 1), or NaN for the mean
     * @return {@code mean}, {@code p90}, {@code p2.5}, …
     */
    public static String name(double level) {
        if (Double.isNaN(level)) {
            return "mean";
        }
        return "p" + java.math.BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /**
     * The outcome columns analysed.
     *
     * @return the columns
     */
    public List<String> outcomes() {
        return outcomes;
    }

    /**
     * Every bin of every input, outcome by outcome, in input order and bin order.
     *
     * @return the bins
     */
    public List<ConditionalBin> bins() {
        return bins;
    }

    /**
     * The swings of all outcomes, each outcome's widest first.
     *
     * @return the swings
     */
    public List<ConditionalSwing> swings() {
        return swings;
    }

    /**
     * The swings of one outcome, widest first: the bars of its conditional tornado.
     *
     * @param outcome an outcome column of the analysis
     * @return the swings
     * @throws IllegalArgumentException when the outcome was not analysed
     */
    public List<ConditionalSwing> swings(String outcome) {
        if (!outcomes.contains(outcome)) {
            throw new IllegalArgumentException("the conditional tornado has no outcome '" + outcome + "'; it has "
                    + outcomes);
        }
        return swings.stream().filter(s -> s.outcome().equals(outcome)).toList();
    }

    /**
     * The swing of one input for one outcome.
     *
     * @param outcome  an outcome column of the analysis
     * @param variable an input id
     * @return the swing
     * @throws IllegalArgumentException when the outcome or input has no swing
     */
    public ConditionalSwing swing(String outcome, String variable) {
        return swings(outcome).stream().filter(s -> s.variable().equals(variable)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no conditional swing of '" + variable + "' for '"
                        + outcome + "'"));
    }
}
