package fi.foresight.views;

import fi.foresight.analysis.Finding;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Distributions;
import fi.foresight.distributions.Elicited;
import fi.foresight.distributions.Fitted;
import fi.foresight.distributions.Pooled;
import fi.foresight.distributions.fit.Candidate;
import fi.foresight.distributions.fit.Elicitation;
import fi.foresight.distributions.fit.MaximumLikelihood;
import fi.foresight.distributions.fit.Match;
import fi.foresight.model.Driver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The tables and findings of {@link Views}. */
final class ViewsTables {
    /** Probabilities at which a fit's quantiles are set beside the observed ones. */
    static final double[] FIT_LEVELS = {0.1, 0.25, 0.5, 0.75, 0.9};

    private ViewsTables() {
    }

    static List<Table> of(List<Driver> drivers) {
        return List.of(fits(drivers), quantiles(drivers), experts(drivers));
    }

    /** Every candidate family of every fitted or elicited driver, the chosen one marked. */
    static Table fits(List<Driver> drivers) {
        StringColumn driver = StringColumn.create("driver");
        StringColumn source = StringColumn.create("source");
        StringColumn family = StringColumn.create("family");
        BooleanColumn chosen = BooleanColumn.create("chosen");
        StringColumn parameters = StringColumn.create("parameters");
        DoubleColumn n = DoubleColumn.create("values");
        DoubleColumn ll = DoubleColumn.create("log_likelihood");
        DoubleColumn aic = DoubleColumn.create("aic");
        DoubleColumn ks = DoubleColumn.create("ks");
        DoubleColumn sse = DoubleColumn.create("sse");
        for (Driver d : drivers) {
            if (d.distribution() instanceof Fitted f) {
                for (Candidate c : MaximumLikelihood.candidates(f.data(), f.family(), f.min(), f.max())) {
                    driver.append(d.id());
                    source.append("fitted");
                    family.append(c.family());
                    chosen.append(c.distribution().equals(f.distribution()));
                    parameters.append(Distributions.describe(c.distribution()));
                    n.append(f.data().total());
                    ll.append(c.logLikelihood());
                    aic.append(c.aic());
                    ks.append(c.ks());
                    sse.appendMissing();
                }
            } else if (d.distribution() instanceof Elicited e) {
                for (Match m : Elicitation.matches(e.probabilities(), e.values(), e.family(), e.min(), e.max())) {
                    driver.append(d.id());
                    source.append("elicited");
                    family.append(m.family());
                    chosen.append(m.distribution().equals(e.distribution()));
                    parameters.append(Distributions.describe(m.distribution()));
                    n.append((double) e.probabilities().length);
                    ll.appendMissing();
                    aic.appendMissing();
                    ks.appendMissing();
                    sse.append(m.sse());
                }
            }
        }
        return Table.create("views-fits", driver, source, family, chosen, parameters, n, ll, aic, ks, sse);
    }

    /** The elicited quantiles beside the achieved ones, and the observed quantiles beside the fit's. */
    static Table quantiles(List<Driver> drivers) {
        StringColumn driver = StringColumn.create("driver");
        StringColumn source = StringColumn.create("source");
        DoubleColumn probability = DoubleColumn.create("probability");
        DoubleColumn given = DoubleColumn.create("given");
        DoubleColumn achieved = DoubleColumn.create("achieved");
        DoubleColumn achievedProbability = DoubleColumn.create("achieved_probability");
        DoubleColumn error = DoubleColumn.create("error_share");
        for (Driver d : drivers) {
            double[] p;
            double[] v;
            String kind;
            double range;
            if (d.distribution() instanceof Elicited e) {
                p = e.probabilities();
                v = e.values();
                kind = "elicited";
                range = Double.isNaN(e.min()) ? v[v.length - 1] - v[0] : e.max() - e.min();
            } else if (d.distribution() instanceof Fitted f) {
                p = FIT_LEVELS;
                v = new double[p.length];
                for (int i = 0; i < p.length; i++) {
                    v[i] = f.data().quantile(p[i]);
                }
                kind = "fitted";
                range = f.data().support().max() - f.data().support().min();
            } else {
                continue;
            }
            Distribution fit = d.distribution();
            for (int i = 0; i < p.length; i++) {
                double a = fit.quantile(p[i]);
                driver.append(d.id());
                source.append(kind);
                probability.append(p[i]);
                given.append(v[i]);
                achieved.append(a);
                achievedProbability.append(fit.cdf(v[i]));
                error.append(range > 0 ? Math.abs(a - v[i]) / range : 0);
            }
        }
        return Table.create("views-quantiles", driver, source, probability, given, achieved, achievedProbability,
                error);
    }

