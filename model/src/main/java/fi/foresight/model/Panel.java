package fi.foresight.model;

import fi.foresight.distributions.Distribution;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stakeholder panel (entrepreneurs, development centres, educators, …) and how much each driver matters to it.
 *
 * <pre>{@code
 * Panel p = Panel.of("entrepreneurs").label("Entrepreneurs").weight("readiness", 3).weight("funding", 1);
 * p.normalisedWeights();   // {readiness=0.75, funding=0.25}
 * }</pre>
 *
 * @param id                  identifier
 * @param label               English label (defaults to the id)
 * @param labelFi             Finnish label or null
 * @param weights             point weights per driver id, in declaration order
 * @param weightDistributions optional uncertain weights: a distribution per driver id (drawn per sample,
 *                            then normalised like point weights)
 * @param dirichlet           concentration κ of a Dirichlet around the normalised point weights (weights drawn
 *                            as Dir(κ·w)); 0 for none. Cannot be combined with weightDistributions.
 * @param normalise           whether weights are divided by the sum of their absolute values (default true)
 * @param allowNegative       whether negative weights are allowed (default false)
 * @param poolWeight          this panel's share when panels are pooled (default 1: equal panels)
 * @param sources             provenance ids
 */
public record Panel(String id, String label, String labelFi, Map<String, Double> weights,
                    Map<String, Distribution> weightDistributions, double dirichlet, boolean normalise,
                    boolean allowNegative, double poolWeight, List<String> sources) {
    public Panel {
        Ids.checkName(id, "panel");
        label = label == null || label.isBlank() ? id : label;
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights == null ? Map.of() : weights));
        weightDistributions = Collections.unmodifiableMap(
                new LinkedHashMap<>(weightDistributions == null ? Map.of() : weightDistributions));
        sources = sources == null ? List.of() : List.copyOf(sources);
        for (var e : weights.entrySet()) {
            double w = e.getValue();
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("weight of '" + e.getKey() + "' is " + w + "; must be a finite number");
            }
            if (w < 0 && !allowNegative) {
                throw new IllegalArgumentException("weight of '" + e.getKey() + "' is negative (" + w
                        + "); weights must be >= 0 unless the panel declares allow_negative: true");
            }
        }
        if (!(dirichlet >= 0) || Double.isInfinite(dirichlet)) {
            throw new IllegalArgumentException("dirichlet concentration is " + dirichlet + "; must be a finite number > 0 (or 0 for none)");
        }
        if (dirichlet > 0 && !weightDistributions.isEmpty()) {
            throw new IllegalArgumentException("a panel has either a dirichlet concentration or weight distributions, not both");
        }
        if (dirichlet > 0 && allowNegative) {
            throw new IllegalArgumentException("a dirichlet around the weights needs non-negative weights; remove allow_negative");
        }
        if (!(poolWeight >= 0) || Double.isInfinite(poolWeight)) {
            throw new IllegalArgumentException("pool_weight is " + poolWeight + "; must be a finite number >= 0");
        }
        if (normalise && !weights.isEmpty() && weights.values().stream().mapToDouble(Math::abs).sum() == 0) {
            throw new IllegalArgumentException("all weights are 0; at least one weight must be non-zero to normalise");
        }
    }

    public static Panel of(String id) {
        return new Panel(id, null, null, Map.of(), Map.of(), 0, true, false, 1, List.of());
    }

    public Panel label(String label) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources);
    }

    public Panel labelFi(String labelFi) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources);
    }

    public Panel weight(String driver, double weight) {
        var w = new LinkedHashMap<>(weights);
        w.put(driver, weight);
        return new Panel(id, label, labelFi, w, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources);
    }

    public Panel weights(Map<String, Double> weights) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources);
    }

    public Panel uncertainWeight(String driver, Distribution weight) {
        var w = new LinkedHashMap<>(weightDistributions);
        w.put(driver, weight);
        return new Panel(id, label, labelFi, weights, w, dirichlet, normalise, allowNegative, poolWeight, sources);
    }

    public Panel dirichlet(double concentration) {
        return new Panel(id, label, labelFi, weights, weightDistributions, concentration, normalise, allowNegative, poolWeight, sources);
    }

    public Panel normalise(boolean normalise) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources);
    }

    public Panel allowNegative(boolean allowNegative) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources);
    }

    public Panel poolWeight(double poolWeight) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources);
    }

    public Panel sources(String... sources) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, List.of(sources));
    }

    /** True when weights are drawn per sample (weight distributions or a Dirichlet). */
    public boolean hasUncertainWeights() {
        return dirichlet > 0 || !weightDistributions.isEmpty();
    }

    /** Point weights divided by the sum of their absolute values (or as declared when normalise is false). */
    public Map<String, Double> normalisedWeights() {
        return normalised(weights, normalise);
    }

    static Map<String, Double> normalised(Map<String, Double> weights, boolean normalise) {
        double sum = weights.values().stream().mapToDouble(Math::abs).sum();
        var out = new LinkedHashMap<String, Double>();
        weights.forEach((k, v) -> out.put(k, normalise && sum > 0 ? v / sum : v));
        return Collections.unmodifiableMap(out);
    }
}
