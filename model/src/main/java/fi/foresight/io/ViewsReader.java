package fi.foresight.io;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Empirical;
import fi.foresight.distributions.fit.Elicitation;
import fi.foresight.distributions.fit.MaximumLikelihood;
import fi.foresight.distributions.fit.Pools;
import fi.foresight.model.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the distributions that come from people's views: {@code fit:} on observed values, {@code type: elicited}
 * (an expert's quantiles) and {@code type: pooled} (several experts). Each returns null after reporting its problems
 * at their {@code file:line:col}.
 */
final class ViewsReader {
    private static final List<String> FITS = List.of("pert", "beta", "normal", "lognormal", "auto");
    private static final List<String> FAMILIES = List.of("pert", "beta", "lognormal", "normal", "auto");
    private static final List<String> METHODS = List.of("linear", "logarithmic");

    private ViewsReader() {
    }

    /** The values as they are, or (with {@code fit:}) the distribution fitted to them. */
    static Distribution fitted(Field owner, Map<String, Field> m, Reading r, Empirical values) {
        Field fit = m.get("fit");
        if (fit == null) {
            for (String bound : List.of("min", "max")) {
                if (m.containsKey(bound)) {
                    r.fail(m.get(bound), bound + " bounds the support of a fitted beta or PERT; add fit: pert (or "
                            + "beta, auto) or remove " + bound);
                    return null;
                }
            }
            return values;
        }
        String family = choice(fit, r, FITS, "fit");
        double[] bounds = bounds(m, r);
        if (family == null || bounds == null) {
            return null;
        }
        try {
            return MaximumLikelihood.fitted(values, family, bounds[0], bounds[1]);
        } catch (IllegalArgumentException e) {
            r.fail(fit, e.getMessage());
            return null;
        }
    }

    /** {@code {type: elicited, quantiles: {0.1: 2, 0.5: 5, 0.9: 12}, family: lognormal}}. */
    static Distribution elicited(Field owner, Map<String, Field> m, Reading r) {
        Field q = m.get("quantiles");
        if (q == null) {
            r.missing(owner, "quantiles", "an elicited distribution gives the expert's quantiles as probability: "
                    + "value, e.g. quantiles: {0.1: 2, 0.5: 5, 0.9: 12}");
            return null;
        }
        Map<String, Field> entries = r.fields(q, "quantiles as probability: value, e.g. {0.1: 2, 0.5: 5, 0.9: 12}",
                null);
        if (entries == null) {
            return null;
        }
        var byProbability = new TreeMap<Double, Field>();
        boolean ok = true;
        for (Field e : entries.values()) {
            double p = probability(e.key());
            Double v = r.number(e);
            if (!(p > 0 && p < 1)) {
                r.problem(e.keyLoc(), e.path(), "the quantile key '" + e.key() + "' is not a probability strictly "
                        + "between 0 and 1; write probability: value, e.g. 0.1: 2 for the value with a 10 % chance of "
                        + "being lower");
                r.failed(e.path());
                ok = false;
            } else if (byProbability.containsKey(p)) {
                r.fail(e, "the probability " + e.key() + " is given twice (also as " + byProbability.get(p).key()
                        + "); give each quantile once");
                ok = false;
            } else if (v == null) {
                ok = false;
            } else {
                byProbability.put(p, e);
            }
        }
        String family = m.containsKey("family") ? choice(m.get("family"), r, FAMILIES, "family") : "auto";
        double[] bounds = bounds(m, r);
        if (!ok || family == null || bounds == null) {
            return null;
        }
        if (byProbability.isEmpty()) {
            r.fail(q, "no quantiles given; an elicited distribution needs at least one, e.g. quantiles: "
                    + "{0.1: 2, 0.5: 5, 0.9: 12}");
            return null;
        }
        double[] p = new double[byProbability.size()];
        double[] v = new double[p.length];
        int i = 0;
        Field previous = null;
        for (var e : byProbability.entrySet()) {
            p[i] = e.getKey();
            v[i] = e.getValue().node() instanceof Node.Scalar s ? s.number() : Double.NaN;
            if (i > 0 && !(v[i] > v[i - 1])) {
                r.fail(e.getValue(), "the values must increase with the probabilities; the " + e.getValue().key()
                        + " quantile (" + text(e.getValue()) + ") is not above the " + previous.key() + " quantile ("
                        + text(previous) + ")");
                return null;
            }
            previous = e.getValue();
            i++;
        }
        try {
            return Elicitation.elicited(p, v, family, bounds[0], bounds[1]);
        } catch (IllegalArgumentException e) {
            r.fail(m.containsKey("family") ? m.get("family") : q, e.getMessage());
            return null;
        }
    }

    /** {@code {type: pooled, experts: {anna: …, ben: …}, method: linear, weights: {anna: 2, ben: 1}}}. */
    static Distribution pooled(Field owner, Map<String, Field> m, Reading r) {
        Field ex = m.get("experts");
        if (ex == null) {
            r.missing(owner, "experts", "a pooled distribution names each expert with a distribution, e.g. experts: "
                    + "{anna: {type: pert, min: 1, mode: 2, max: 4}, ben: {type: pert, min: 2, mode: 3, max: 5}}");
            return null;
        }
        Map<String, Field> experts = r.fields(ex, "each expert's name with a distribution", null);
        if (experts == null) {
            return null;
        }
        var names = new ArrayList<String>();
        var opinions = new ArrayList<Distribution>();
        boolean ok = true;
        for (Field e : experts.values()) {
            Distribution d = DistributionReader.read(e, r);
            ok &= d != null;
            names.add(e.key());
            opinions.add(d);
        }
        if (ok && names.size() < 2) {
            r.fail(ex, "a pool needs at least two experts, and " + names.size() + " is given; with one expert "
                    + "give the distribution itself");
            return null;
        }
        String method = m.containsKey("method") ? choice(m.get("method"), r, METHODS, "method") : "linear";
        double[] weights = weights(m.get("weights"), names, r);
        if (!ok || method == null || weights == null) {
            return null;
        }
        try {
            return Pools.pooled(names, opinions, weights, method);
        } catch (IllegalArgumentException e) {
            r.fail(m.containsKey("method") ? m.get("method") : ex, e.getMessage());
            return null;
        }
    }

    /** Each expert's weight (equal when absent), or null after reporting. */
    private static double[] weights(Field f, List<String> names, Reading r) {
        double[] w = new double[names.size()];
        if (f == null) {
            java.util.Arrays.fill(w, 1);
            return w;
        }
        Map<String, Field> given = r.fields(f, "each expert's weight, e.g. weights: {anna: 2, ben: 1}", null);
        if (given == null) {
            return null;
        }
        boolean ok = true;
        for (Field g : given.values()) {
            if (!names.contains(g.key())) {
                r.problem(g.keyLoc(), g.path(), "unknown expert '" + g.key() + "'" + Suggestions.didYouMean(g.key(),
                        names) + "; the experts are " + String.join(", ", names));
                r.failed(g.path());
                ok = false;
                continue;
            }
            Double v = r.number(g);
            if (v == null) {
                ok = false;
            } else if (v < 0) {
                r.fail(g, "the weight of " + g.key() + " (" + text(g) + ") is negative; weights must be >= 0");
                ok = false;
            } else {
                w[names.indexOf(g.key())] = v;
            }
        }
        var missing = new ArrayList<String>();
        for (String n : names) {
            if (!given.containsKey(n)) {
                missing.add(n);
            }
        }
        if (ok && !missing.isEmpty()) {
            r.fail(f, "no weight for " + String.join(", ", missing) + "; give every expert a weight, or leave "
                    + "weights out for equal weights");
            return null;
        }
        double total = 0;
        for (double x : w) {
            total += x;
        }
        if (ok && !(total > 0)) {
            r.fail(f, "the weights sum to 0; at least one expert needs a positive weight");
            return null;
        }
        return ok ? w : null;
    }

    /** {min, max} (NaN where absent), or null after reporting. */
    private static double[] bounds(Map<String, Field> m, Reading r) {
        double[] out = {Double.NaN, Double.NaN};
        String[] keys = {"min", "max"};
        for (int i = 0; i < 2; i++) {
            Field f = m.get(keys[i]);
            if (f != null && !f.isNull()) {
                Double v = r.number(f);
                if (v == null) {
                    return null;
                }
                out[i] = v;
            }
        }
        if (Double.isNaN(out[0]) != Double.isNaN(out[1])) {
            Field given = m.get(Double.isNaN(out[0]) ? "max" : "min");
            r.fail(given, "only " + given.key() + " is given; give both min and max (the support of a beta or PERT) "
                    + "or neither");
            return null;
        }
        if (!Double.isNaN(out[0]) && !(out[0] < out[1])) {
            r.fail(m.get("max"), "max (" + text(m.get("max")) + ") is not above min (" + text(m.get("min")) + ")");
            return null;
        }
        return out;
    }

    /** One of {@code allowed}, or null after reporting (with a "did you mean"). */
    private static String choice(Field f, Reading r, List<String> allowed, String what) {
        String t = r.text(f);
        if (t == null && f.node() instanceof Node.Scalar) {
            r.fail(f, what + " is empty; " + what + " is one of " + String.join(", ", allowed));
            return null;
        }
        if (t != null && !allowed.contains(t)) {
            r.fail(f, "unknown " + what + " '" + t + "'" + Suggestions.didYouMean(t, allowed) + "; " + what
                    + " is one of " + String.join(", ", allowed));
            return null;
        }
        return t;
    }

    private static double probability(String key) {
        try {
            return Double.parseDouble(key.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String text(Field f) {
        return f.node() instanceof Node.Scalar s ? s.text() : f.node().describe();
    }
}
