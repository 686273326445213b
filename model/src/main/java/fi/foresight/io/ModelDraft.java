package fi.foresight.io;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.FuturesTable;
import fi.foresight.model.ScenarioCross;
import fi.foresight.distributions.Fixed;
import fi.foresight.model.Correlation;
import fi.foresight.model.Driver;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.ModelBuilder;
import fi.foresight.model.Outcome;
import fi.foresight.model.Panel;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import fi.foresight.model.InfluenceMatrix;
import fi.foresight.model.TimeEvent;
import fi.foresight.model.TimeProcess;
import fi.foresight.model.Horizon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the section readers have gathered so far; becomes a {@link Model} (whose constructor runs the
 * cross-reference checks). A new top-level section adds a field here and a reader in {@link Sections}.
 */
final class ModelDraft {
    String id;
    String title;
    String titleFi;
    final Map<String, String> sources = new LinkedHashMap<>();
    final Map<String, String> sourcesFi = new LinkedHashMap<>();
    final List<Driver> drivers = new ArrayList<>();
    final List<Correlation> correlations = new ArrayList<>();
    final List<Panel> panels = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final List<Scenario> scenarios = new ArrayList<>();
    final List<Lever> levers = new ArrayList<>();
    final List<TimeEvent> events = new ArrayList<>();
    Horizon horizon;
    /** Drivers given by milestones without a distribution: their start value is the path's first-year value. */
    final List<String> startFromMilestones = new ArrayList<>();
    CrossImpactSystem cib;
    InfluenceMatrix micmac;
    FuturesTable futuresTable;
    ScenarioCross scenarioCross;
    /** The Delphi study of the {@code delphi:} section, or null. */
    fi.foresight.model.DelphiStudy delphi;
    /** The names of the {@code data:} entries read. */
    final List<String> dataSets = new ArrayList<>();
    /** Work that needs every section read first (e.g. MICMAC's default variables are the drivers). */
    final List<Runnable> afterSections = new ArrayList<>();

    /** Throws {@code ModelException} with the model's own problems. */
    Model build() {
        for (int i = 0; i < drivers.size(); i++) {
            Driver d = drivers.get(i);
            if (startFromMilestones.contains(d.id()) && d.process() instanceof TimeProcess.Milestones ms) {
                double start = horizon == null ? ms.values().values().iterator().next() : ms.valueAt(horizon.start());
                drivers.set(i, d.distribution(Fixed.of(start)));
            }
        }
        ModelBuilder model = Model.builder(id).title(title).titleFi(titleFi).horizon(horizon).cib(cib)
                .micmac(micmac).futuresTable(futuresTable).scenarioCross(scenarioCross).delphi(delphi);
        sources.forEach(model::source);
        sourcesFi.forEach(model::sourceFi);
        drivers.forEach(model::variable);
        correlations.forEach(model::correlation);
        panels.forEach(model::panel);
        outcomes.forEach(model::outcome);
        targets.forEach(model::target);
        scenarios.forEach(model::scenario);
        levers.forEach(model::lever);
        events.forEach(model::event);
        dataSets.forEach(model::dataSet);
        return model.build();
    }
}
