package fi.foresight.sensitivity;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Gamma;
import fi.foresight.model.Model;
import fi.foresight.sensitivity.WeightAlternatives.ResolvedAlternative;
import fi.foresight.sensitivity.WeightAlternatives.PanelWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Rankings of alternatives by expected index under uncertain weights: draws weight vectors, ranks the alternatives
 * by their expected index at each draw (ties keep alternative order) and counts rankings and rank positions.
 *
 * <p>Each panel's weights are drawn as the panel declares: a Dirichlet around the point weights (concentration
 * κ, weights Dir(κ ŵ)), or independent weight distributions normalised per draw. A panel that declares no
 * uncertainty gets a Dirichlet around its point weights with the analysis' default concentration, or, with the
 * uniform option, a flat Dirichlet over its drivers (every weight vector equally likely, as in SMAA). Draws come in
 * blocks of {@value #BLOCK}, block b from the stream {@code BlockStreams.forBlock(seed, b)}; counts are summed in
 * block order, so results do not depend on the thread count.
 */
final class RankingSampler {
    static final int BLOCK = 1024;

    /** Counts over all draws. */
    static final class Counts {
        /** Rankings keyed compactly: one char per place holding the alternative's index. */
        final Map<String, Long> rankings = new HashMap<>();
        /** byRank[a][r]: draws in which alternative a ranked r-th (0 = first). */
        final long[][] byRank;

        Counts(int alternatives) {
            byRank = new long[alternatives][alternatives];
        }

        void add(Counts other) {
            other.rankings.forEach((k, v) -> rankings.merge(k, v, Long::sum));
            for (int a = 0; a < byRank.length; a++) {
                for (int r = 0; r < byRank.length; r++) {
                    byRank[a][r] += other.byRank[a][r];
                }
            }
        }
    }

    /** How one panel's weights are drawn. */
    private static final class PanelDraw {
        final PanelWeights pw;
        final double share;
        final Gamma[] gamma;
        final Distribution[] dist;
        final boolean fromDistributions;
        /** Per alternative: m of each declared driver (NaN where pinned), pinned numerator and denominator. */
        final double[][] m;
        final double[] pinNum;
        final double[] pinDen;

        PanelDraw(Model model, PanelWeights pw, double share, List<ResolvedAlternative> alts, double concentration,
                  boolean uniform) {
            this.pw = pw;
            this.share = share;
            int n = pw.drivers.size();
            double[] hat = pw.shares();
            gamma = new Gamma[n];
            dist = new Distribution[n];
            var panel = pw.panel;
            boolean declaredDirichlet = panel.dirichlet() > 0;
            boolean distributions = !panel.weightDistributions().isEmpty();
            fromDistributions = !uniform && distributions;
            for (int i = 0; i < n; i++) {
                String v = pw.drivers.get(i);
                if (uniform) {
                    gamma[i] = Gamma.of(1, 1);
                } else if (distributions) {
                    dist[i] = panel.weightDistributions().get(v);
                } else {
                    double kappa = declaredDirichlet ? panel.dirichlet() : concentration;
                    gamma[i] = hat[i] > 0 ? Gamma.of(kappa * hat[i], 1) : null;
                }
            }
            m = new double[alts.size()][n];
            pinNum = new double[alts.size()];
            pinDen = new double[alts.size()];
            for (int a = 0; a < alts.size(); a++) {
                ResolvedAlternative alt = alts.get(a);
                Map<String, Double> pins = alt.pinned(panel.id());
                for (int i = 0; i < n; i++) {
                    String v = pw.drivers.get(i);
                    m[a][i] = pins.containsKey(v) ? Double.NaN : alt.m[model.driverIndex(v)];
                }
                for (var e : pins.entrySet()) {
                    pinNum[a] += e.getValue() * alt.m[model.driverIndex(e.getKey())];
                    pinDen[a] += Math.abs(e.getValue());
                }
            }
        }

        /** One draw of raw weights (declared scale) into w. */
        void draw(UniformRandomProvider rng, double[] w) {
            int n = w.length;
            if (fromDistributions) {
                for (int i = 0; i < n; i++) {
                    w[i] = dist[i] != null ? dist[i].sample(rng) : pw.raw[i];
                }
                return;
            }
            double total = 0;
            for (int i = 0; i < n; i++) {
                w[i] = gamma[i] != null ? gamma[i].sample(rng) : 0;
                total += w[i];
            }
            for (int i = 0; i < n; i++) {
                w[i] = total > 0 ? pw.sum * w[i] / total : pw.raw[i];
            }
        }

        double index(int a, double[] w) {
            double num = pinNum[a];
            double den = pinDen[a];
            double[] ma = m[a];
            for (int i = 0; i < w.length; i++) {
                if (!Double.isNaN(ma[i])) {
                    num += w[i] * ma[i];
                    den += Math.abs(w[i]);
                }
            }
            return pw.normalise ? (den > 0 ? num / den : 0) : num;
        }
    }

    private RankingSampler() {
    }

    static Counts sample(Model model, List<ResolvedAlternative> alts, Map<String, PanelWeights> panels,
                         Map<String, Double> shares, boolean higherIsBetter, int samples, long seed,
                         double concentration, boolean uniform, int threads) {
        var draws = new ArrayList<PanelDraw>();
        for (var e : shares.entrySet()) {
            draws.add(new PanelDraw(model, panels.get(e.getKey()), e.getValue(), alts, concentration, uniform));
        }
        int blocks = (samples + BLOCK - 1) / BLOCK;
        var streams = Stats.streams(Stats.derive(seed, Stats.WEIGHTS), blocks);
        var partial = new Counts[blocks];
        int na = alts.size();
        BlockRunner.run(blocks, threads, b -> {
            var counts = new Counts(na);
            UniformRandomProvider rng = streams[b];
            int n = Math.min(BLOCK, samples - b * BLOCK);
            double[][] w = new double[draws.size()][];
            for (int p = 0; p < w.length; p++) {
                w[p] = new double[draws.get(p).pw.drivers.size()];
            }
            double[] value = new double[na];
            Integer[] order = new Integer[na];
            char[] key = new char[na];
            for (int s = 0; s < n; s++) {
                for (int p = 0; p < w.length; p++) {
                    draws.get(p).draw(rng, w[p]);
                }
                for (int a = 0; a < na; a++) {
                    double v = 0;
                    for (int p = 0; p < w.length; p++) {
                        v += draws.get(p).share * draws.get(p).index(a, w[p]);
                    }
                    value[a] = higherIsBetter ? v : -v;
                    order[a] = a;
                }
                Arrays.sort(order, (x, y) -> Double.compare(value[y], value[x]));
                for (int r = 0; r < na; r++) {
                    counts.byRank[order[r]][r]++;
                    key[r] = (char) order[r].intValue();
                }
                counts.rankings.merge(new String(key), 1L, Long::sum);
            }
            partial[b] = counts;
        });
        var total = new Counts(na);
        for (Counts c : partial) {
            total.add(c);
        }
        return total;
    }

    /**
     * Rankings by probability, most probable first (ties by ranking text), as an ordered map from the ranking
     * written out ({@code "a/none > b/none"}) to its probability.
     */
    static Map<String, Double> probabilities(Counts counts, int samples, List<ResolvedAlternative> alts) {
        var entries = new ArrayList<Map.Entry<String, Long>>();
        for (var e : counts.rankings.entrySet()) {
            var text = new StringBuilder();
            for (int r = 0; r < e.getKey().length(); r++) {
                text.append(r == 0 ? "" : " > ").append(alts.get(e.getKey().charAt(r)).id());
            }
            entries.add(Map.entry(text.toString(), e.getValue()));
        }
        entries.sort((x, y) -> {
            int c = Long.compare(y.getValue(), x.getValue());
            return c != 0 ? c : x.getKey().compareTo(y.getKey());
        });
        var out = new LinkedHashMap<String, Double>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue() / (double) samples));
        return out;
    }
}