    /** Each expert of every pooled driver, then the pool. */
    static Table experts(List<Driver> drivers) {
        StringColumn driver = StringColumn.create("driver");
        StringColumn expert = StringColumn.create("expert");
        StringColumn method = StringColumn.create("method");
        DoubleColumn weight = DoubleColumn.create("weight");
        StringColumn distribution = StringColumn.create("distribution");
        DoubleColumn mean = DoubleColumn.create("mean");
        DoubleColumn sd = DoubleColumn.create("sd");
        DoubleColumn p10 = DoubleColumn.create("p10");
        DoubleColumn p50 = DoubleColumn.create("p50");
        DoubleColumn p90 = DoubleColumn.create("p90");
        for (Driver d : drivers) {
            if (!(d.distribution() instanceof Pooled pool)) {
                continue;
            }
            double[] w = pool.weights();
            for (int i = 0; i <= w.length; i++) {
                boolean isPool = i == w.length;
                Distribution x = isPool ? pool : pool.opinions().get(i);
                driver.append(d.id());
                expert.append(isPool ? "pool" : pool.experts().get(i));
                method.append(pool.method());
                weight.append(isPool ? 1 : w[i]);
                distribution.append(isPool ? Distributions.describe(pool) : Distributions.describe(x));
                mean.append(x.mean());
                sd.append(x.sd());
                p10.append(x.quantile(0.1));
                p50.append(x.quantile(0.5));
                p90.append(x.quantile(0.9));
            }
        }
        return Table.create("views-experts", driver, expert, method, weight, distribution, mean, sd, p10, p50, p90);
    }

    /** One finding per driver: the chosen fit, how closely the elicited quantiles are met, where the pool lies. */
    static List<Finding> findings(List<Driver> drivers) {
        var out = new ArrayList<Finding>();
        int rank = 0;
        for (Driver d : drivers) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("driver", d.id());
            if (d.distribution() instanceof Fitted f) {
                Candidate chosen = MaximumLikelihood.candidates(f.data(), f.family(), f.min(), f.max()).stream()
                        .filter(c -> c.distribution().equals(f.distribution())).findFirst().orElseThrow();
                args.put("family", chosen.family());
                args.put("values", f.data().total());
                args.put("aic", chosen.aic());
                args.put("ks", chosen.ks());
                out.add(new Finding("views.fitted." + chosen.family(), args, rank++));
            } else if (d.distribution() instanceof Elicited e) {
                double[] v = e.values();
                double[] a = e.achieved();
                double range = Double.isNaN(e.min()) ? v[v.length - 1] - v[0] : e.max() - e.min();
                double worst = 0;
                for (int i = 0; i < v.length; i++) {
                    worst = Math.max(worst, range > 0 ? Math.abs(a[i] - v[i]) / range : 0);
                }
                args.put("family", e.distribution().type());
                args.put("quantiles", v.length);
                args.put("worst", worst);
                out.add(new Finding("views.elicited", args, rank++));
            } else if (d.distribution() instanceof Pooled p) {
                args.put("experts", p.experts().size());
                args.put("mean", p.mean());
                args.put("low", p.quantile(0.1));
                args.put("high", p.quantile(0.9));
                out.add(new Finding("views.pooled." + p.method(), args, rank++));
            }
        }
        return out;
    }
}
