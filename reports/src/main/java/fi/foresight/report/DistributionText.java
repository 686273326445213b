package fi.foresight.report;

import fi.foresight.distributions.Bernoulli;
import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Discrete;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Elicited;
import fi.foresight.distributions.Empirical;
import fi.foresight.distributions.Fitted;
import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Gamma;
import fi.foresight.distributions.LogNormal;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Pooled;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.TruncatedNormal;
import fi.foresight.distributions.Uniform;
import java.util.LinkedHashMap;
import java.util.Map;

/** A distribution in words: "Triangular: min 0.3, most likely 0.5, max 0.7", in the report's language. */
final class DistributionText {
    private DistributionText() {
    }

    static String describe(Distribution d, Messages m) {
        if (d instanceof Fitted f) {
            return describe(f.distribution(), m) + " (" + m.fill(m.get("distribution.fitted.text"),
                    Map.of("n", f.data().total()), null) + ")";
        } else if (d instanceof Elicited e) {
            return m.get("distribution.elicited") + ": " + describe(e.distribution(), m);
        } else if (d instanceof Pooled p) {
            return m.get("distribution.pooled") + ": " + m.fill(m.get("distribution.pooled." + p.method()),
                    Map.of("n", p.experts().size()), null);
        }
        String family = m.find("distribution." + d.type()).orElse(d.type());
        Map<String, Double> p = new LinkedHashMap<>();
        if (d instanceof Uniform u) {
            p.put("min", u.min());
            p.put("max", u.max());
        } else if (d instanceof Triangular t) {
            p.put("min", t.min());
            p.put("mode", t.mode());
            p.put("max", t.max());
        } else if (d instanceof Pert t) {
            p.put("min", t.min());
            p.put("mode", t.mode());
            p.put("max", t.max());
            if (t.shape() != 4) {
                p.put("shape", t.shape());
            }
        } else if (d instanceof Normal n) {
            p.put("mean", n.mean());
            p.put("sd", n.sd());
        } else if (d instanceof TruncatedNormal n) {
            p.put("mu", n.mu());
            p.put("sigma", n.sigma());
            p.put("min", n.min());
            p.put("max", n.max());
        } else if (d instanceof LogNormal n) {
            p.put("mu", n.mu());
            p.put("sigma", n.sigma());
        } else if (d instanceof Beta b) {
            p.put("alpha", b.alpha());
            p.put("beta", b.beta());
            p.put("min", b.min());
            p.put("max", b.max());
        } else if (d instanceof Gamma g) {
            p.put("shape", g.shape());
            p.put("scale", g.scale());
        } else if (d instanceof Bernoulli b) {
            return family + ": " + m.fill(m.get("distribution.bernoulli.text"), Map.of("p", b.probability()), null);
        } else if (d instanceof Fixed f) {
            p.put("value", f.value());
        } else if (d instanceof Discrete x) {
            return family + ": " + m.fill(m.get("distribution.points"), Map.of("n", x.values().length,
                    "min", x.support().min(), "max", x.support().max()), null);
        } else if (d instanceof Empirical x) {
            return family + ": " + m.fill(m.get("distribution.points"), Map.of("n", x.values().length,
                    "min", x.support().min(), "max", x.support().max()), null);
        }
        return p.isEmpty() ? family : family + ": " + m.parameters(p);
    }
}
