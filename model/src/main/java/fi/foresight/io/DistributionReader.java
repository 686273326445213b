package fi.foresight.io;

import fi.foresight.distributions.Bernoulli;
import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Discrete;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Distributions;
import fi.foresight.distributions.Empirical;
import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Gamma;
import fi.foresight.distributions.LogNormal;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.TruncatedNormal;
import fi.foresight.distributions.Uniform;
import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.model.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads {@code {type: triangular, min: 0.3, mode: 0.5, max: 0.7}} (or a bare number, a fixed value) into a
 * {@link Distribution}. Each family lists its keys; the record's own constructor judges the values.
 */
final class DistributionReader {
    /** A family: its keys in the order they are documented and how to make one from read parameters. */
    private record Family(List<String> keys, Function<Params, Distribution> make) {
    }

    private static final Map<String, Family> FAMILIES = new LinkedHashMap<>();

    static {
        family("uniform", List.of("min", "max"), p -> new Uniform(p.req("min"), p.req("max")));
        family("triangular", List.of("min", "mode", "max"),
                p -> new Triangular(p.req("min"), p.req("mode"), p.req("max")));
        family("pert", List.of("min", "mode", "max", "shape"),
                p -> new Pert(p.req("min"), p.req("mode"), p.req("max"), p.opt("shape", Pert.DEFAULT_SHAPE)));
        family("normal", List.of("mean", "sd"), p -> new Normal(p.req("mean"), p.req("sd")));
        family("truncated_normal", List.of("mean", "sd", "min", "max"), DistributionReader::truncatedNormal);
        family("lognormal", List.of("mu", "sigma", "mean", "sd"), DistributionReader::logNormal);
        family("beta", List.of("alpha", "beta", "min", "max"),
                p -> new Beta(p.req("alpha"), p.req("beta"), p.opt("min", 0), p.opt("max", 1)));
        family("gamma", List.of("shape", "scale"), p -> new Gamma(p.req("shape"), p.req("scale")));
        family("discrete", List.of("values", "probabilities"),
                p -> new Discrete(p.list("values", true), p.list("probabilities", true)));
        family("bernoulli", List.of("probability"), p -> new Bernoulli(p.req("probability")));
        family("fixed", List.of("value"), p -> new Fixed(p.req("value")));
        family("empirical", java.util.stream.Stream.concat(EmpiricalSource.KEYS.stream(),
                java.util.stream.Stream.of("fit", "min", "max")).toList(), DistributionReader::empirical);
        family("elicited", List.of("quantiles", "family", "min", "max"),
                p -> p.orIncomplete(ViewsReader.elicited(p.owner, p.values, p.reading)));
        family("pooled", List.of("experts", "method", "weights"),
                p -> p.orIncomplete(ViewsReader.pooled(p.owner, p.values, p.reading)));
    }

    private DistributionReader() {
    }

    private static void family(String type, List<String> keys, Function<Params, Distribution> make) {
        FAMILIES.put(type, new Family(keys, make));
    }

    /** The names accepted after {@code type:}. */
    static List<String> types() {
        return List.copyOf(FAMILIES.keySet());
    }

