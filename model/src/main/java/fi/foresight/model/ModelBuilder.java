package fi.foresight.model;

import fi.foresight.distributions.Distribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the parts of a {@link Model}; {@link #build()} validates them all at once (the model's constructor runs
 * every check and reports every problem). Started empty by {@link Model#builder(String)} or holding every part of
 * a model by {@link Model#toBuilder()}, so a derived model keeps whatever its derivation does not change. A setter
 * of an optional part (horizon, Finnish title, CIB system, MICMAC matrix, futures table, scenario cross, Delphi
 * study) given null leaves the part out; the model then holds {@link Optional#empty()}. Lists and maps are copied
 * when the model is built, so changing the builder afterwards never changes a model built before.
 * See {@link Model} for a snippet.
 */
public final class ModelBuilder {
    private String id;
    private String title;
    private String titleFi;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> sourcesFi = new LinkedHashMap<>();
    private final List<Driver> drivers = new ArrayList<>();
    private final List<Correlation> correlations = new ArrayList<>();
    private final List<Panel> panels = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<Lever> levers = new ArrayList<>();
    private final List<TimeEvent> events = new ArrayList<>();
    private Horizon horizon;
    private CrossImpactSystem cib;
    private InfluenceMatrix micmac;
    private FuturesTable futuresTable;
    private ScenarioCross scenarioCross;
    private DelphiStudy delphi;
    private final List<String> dataSets = new ArrayList<>();

    /** An empty builder of the model {@code id}; see {@link Model#builder(String)}. */
    ModelBuilder(String id) {
        this.id = id;
    }

    /**
     * Renames the model being built (for a variant derived with {@link Model#toBuilder()}).
     *
     * @param id the new id
     * @return this builder
     */
    public ModelBuilder id(String id) {
        this.id = id;
        return this;
    }

    /**
     * The human title shown in reports.
     *
     * @param title the title; null or blank means the id
     * @return this builder
     */
    public ModelBuilder title(String title) {
        this.title = title;
        return this;
    }

    /**
     * The title in Finnish.
     *
     * @param titleFi the Finnish title; null or blank for none
     * @return this builder
     */
    public ModelBuilder titleFi(String titleFi) {
        this.titleFi = titleFi;
        return this;
    }

    /**
     * Declares a source with its text in English and in Finnish.
     *
     * @param id     the source id, e.g. {@code S3}
     * @param text   what it is, in English
     * @param textFi the same in Finnish, or null
     * @return this builder
     */
    public ModelBuilder source(String id, String text, String textFi) {
        sources.put(id, text);
        if (!Texts.missing(textFi)) {
            sourcesFi.put(id, textFi);
        }
        return this;
    }

    /**
     * Declares a source that drivers, scenarios and the like cite by id.
     *
     * @param id   the source id, e.g. {@code S3}
     * @param text what it is: a sentence of an article, a survey item, a workshop note
     * @return this builder
     */
    public ModelBuilder source(String id, String text) {
        return source(id, text, null);
    }

    /**
     * The Finnish text of a source; a Finnish text for an id without an English one is reported when building.
     *
     * @param id     the source id
     * @param textFi the text in Finnish
     * @return this builder
     */
    public ModelBuilder sourceFi(String id, String textFi) {
        sourcesFi.put(id, textFi);
        return this;
    }

    /**
     * Adds a driver with only an id and a distribution.
     *
     * @param id           the driver id
     * @param distribution its uncertain value
     * @return this builder
     * @throws IllegalArgumentException when {@code id} is not a valid expression name
     */
    public ModelBuilder variable(String id, Distribution distribution) {
        return variable(Driver.of(id, distribution));
    }

    /**
     * Adds a driver.
     *
     * @param driver the driver, see {@link Driver#of(String, fi.foresight.distributions.Distribution)}
     * @return this builder
     */
    public ModelBuilder variable(Driver driver) {
        drivers.add(driver);
        return this;
    }

    /**
     * Adds a target Spearman rank correlation between two drivers (drawn with a Gaussian copula).
     *
     * @param a   a driver id
     * @param b   another driver id
     * @param rho the rank correlation, in [-1, 1]
     * @return this builder
     * @throws IllegalArgumentException when {@code a} equals {@code b} or {@code rho} is outside [-1, 1]
     */
    public ModelBuilder correlation(String a, String b, double rho) {
        return correlation(new Correlation(a, b, rho));
    }

    /**
     * Adds a target Spearman rank correlation between two drivers.
     *
     * @param correlation the correlation
     * @return this builder
     */
    public ModelBuilder correlation(Correlation correlation) {
        correlations.add(correlation);
        return this;
    }

    /**
     * Weights of a single panel called {@code default}.
     *
     * @param weights weight per driver id
     * @return this builder
     * @throws IllegalArgumentException when a weight is not valid (see {@link Panel})
     */
    public ModelBuilder weights(Map<String, Double> weights) {
        return panel(Panel.of("default").weights(new LinkedHashMap<>(weights)));
    }

    /**
     * Adds a stakeholder panel.
     *
     * @param panel the panel and its weights
     * @return this builder
     */
    public ModelBuilder panel(Panel panel) {
        panels.add(panel);
        return this;
    }

    /**
     * A weighted index over all panels.
     *
     * @param id the outcome id
     * @return this builder
     * @throws IllegalArgumentException when {@code id} is not a valid expression name
     */
    public ModelBuilder weightedIndex(String id) {
        return outcome(WeightedIndex.of(id));
    }

    /**
     * An expression outcome.
     *
     * @param id         the outcome id
     * @param expression an expression of drivers and earlier outcomes, e.g. {@code "10 * readiness * climate"}
     * @return this builder
     * @throws fi.foresight.expression.ExpressionSyntaxException when the expression does not parse
     */
    public ModelBuilder outcome(String id, String expression) {
        return outcome(ExpressionOutcome.of(id, expression));
    }

    /**
     * Adds an outcome.
     *
     * @param outcome an {@link ExpressionOutcome} or a {@link WeightedIndex}
     * @return this builder
     */
    public ModelBuilder outcome(Outcome outcome) {
        outcomes.add(outcome);
        return this;
    }

    /**
     * Adds a target whose probability Monte Carlo reports.
     *
     * @param target the target, e.g. {@code Target.atLeast("index", 0.6)}
     * @return this builder
     */
    public ModelBuilder target(Target target) {
        targets.add(target);
        return this;
    }

    /**
     * Adds a scenario (besides {@code base}, which is always there).
     *
     * @param scenario the scenario
     * @return this builder
     */
    public ModelBuilder scenario(Scenario scenario) {
        scenarios.add(scenario);
        return this;
    }

    /**
     * Drops the scenarios added so far and adds these instead.
     *
     * @param replacement the scenarios, without {@code base}
     * @return this builder
     */
    public ModelBuilder replaceScenarios(List<Scenario> replacement) {
        scenarios.clear();
        scenarios.addAll(replacement);
        return this;
    }

    /**
     * Adds a lever (besides {@code none}, which is always there).
     *
     * @param lever the lever
     * @return this builder
     */
    public ModelBuilder lever(Lever lever) {
        levers.add(lever);
        return this;
    }

    /**
     * The years of trajectories.
     *
     * @param horizon the horizon, or null for none (a model without time)
     * @return this builder
     */
    public ModelBuilder horizon(Horizon horizon) {
        this.horizon = horizon;
        return this;
    }

    /**
     * Yearly from {@code start} to {@code end}.
     *
     * @param start the first year
     * @param end   the last year, not before {@code start}
     * @return this builder
     * @throws IllegalArgumentException when the years are not valid (see {@link Horizon})
     */
    public ModelBuilder horizon(int start, int end) {
        return horizon(Horizon.of(start, end));
    }

    /**
     * Adds an event that may happen in an uncertain year of the horizon (trajectories only).
     *
     * @param event the event
     * @return this builder
     */
    public ModelBuilder event(TimeEvent event) {
        events.add(event);
        return this;
    }

    /**
     * The cross-impact balance system (its variants may imply overrides of the drivers).
     *
     * @param system the system, or null for none
     * @return this builder
     */
    public ModelBuilder cib(CrossImpactSystem system) {
        this.cib = system;
        return this;
    }

    /**
     * The direct-influence matrix for MICMAC.
     *
     * @param matrix the matrix, or null for none
     * @return this builder
     */
    public ModelBuilder micmac(InfluenceMatrix matrix) {
        this.micmac = matrix;
        return this;
    }

    /**
     * The futures table (its states may imply overrides of the drivers).
     *
     * @param table the futures table, or null for none
     * @return this builder
     */
    public ModelBuilder futuresTable(FuturesTable table) {
        this.futuresTable = table;
        return this;
    }

    /**
     * The futures table and a scenario cross over two of its factors.
     *
     * @param table the futures table
     * @param cross a scenario cross over two of its factors
     * @return this builder
     */
    public ModelBuilder futuresTable(FuturesTable table, ScenarioCross cross) {
        return futuresTable(table).scenarioCross(cross);
    }

    /**
     * A Delphi study: rounds of the same questions to the same experts.
     *
     * @param study the study, or null for none
     * @return this builder
     */
    public ModelBuilder delphi(DelphiStudy study) {
        this.delphi = study;
        return this;
    }

    /**
     * The name of a data file of the model (an entry of its {@code data:} section).
     *
     * @param name the entry's name
     * @return this builder
     */
    public ModelBuilder dataSet(String name) {
        dataSets.add(name);
        return this;
    }

    /**
     * Drops the panels added so far and adds these instead (e.g. the same panels with other weights).
     *
     * @param replacement the panels
     * @return this builder
     */
    public ModelBuilder replacePanels(List<Panel> replacement) {
        panels.clear();
        panels.addAll(replacement);
        return this;
    }

    /**
     * Drops the events added so far and adds these instead.
     *
     * @param replacement the events
     * @return this builder
     */
    public ModelBuilder replaceEvents(List<TimeEvent> replacement) {
        events.clear();
        events.addAll(replacement);
        return this;
    }

    /**
     * A scenario cross over two factors of the futures table.
     *
     * @param cross the scenario cross, or null for none
     * @return this builder
     */
    public ModelBuilder scenarioCross(ScenarioCross cross) {
        this.scenarioCross = cross;
        return this;
    }

    /**
     * Builds and validates the model. The builder may be changed and built again afterwards; the model built
     * now keeps its own copies of the lists.
     *
     * @return the model
     * @throws ModelException listing every problem found
     */
    public Model build() {
        return new Model(id, title == null ? id : title, sources, drivers, correlations, panels, outcomes, targets,
                scenarios, levers, events, Optional.ofNullable(horizon), Optional.ofNullable(cib),
                Optional.ofNullable(micmac), Optional.ofNullable(futuresTable), Optional.ofNullable(scenarioCross),
                Optional.ofNullable(titleFi), sourcesFi, Optional.ofNullable(delphi), dataSets);
    }
}
