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
 * @param weightsFrom         where the weights were read from when they come from importance ratings
 *                            ({@code weights_from:}), else null
 */
public record Panel(String id, String label, String labelFi, Map<String, Double> weights,
                    Map<String, Distribution> weightDistributions, double dirichlet, boolean normalise,
                    boolean allowNegative, double poolWeight, List<String> sources, WeightsFrom weightsFrom) {
    /**
     * Checks the weights and fills the defaults (label = id).
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
     * @param weightsFrom         the ratings the weights come from, or null
     * @throws IllegalArgumentException when the id is not valid, a weight is not finite, a weight is negative without
     *                                  {@code allowNegative}, {@code dirichlet} or {@code poolWeight} is negative or
     *                                  not finite, a Dirichlet is combined with weight distributions or negative
     *                                  weights, or all weights are 0 while normalising
     */
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

    /**
     * A panel whose weights are not read from ratings (no {@code weights_from}).
     *
     * @param id                  identifier
     * @param label               English label (defaults to the id)
     * @param labelFi             Finnish label or null
     * @param weights             point weights per driver id, in declaration order
     * @param weightDistributions optional uncertain weights per driver id
     * @param dirichlet           concentration κ of a Dirichlet around the normalised point weights; 0 for none
     * @param normalise           whether weights are divided by the sum of their absolute values
     * @param allowNegative       whether negative weights are allowed
     * @param poolWeight          this panel's share when panels are pooled
     * @param sources             provenance ids
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Panel(String id, String label, String labelFi, Map<String, Double> weights,
                 Map<String, Distribution> weightDistributions, double dirichlet, boolean normalise,
                 boolean allowNegative, double poolWeight, List<String> sources) {
        this(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources,
                null);
    }

    /**
     * An empty panel: no weights yet, normalising, no negative weights, pool weight 1.
     *
     * @param id the panel id
     * @return the panel
     * @throws IllegalArgumentException when {@code id} is not a valid panel id
     */
    public static Panel of(String id) {
        return new Panel(id, null, null, Map.of(), Map.of(), 0, true, false, 1, List.of());
    }

    /**
     * The same panel with another English label.
     *
     * @param label English label; null or blank means the id
     * @return the changed copy
     */
    public Panel label(String label) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources, weightsFrom);
    }

    /**
     * The same panel with another Finnish label.
     *
     * @param labelFi Finnish label, or null
     * @return the changed copy
     */
    public Panel labelFi(String labelFi) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources, weightsFrom);
    }

    /**
     * The same panel with the point weight of one driver set (added, or replaced in place).
     *
     * @param driver the driver id
     * @param weight how much the driver matters to the panel; relative (normalised) unless {@code normalise(false)};
     *               {@literal >=} 0 unless {@code allowNegative(true)}
     * @return the changed copy
     * @throws IllegalArgumentException when the weight is not valid (see the constructor)
     */
    public Panel weight(String driver, double weight) {
        var w = new LinkedHashMap<>(weights);
        w.put(driver, weight);
        return new Panel(id, label, labelFi, w, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources, weightsFrom);
    }

    /**
     * The same panel with all point weights replaced.
     *
     * @param weights weight per driver id, in the order given
     * @return the changed copy
     * @throws IllegalArgumentException when a weight is not valid (see the constructor)
     */
    public Panel weights(Map<String, Double> weights) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources, weightsFrom);
    }

    /**
     * The same panel with an uncertain weight for one driver, drawn per sample and normalised like point weights.
     *
     * @param driver the driver id
     * @param weight the distribution of its weight
     * @return the changed copy
     * @throws IllegalArgumentException when the panel also has a Dirichlet concentration
     */
    public Panel uncertainWeight(String driver, Distribution weight) {
        var w = new LinkedHashMap<>(weightDistributions);
        w.put(driver, weight);
        return new Panel(id, label, labelFi, weights, w, dirichlet, normalise, allowNegative, poolWeight, sources, weightsFrom);
    }

    /**
     * The same panel with weights drawn per sample from a Dirichlet Dir(κ·w) around its normalised point weights:
     * the larger κ, the closer the drawn weights stay to the stated ones.
     *
     * @param concentration κ {@literal >} 0, or 0 for point weights
     * @return the changed copy
     * @throws IllegalArgumentException when κ is negative or not finite, or the panel has weight distributions or
     *                                  negative weights
     */
    public Panel dirichlet(double concentration) {
        return new Panel(id, label, labelFi, weights, weightDistributions, concentration, normalise, allowNegative, poolWeight, sources, weightsFrom);
    }

    /**
     * The same panel dividing (or not) its weights by the sum of their absolute values.
     *
     * @param normalise true (the default) to normalise
     * @return the changed copy
     */
    public Panel normalise(boolean normalise) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources, weightsFrom);
    }

    /**
     * The same panel allowing (or not) negative weights, for drivers that pull the index down.
     *
     * @param allowNegative true to allow negative weights (default false)
     * @return the changed copy
     */
    public Panel allowNegative(boolean allowNegative) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources, weightsFrom);
    }

    /**
     * The same panel with another share when panels are pooled into one index.
     *
     * @param poolWeight the relative share, {@literal >=} 0 (default 1: equal panels)
     * @return the changed copy
     * @throws IllegalArgumentException when {@code poolWeight} is negative or not finite
     */
    public Panel poolWeight(double poolWeight) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, sources, weightsFrom);
    }

    /**
     * The same panel with these provenance ids (replacing earlier ones).
     *
     * @param sources ids declared in the model's {@code sources}
     * @return the changed copy
     */
    public Panel sources(String... sources) {
        return new Panel(id, label, labelFi, weights, weightDistributions, dirichlet, normalise, allowNegative, poolWeight, List.of(sources), weightsFrom);
    }

    /**
     * The same panel with its weights, Dirichlet concentration and their provenance from importance ratings: point
     * weights the normalised mean ratings, κ from the respondents ({@code fi.foresight.survey.RatingWeights}).
     *
     * @param weights     the normalised mean ratings per driver
     * @param weightsFrom the ratings they come from
     * @return the changed copy
     * @throws IllegalArgumentException when the weights or concentration are not valid (see the constructor)
     */
    public Panel weightsFrom(Map<String, Double> weights, WeightsFrom weightsFrom) {
        return new Panel(id, label, labelFi, weights, weightDistributions, weightsFrom.concentration(), normalise,
                allowNegative, poolWeight, sources, weightsFrom);
    }

    /**
     * True when weights are drawn per sample (weight distributions or a Dirichlet).
     *
     * @return true when the weights have distributions or a Dirichlet concentration
     */
    public boolean hasUncertainWeights() {
        return dirichlet > 0 || !weightDistributions.isEmpty();
    }

    /**
     * Point weights divided by the sum of their absolute values (or as declared when normalise is false).
     *
     * @return member id to point weight, normalised when the panel normalises
     */
    public Map<String, Double> normalisedWeights() {
        return normalised(weights, normalise);
    }

    static Map<String, Double> normalised(Map<String, Double> weights, boolean normalise) {
        double sum = weights.values().stream().mapToDouble(Math::abs).sum();
        var out = new LinkedHashMap<String, Double>();
        weights.forEach((k, v) -> out.put(k, normalise && sum > 0 ? v / sum : v));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The label in a language: the Finnish one for {@code "fi"} where given, else the English one.
     *
     * @param language a language code such as {@code en} or {@code fi}
     * @return the label (never null)
     */
    public String labelIn(String language) {
        return Texts.in(language, label(), labelFi());
    }
}
