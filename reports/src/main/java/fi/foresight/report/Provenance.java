package fi.foresight.report;

import fi.foresight.job.Language;
import fi.foresight.model.Adjustment;
import fi.foresight.model.Change;
import fi.foresight.model.Correlation;
import fi.foresight.model.Driver;
import fi.foresight.model.Model;
import fi.foresight.model.Outcome;
import fi.foresight.model.Panel;
import fi.foresight.model.Target;
import fi.foresight.model.TimeEvent;
import fi.foresight.report.ReportView.AdjustmentRow;
import fi.foresight.report.ReportView.Assumptions;
import fi.foresight.report.ReportView.DriverRow;
import fi.foresight.report.ReportView.ElementRow;
import fi.foresight.report.ReportView.SourceRef;
import fi.foresight.rundir.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The assumptions section: every element of the model that a number rests on — drivers, scenarios, levers,
 * panels and their weights, outcomes, targets, events and correlations — with the ids of its sources, and the
 * source texts themselves.
 */
final class Provenance {
    private final Model model;
    private final Manifest manifest;
    private final Messages m;
    private final Labels labels;
    private final Numbers numbers;

    Provenance(Model model, Manifest manifest, Messages m, Labels labels) {
        this.model = model;
        this.manifest = manifest;
        this.m = m;
        this.labels = labels;
        this.numbers = m.numbers();
    }

    Assumptions assumptions() {
        var drivers = new ArrayList<DriverRow>();
        for (Driver d : model.drivers()) {
            var dist = d.distribution();
            String range = numbers.number(dist.quantile(0.05)) + " \u2013 " + numbers.number(dist.quantile(0.95));
            drivers.add(new DriverRow(labels.of(d), d.id(), d.unit() == null ? "" : d.unit(),
                    d.category() == null ? "" : d.category(), DistributionText.describe(dist, m),
                    numbers.number(dist.mean()), range, d.sources()));
        }
        var scenarios = new ArrayList<AdjustmentRow>();
        for (String id : manifest.scenarios()) {
            model.allScenarios().stream().filter(s -> s.id().equals(id) && !s.overrides().isEmpty())
                    .findFirst().ifPresent(s -> scenarios.add(adjustment(s)));
        }
        var levers = new ArrayList<AdjustmentRow>();
        for (String id : manifest.levers()) {
            model.allLevers().stream().filter(s -> s.id().equals(id) && !s.overrides().isEmpty())
                    .findFirst().ifPresent(s -> levers.add(adjustment(s)));
        }
        var sources = new ArrayList<SourceRef>();
        model.sources().keySet().forEach(k -> sources.add(new SourceRef(k, model.sourceIn(k, m.language().code()))));
        return new Assumptions(drivers, scenarios, levers, panels(), outcomes(), targets(), events(), correlations(),
                sources);
    }

    private List<ElementRow> panels() {
        var out = new ArrayList<ElementRow>();
        for (Panel p : model.panels()) {
            var weights = new ArrayList<String>();
            p.normalisedWeights().forEach((driver, w) -> weights.add(labels.driver(driver) + " " + numbers.percent(w)));
            String detail = String.join("; ", weights);
            if (p.poolWeight() != 1) {
                detail += " \u2013 " + m.fill(m.get("provenance.pool_weight"), Map.of("x", p.poolWeight()), null);
            }
            out.add(new ElementRow(labels.of(p), detail, p.sources()));
        }
        return out;
    }

    private List<ElementRow> outcomes() {
        var out = new ArrayList<ElementRow>();
        for (Outcome o : model.outcomes()) {
            out.add(new ElementRow(labels.of(o), o.unit() == null ? "" : o.unit(), o.sources()));
        }
        return out;
    }

    private List<String> targets() {
        return model.targets().stream().map(Target::describe).map(labels::target).toList();
    }

    private List<ElementRow> events() {
        var out = new ArrayList<ElementRow>();
        for (TimeEvent e : model.events()) {
            String when = m.fill(m.get("provenance.event"), Map.of("p", e.probability(),
                    "from", year(e.year().support().min(), e.year().quantile(0.05)),
                    "to", year(e.year().support().max(), e.year().quantile(0.95))), null);
            String story = e.description() == null ? "" : ControlCharacters.strip(e.description()) + " ";
            out.add(new ElementRow(labelOf(e), story + when, e.sources()));
        }
        return out;
    }

    private String year(double end, double fallback) {
        return numbers.year(Math.round(Double.isFinite(end) ? end : fallback));
    }

    private String labelOf(TimeEvent e) {
        boolean finnish = m.language() == Language.FI;
        String label = finnish && e.labelFi() != null && !e.labelFi().isBlank() ? e.labelFi() : e.label();
        return ControlCharacters.strip(label == null ? e.id() : label);
    }

    private List<String> correlations() {
        var out = new ArrayList<String>();
        for (Correlation c : model.correlations()) {
            out.add(m.fill(m.get("provenance.correlation"), Map.of("driver_a", c.a(), "driver_b", c.b(),
                    "rho", c.rho()), labels));
        }
        return out;
    }

    private AdjustmentRow adjustment(Adjustment a) {
        var changes = new ArrayList<String>();
        for (Change o : a.overrides()) {
            changes.add(change(o));
        }
        return new AdjustmentRow(labels.of(a), a.id(), labels.description(a), changes, a.sources());
    }

    private String change(Change o) {
        String driver = labels.driver(o.driver());
        if (o instanceof Change.SetDistribution s) {
            return m.fill(m.get("override.set"), Map.of("driver", driver,
                    "distribution", DistributionText.describe(s.distribution(), m)), null);
        }
        if (o instanceof Change.Shift s) {
            return m.fill(m.get("override.shift"), Map.of("driver", driver, "amount", s.amount()), null);
        }
        if (o instanceof Change.Scale s) {
            return m.fill(m.get("override.scale"), Map.of("driver", driver, "factor", s.factor()), null);
        }
        var w = (Change.SetWeight) o;
        String panel = w.panel().equals(Change.SetWeight.ALL_PANELS) ? m.get("override.all_panels") : labels.panel(w.panel());
        return m.fill(m.get("override.weight"), Map.of("driver", driver, "panel", panel, "weight", w.weight()), null);
    }
}