    /** The distribution at {@code f}, or null after reporting every problem (and marking {@code f} failed). */
    static Distribution read(Field f, Reading r) {
        if (f.node() instanceof Scalar s && s.kind() == Scalar.Kind.NUMBER) {
            Double v = r.number(f);
            return v == null ? null : r.attempt(f, () -> new Fixed(v));
        }
        if (!(f.node() instanceof Mapping)) {
            r.fail(f, "expected a distribution such as {type: uniform, min: 0, max: 1} or a number, got "
                    + f.node().describe());
            return null;
        }
        Map<String, Field> m = r.fields(f, "a distribution", null);
        Field typeField = m.get("type");
        if (typeField == null) {
            r.missing(f, "type", "a distribution names its type, one of " + String.join(", ", FAMILIES.keySet()));
            r.failed(f.path());
            return null;
        }
        String type = r.text(typeField);
        Family family = type == null ? null : FAMILIES.get(type);
        if (family == null) {
            r.fail(typeField, "unknown distribution type " + typeField.node().describe()
                    + (type == null ? "" : Suggestions.didYouMean(type, FAMILIES.keySet()))
                    + "; types are " + String.join(", ", FAMILIES.keySet()));
            r.failed(f.path());
            return null;
        }
        var allowed = new ArrayList<String>();
        allowed.add("type");
        allowed.addAll(family.keys());
        boolean ok = true;
        for (Field child : m.values()) {
            if (!allowed.contains(child.key())) {
                r.unknownKey(child, allowed, "a " + type + " distribution has the keys ");
                ok = false;
            }
        }
        var params = new Params(f, m, r, type, family.keys());
        Distribution d = null;
        String error = null;
        try {
            d = family.make().apply(params);
            if (d != null && ok && !params.incomplete) {
                Distributions.requireRepresentable(d);
            }
        } catch (Params.Incomplete e) {
            ok = false;
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        if (!ok || params.incomplete) {
            r.failed(f.path());
            return null;
        }
        if (error != null) {
            r.fail(f, error);
            return null;
        }
        return d;
    }

    private static Distribution empirical(Params p) {
        EmpiricalSource.Observations o = EmpiricalSource.gather(p);
        return fitted(p, new Empirical(o.values(), o.counts()));
    }

    /**
     * The observed values as they are, or the distribution fitted to them when the model asks ({@code fit:}): the one
     * step from values to a fit, whatever the values' source.
     */
    private static Distribution fitted(Params p, Empirical values) {
        return p.orIncomplete(ViewsReader.fitted(p.owner, p.values, p.reading, values));
    }

    private static Distribution truncatedNormal(Params p) {
        if (!p.has("min") && !p.has("max")) {
            p.report("missing key 'min' or 'max'; a truncated_normal cuts the normal at min, max or both "
                    + "(without them use type: normal)");
        }
        return new TruncatedNormal(p.req("mean"), p.req("sd"), p.opt("min", Double.NEGATIVE_INFINITY),
                p.opt("max", Double.POSITIVE_INFINITY));
    }

    private static Distribution logNormal(Params p) {
        boolean logScale = p.has("mu") || p.has("sigma");
        boolean natural = p.has("mean") || p.has("sd");
        if (logScale && natural) {
            p.report("both mu/sigma and mean/sd are given; give either mu and sigma (of the logarithm) or mean "
                    + "and sd (of the value), not both");
        }
        if (!logScale && !natural) {
            p.report("missing parameters; a lognormal needs mu and sigma (of the logarithm) or mean and sd "
                    + "(of the value)");
        }
        if (logScale) {
            return new LogNormal(p.req("mu"), p.req("sigma"));
        }
        return LogNormal.ofMeanSd(p.req("mean"), p.req("sd"));
    }

    /** The parameters of one distribution mapping; a missing or bad one stops construction via {@link Incomplete}. */
    static final class Params {
        /** Signals that a parameter was missing or bad (already reported). */
        static final class Incomplete extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Incomplete() {
                super(null, null, false, false);
            }
        }

        private final Field owner;
        private final Map<String, Field> values;
        private final Reading reading;
        private final String type;
        private final List<String> keys;
        private boolean incomplete;

        Params(Field owner, Map<String, Field> values, Reading reading, String type, List<String> keys) {
            this.owner = owner;
            this.values = values;
            this.reading = reading;
            this.type = type;
            this.keys = keys;
        }

        Distribution orIncomplete(Distribution d) {
            if (d == null) {
                incomplete = true;
                throw new Incomplete();
            }
            return d;
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        /** The field under {@code key}, or null. */
        Field field(String key) {
            return values.get(key);
        }

        /** The distribution's own field. */
        Field owner() {
            return owner;
        }

        Reading reading() {
            return reading;
        }

        /** Marks the distribution as not buildable (its problem is already reported); the reader then stops. */
        void incomplete() {
            incomplete = true;
        }

        void report(String message) {
            reading.problem(owner, message);
            throw new Incomplete();
        }

        double req(String key) {
            if (!has(key)) {
                reading.missing(owner, key, "a " + type + " distribution has the keys " + String.join(", ", keys));
                incomplete = true;
                return Double.NaN;
            }
            return finish(reading.number(values.get(key)));
        }

        double opt(String key, double otherwise) {
            return finish(has(key) && !values.get(key).isNull() ? reading.number(values.get(key))
                    : Double.valueOf(otherwise));
        }

        double[] list(String key, boolean required) {
            if (!has(key)) {
                if (required) {
                    reading.missing(owner, key, "a " + type + " distribution has the keys " + String.join(", ", keys));
                    incomplete = true;
                }
                return finishList(required ? null : new double[0]);
            }
            return finishList(reading.numbers(values.get(key), "a list of numbers such as [1, 2, 3]"));
        }

        private double finish(Double v) {
            if (v == null) {
                incomplete = true;
            }
            return v == null ? Double.NaN : v;
        }

        private double[] finishList(double[] v) {
            if (v == null) {
                incomplete = true;
            }
            return v;
        }
    }
}
