package fi.foresight.model;

import fi.foresight.distributions.Distribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario model: drivers with uncertain values, their correlations, stakeholder panels and weights,
 * outcomes, targets, scenarios and levers, and optionally the qualitative parts of futures research: a
 * cross-impact balance system, a MICMAC influence matrix and a futures table (with a scenario cross). Immutable
 * and always valid: the constructor checks every cross-reference and throws a {@link ModelException} listing all
 * problems. A model needs at least one driver unless it has a qualitative part.
 *
 * <pre>{@code
 * Model model = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));   // fi.foresight.io: Kanta-Häme
 * model.drivers().size();                                                 // 15
 * model.outcome("internationalisation_index").isPresent();               // true
 * Model tiny = Model.builder("tiny").                                     // or built in code
 *         variable("readiness", Triangular.of(0.3, 0.5, 0.7)).
 *         variable("climate", Uniform.of(0.4, 0.9)).
 *         weights(Map.of("readiness", 2.0, "climate", 1.0)).
 *         weightedIndex("index").
 *         outcome("growth", "10 * readiness * climate").
 *         build();
 * Model exports = Model.builder("exports").                               // with time: see Trajectories
 *         horizon(2019, 2030).
 *         variable(Driver.of("exports", Normal.of(100, 5)).process(TimeProcess.randomWalk(2, 4))).
 *         outcome("cumulative", "prev(cumulative) + exports").
 *         build();
 * }</pre>
 *
 * @param id           model id
 * @param title        human title (defaults to the id)
 * @param sources      provenance id → text (e.g. the sentences of a source article or survey items)
 * @param drivers      drivers in declaration order
 * @param correlations target Spearman rank correlations between pairs of drivers
 * @param panels       stakeholder panels with weights
 * @param outcomes     outcomes in declaration order
 * @param targets      thresholds whose probability Monte Carlo reports
 * @param scenarios    scenarios besides {@code base}
 * @param levers       levers besides {@code none}
 * @param events       events that may happen in an uncertain year of the horizon (trajectories only)
 * @param horizon      the years of trajectories, or null for a model without time
 * @param cib          a cross-impact balance system whose variants may imply overrides of the drivers (see
 *                     {@code fi.foresight.bridge.Bridge})
 * @param micmac       a direct-influence matrix for MICMAC structural analysis
 * @param futuresTable a futures table (morphological field) whose states may imply overrides of the drivers
 * @param scenarioCross a scenario cross over two factors of the futures table
 * @param titleFi      the title in Finnish, or null
 * @param sourcesFi    provenance id → text in Finnish, for the sources that give one
 * @param delphi       a Delphi study: rounds of the same questions to the same experts, read from the model's data
 * @param dataSets     the names of the model's data files (its {@code data:} entries), in file order
 */
public record Model(String id, String title, Map<String, String> sources, List<Driver> drivers,
                    List<Correlation> correlations, List<Panel> panels, List<Outcome> outcomes,
                    List<Target> targets, List<Scenario> scenarios, List<Lever> levers,
                    List<TimeEvent> events, Horizon horizon,
                    Optional<CrossImpactSystem> cib, Optional<InfluenceMatrix> micmac,
                    Optional<FuturesTable> futuresTable, Optional<ScenarioCross> scenarioCross,
                    String titleFi, Map<String, String> sourcesFi, Optional<DelphiStudy> delphi,
                    List<String> dataSets) {

    /**
     * Fills the defaults (title = id, empty lists) and validates the whole model.
     *
     * @param id           model id
     * @param title        human title (defaults to the id)
     * @param sources      provenance id → text (e.g. the sentences of a source article or survey items)
     * @param drivers      drivers in declaration order
     * @param correlations target Spearman rank correlations between pairs of drivers
     * @param panels       stakeholder panels with weights
     * @param outcomes     outcomes in declaration order
     * @param targets      thresholds whose probability Monte Carlo reports
     * @param scenarios    scenarios besides {@code base}
     * @param levers       levers besides {@code none}
     * @param events       events that may happen in an uncertain year of the horizon (trajectories only)
     * @param horizon      the years of trajectories, or null for a model without time
     * @param cib          a cross-impact balance system whose variants may imply overrides of the drivers (see
     *                     {@code fi.foresight.bridge.Bridge})
     * @param micmac       a direct-influence matrix for MICMAC structural analysis
     * @param futuresTable a futures table (morphological field) whose states may imply overrides of the drivers
     * @param scenarioCross a scenario cross over two factors of the futures table
     * @param titleFi      the title in Finnish, or null
     * @param sourcesFi    provenance id → text in Finnish, for the sources that give one (each id must be one
     *                     of {@code sources})
     * @param delphi       a Delphi study, or empty
     * @param dataSets     the names of its data files (none: empty); a model of data alone needs no variables
     * @throws ModelException listing every problem found (unknown driver in an expression or weight, bad correlation
     *                        matrix, unknown source id, …)
     */
    public Model {
        title = title == null || title.isBlank() ? id : title;
        titleFi = Texts.missing(titleFi) ? null : titleFi;
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources == null ? Map.of() : sources));
        sourcesFi = Collections.unmodifiableMap(new LinkedHashMap<>(sourcesFi == null ? Map.of() : sourcesFi));
        drivers = drivers == null ? List.of() : List.copyOf(drivers);
        correlations = correlations == null ? List.of() : List.copyOf(correlations);
        panels = panels == null ? List.of() : List.copyOf(panels);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        targets = targets == null ? List.of() : List.copyOf(targets);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        levers = levers == null ? List.of() : List.copyOf(levers);
        events = events == null ? List.of() : List.copyOf(events);
        cib = cib == null ? Optional.empty() : cib;
        micmac = micmac == null ? Optional.empty() : micmac;
        futuresTable = futuresTable == null ? Optional.empty() : futuresTable;
        scenarioCross = scenarioCross == null ? Optional.empty() : scenarioCross;
        delphi = delphi == null ? Optional.empty() : delphi;
        dataSets = dataSets == null ? List.of() : List.copyOf(dataSets);
        List<Problem> problems = ModelValidator.validate(id, sources, drivers, correlations, panels, outcomes,
                targets, scenarios, levers);
        problems.addAll(TimeValidator.validate(sources, drivers, outcomes, panels, scenarios, levers, events,
                horizon));
        List<Problem> qualitative = QualitativeValidator.validate(drivers, panels, cib, micmac, futuresTable,
                scenarioCross);
        if (delphi.isPresent() || !dataSets.isEmpty()) {
            qualitative.removeIf(p -> p.path().equals("variables")); // views from data alone: nothing to draw
        }
        problems.addAll(qualitative);
        for (String sourceId : sourcesFi.keySet()) {
            if (!sources.containsKey(sourceId)) {
                problems.add(Problem.at("sources." + sourceId, "a Finnish text for source '" + sourceId
                        + "', which has no English text; give it 'text:' too"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelException(problems);
        }
    }

    /**
     * A model without a Delphi study (the signature before {@code delphi:}).
     *
     * @param id           model id
     * @param title        human title (defaults to the id)
     * @param sources      provenance id → text
     * @param drivers      drivers in declaration order
     * @param correlations target Spearman rank correlations between pairs of drivers
     * @param panels       stakeholder panels with weights
     * @param outcomes     outcomes in declaration order
     * @param targets      thresholds whose probability Monte Carlo reports
     * @param scenarios    scenarios besides {@code base}
     * @param levers       levers besides {@code none}
     * @param events       events that may happen in an uncertain year of the horizon (trajectories only)
     * @param horizon      the years of trajectories, or null for a model without time
     * @param cib          a cross-impact balance system
     * @param micmac       a direct-influence matrix for MICMAC structural analysis
     * @param futuresTable a futures table (morphological field)
     * @param scenarioCross a scenario cross over two factors of the futures table
     * @param titleFi      the title in Finnish, or null
     * @param sourcesFi    provenance id → text in Finnish
     * @throws ModelException listing every problem found
     */
    public Model(String id, String title, Map<String, String> sources, List<Driver> drivers,
                 List<Correlation> correlations, List<Panel> panels, List<Outcome> outcomes,
                 List<Target> targets, List<Scenario> scenarios, List<Lever> levers,
                 List<TimeEvent> events, Horizon horizon,
                 Optional<CrossImpactSystem> cib, Optional<InfluenceMatrix> micmac,
                 Optional<FuturesTable> futuresTable, Optional<ScenarioCross> scenarioCross,
                 String titleFi, Map<String, String> sourcesFi) {
        this(id, title, sources, drivers, correlations, panels, outcomes, targets, scenarios, levers, events, horizon,
                cib, micmac, futuresTable, scenarioCross, titleFi, sourcesFi, Optional.empty(), List.of());
    }

    /**
     * A model without Finnish title or source texts (the signature before {@code title_fi} and {@code text_fi}).
     *
     * @param id           model id
     * @param title        human title (defaults to the id)
     * @param sources      provenance id → text
     * @param drivers      drivers in declaration order
     * @param correlations target Spearman rank correlations between pairs of drivers
     * @param panels       stakeholder panels with weights
     * @param outcomes     outcomes in declaration order
     * @param targets      thresholds whose probability Monte Carlo reports
     * @param scenarios    scenarios besides {@code base}
     * @param levers       levers besides {@code none}
     * @param events       events that may happen in an uncertain year of the horizon (trajectories only)
     * @param horizon      the years of trajectories, or null for a model without time
     * @param cib          a cross-impact balance system
     * @param micmac       a direct-influence matrix for MICMAC structural analysis
     * @param futuresTable a futures table (morphological field)
     * @param scenarioCross a scenario cross over two factors of the futures table
     * @throws ModelException listing every problem found
     */
    public Model(String id, String title, Map<String, String> sources, List<Driver> drivers,
                 List<Correlation> correlations, List<Panel> panels, List<Outcome> outcomes,
                 List<Target> targets, List<Scenario> scenarios, List<Lever> levers,
                 List<TimeEvent> events, Horizon horizon,
                 Optional<CrossImpactSystem> cib, Optional<InfluenceMatrix> micmac,
                 Optional<FuturesTable> futuresTable, Optional<ScenarioCross> scenarioCross) {
        this(id, title, sources, drivers, correlations, panels, outcomes, targets, scenarios, levers, events, horizon,
                cib, micmac, futuresTable, scenarioCross, null, null);
    }

    /**
     * The title in a language: the Finnish one for {@code "fi"} where given, else the English one.
     *
     * @param language a language code such as {@code en} or {@code fi}
     * @return the title (never null)
     */
    public String titleIn(String language) {
        return Texts.in(language, title, titleFi);
    }

    /**
     * A source's text in a language: the Finnish one for {@code "fi"} where given, else the English one.
     *
     * @param id       a source id of {@link #sources()}
     * @param language a language code such as {@code en} or {@code fi}
     * @return the text, or null for an unknown id
     */
    public String sourceIn(String id, String language) {
        return Texts.in(language, sources.get(id), sourcesFi.get(id));
    }

    /**
     * A model without qualitative parts (no CIB system, MICMAC matrix or futures table).
     *
     * @param id           model id
     * @param title        human title (defaults to the id)
     * @param sources      provenance id → text (e.g. the sentences of a source article or survey items)
     * @param drivers      drivers in declaration order
     * @param correlations target Spearman rank correlations between pairs of drivers
     * @param panels       stakeholder panels with weights
     * @param outcomes     outcomes in declaration order
     * @param targets      thresholds whose probability Monte Carlo reports
     * @param scenarios    scenarios besides {@code base}
     * @param levers       levers besides {@code none}
     * @param events       events that may happen in an uncertain year of the horizon (trajectories only)
     * @param horizon      the years of trajectories, or null for a model without time
     */
    public Model(String id, String title, Map<String, String> sources, List<Driver> drivers,
                 List<Correlation> correlations, List<Panel> panels, List<Outcome> outcomes,
                 List<Target> targets, List<Scenario> scenarios, List<Lever> levers, List<TimeEvent> events,
                 Horizon horizon) {
        this(id, title, sources, drivers, correlations, panels, outcomes, targets, scenarios, levers, events, horizon,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), null, null);
    }

    /**
     * A model without time (no events, no horizon) and without qualitative parts.
     *
     * @param id           model id
     * @param title        human title (defaults to the id)
     * @param sources      provenance id → text (e.g. the sentences of a source article or survey items)
     * @param drivers      drivers in declaration order
     * @param correlations target Spearman rank correlations between pairs of drivers
     * @param panels       stakeholder panels with weights
     * @param outcomes     outcomes in declaration order
     * @param targets      thresholds whose probability Monte Carlo reports
     * @param scenarios    scenarios besides {@code base}
     * @param levers       levers besides {@code none}
     */
    public Model(String id, String title, Map<String, String> sources, List<Driver> drivers,
                 List<Correlation> correlations, List<Panel> panels, List<Outcome> outcomes,
                 List<Target> targets, List<Scenario> scenarios, List<Lever> levers) {
        this(id, title, sources, drivers, correlations, panels, outcomes, targets, scenarios, levers, null, null);
    }

    /**
     * Starts a model written in code.
     *
     * @param id the model id
     * @return a builder; {@link Builder#build()} validates the model
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * True when the model has a horizon and can be run as trajectories.
     *
     * @return whether the model has a horizon
     */
    public boolean hasHorizon() {
        return horizon != null;
    }

    /**
     * The driver with this id.
     *
     * @param id a driver id
     * @return the driver, or empty when there is none
     */
    public Optional<Driver> driver(String id) {
        return drivers.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * The position of a driver in {@link #drivers()} (the column of its samples).
     *
     * @param id a driver id
     * @return the 0-based index, or -1 when there is no such driver
     */
    public int driverIndex(String id) {
        for (int i = 0; i < drivers.size(); i++) {
            if (drivers.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The ids of the drivers, in declaration order.
     *
     * @return the driver ids
     */
    public List<String> driverIds() {
        return drivers.stream().map(Driver::id).toList();
    }

    /**
     * The outcome with this id (not a column such as {@code index.panel}; see {@link #outcomeColumns()}).
     *
     * @param id an outcome id
     * @return the outcome, or empty when there is none
     */
    public Optional<Outcome> outcome(String id) {
        return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * The stakeholder panel with this id.
     *
     * @param id a panel id
     * @return the panel, or empty when there is none
     */
    public Optional<Panel> panel(String id) {
        return panels.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The names of every outcome column, in order: an expression outcome's id; a weighted index's id (pooled)
     * followed by {@code id.panel} for each of its panels when it has more than one.
     *
     * @return the column names
     */
    public List<String> outcomeColumns() {
        return ModelValidator.outcomeColumns(outcomes, panels);
    }

    /**
     * The panels a weighted index covers (all panels when it names none).
     *
     * @param index a weighted index of this model
     * @return its panels
     */
    public List<Panel> panelsOf(WeightedIndex index) {
        if (index.panels().isEmpty()) {
            return panels;
        }
        return index.panels().stream().map(p -> panel(p).orElseThrow()).toList();
    }

    /**
     * {@code base} followed by the declared scenarios.
     *
     * @return the scenarios, {@code base} first
     */
    public List<Scenario> allScenarios() {
        var all = new ArrayList<Scenario>();
        all.add(Scenario.base());
        all.addAll(scenarios);
        return List.copyOf(all);
    }

    /**
     * {@code none} followed by the declared levers.
     *
     * @return the levers, {@code none} first
     */
    public List<Lever> allLevers() {
        var all = new ArrayList<Lever>();
        all.add(Lever.none());
        all.addAll(levers);
        return List.copyOf(all);
    }

    /**
     * True when the model has a CIB system, a MICMAC matrix or a futures table.
     *
     * @return whether there is a qualitative part
     */
    public boolean hasQualitativePart() {
        return cib.isPresent() || micmac.isPresent() || futuresTable.isPresent();
    }

    /**
     * The scenario with this id ({@code base} included).
     *
     * @param id a scenario id
     * @return the scenario
     * @throws IllegalArgumentException when there is no such scenario (the message lists the ids)
     */
    public Scenario scenario(String id) {
        return allScenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + id + "'"
                        + Suggestions.didYouMean(id, allScenarios().stream().map(Scenario::id).toList())
                        + "; scenarios are " + allScenarios().stream().map(Scenario::id).toList()));
    }

    /**
     * The lever with this id ({@code none} included).
     *
     * @param id a lever id
     * @return the lever
     * @throws IllegalArgumentException when there is no such lever (the message lists the ids)
     */
    public Lever lever(String id) {
        return allLevers().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown lever '" + id + "'"
                        + Suggestions.didYouMean(id, allLevers().stream().map(Lever::id).toList())
                        + "; levers are " + allLevers().stream().map(Lever::id).toList()));
    }

    /**
     * A builder that already holds every part of this model (sources, drivers, correlations, panels, outcomes,
     * targets, scenarios, levers, events, horizon and the qualitative parts), to derive a variant of it:
     * {@code model.toBuilder().title("…").replaceScenarios(derived).build()}.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).title(title).titleFi(titleFi);
        sources.forEach(b::source);
        b.sourcesFi.putAll(sourcesFi);
        drivers.forEach(b::variable);
        correlations.forEach(b.correlations::add);
        panels.forEach(b::panel);
        outcomes.forEach(b::outcome);
        targets.forEach(b::target);
        scenarios.forEach(b::scenario);
        levers.forEach(b::lever);
        events.forEach(b::event);
        if (horizon != null) {
            b.horizon(horizon);
        }
        cib.ifPresent(b::cib);
        micmac.ifPresent(b::micmac);
        futuresTable.ifPresent(t -> b.futuresTable(t, scenarioCross.orElse(null)));
        delphi.ifPresent(b::delphi);
        dataSets.forEach(b::dataSet);
        return b;
    }

    /**
     * This model with its scenarios (besides {@code base}) replaced; everything else is kept (e.g. the scenarios
     * bridged from the consistent CIB scenarios, so that Monte Carlo runs over them).
     *
     * @param scenarios the new scenarios, without {@code base}
     * @return the new model
     * @throws ModelException when the new model is not valid
     */
    public Model withScenarios(List<Scenario> scenarios) {
        return toBuilder().replaceScenarios(scenarios).build();
    }

    /** Collects the parts of a model written in code; {@link #build()} validates them all at once. */
    public static final class Builder {
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

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Renames the model being built (for a variant derived with {@link Model#toBuilder()}).
         *
         * @param id the new id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * The human title shown in reports.
         *
         * @param title the title; null or blank means the id
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * The title in Finnish.
         *
         * @param titleFi the Finnish title, or null
         * @return this builder
         */
        public Builder titleFi(String titleFi) {
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
        public Builder source(String id, String text, String textFi) {
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
        public Builder source(String id, String text) {
            sources.put(id, text);
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
        public Builder variable(String id, Distribution distribution) {
            return variable(Driver.of(id, distribution));
        }

        /**
         * Adds a driver.
         *
         * @param driver the driver, see {@link Driver#of(String, fi.foresight.distributions.Distribution)}
         * @return this builder
         */
        public Builder variable(Driver driver) {
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
        public Builder correlation(String a, String b, double rho) {
            correlations.add(new Correlation(a, b, rho));
            return this;
        }

        /**
         * Weights of a single panel called {@code default}.
         *
         * @param weights weight per driver id
         * @return this builder
         * @throws IllegalArgumentException when a weight is not valid (see {@link Panel})
         */
        public Builder weights(Map<String, Double> weights) {
            return panel(Panel.of("default").weights(new LinkedHashMap<>(weights)));
        }

        /**
         * Adds a stakeholder panel.
         *
         * @param panel the panel and its weights
         * @return this builder
         */
        public Builder panel(Panel panel) {
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
        public Builder weightedIndex(String id) {
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
        public Builder outcome(String id, String expression) {
            return outcome(ExpressionOutcome.of(id, expression));
        }

        /**
         * Adds an outcome.
         *
         * @param outcome an {@link ExpressionOutcome} or a {@link WeightedIndex}
         * @return this builder
         */
        public Builder outcome(Outcome outcome) {
            outcomes.add(outcome);
            return this;
        }

        /**
         * Adds a target whose probability Monte Carlo reports.
         *
         * @param target the target, e.g. {@code Target.atLeast("index", 0.6)}
         * @return this builder
         */
        public Builder target(Target target) {
            targets.add(target);
            return this;
        }

        /**
         * Adds a scenario (besides {@code base}, which is always there).
         *
         * @param scenario the scenario
         * @return this builder
         */
        public Builder scenario(Scenario scenario) {
            scenarios.add(scenario);
            return this;
        }

        /**
         * Drops the scenarios added so far and adds these instead.
         *
         * @param replacement the scenarios, without {@code base}
         * @return this builder
         */
        public Builder replaceScenarios(List<Scenario> replacement) {
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
        public Builder lever(Lever lever) {
            levers.add(lever);
            return this;
        }

        /**
         * The years of trajectories.
         *
         * @param horizon the horizon, or null for none
         * @return this builder
         */
        public Builder horizon(Horizon horizon) {
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
        public Builder horizon(int start, int end) {
            return horizon(Horizon.of(start, end));
        }

        /**
         * Adds an event that may happen in an uncertain year of the horizon (trajectories only).
         *
         * @param event the event
         * @return this builder
         */
        public Builder event(TimeEvent event) {
            events.add(event);
            return this;
        }

        /**
         * The cross-impact balance system (its variants may imply overrides of the drivers).
         *
         * @param system the system
         * @return this builder
         */
        public Builder cib(CrossImpactSystem system) {
            this.cib = system;
            return this;
        }

        /**
         * The direct-influence matrix for MICMAC.
         *
         * @param matrix the matrix
         * @return this builder
         */
        public Builder micmac(InfluenceMatrix matrix) {
            this.micmac = matrix;
            return this;
        }

        /**
         * The futures table (its states may imply overrides of the drivers).
         *
         * @param table the futures table
         * @return this builder
         */
        public Builder futuresTable(FuturesTable table) {
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
        public Builder futuresTable(FuturesTable table, ScenarioCross cross) {
            this.futuresTable = table;
            this.scenarioCross = cross;
            return this;
        }

        /**
         * A Delphi study: rounds of the same questions to the same experts.
         *
         * @param study the study
         * @return this builder
         */
        public Builder delphi(DelphiStudy study) {
            this.delphi = study;
            return this;
        }

        /**
         * The name of a data file of the model (an entry of its {@code data:} section).
         *
         * @param name the entry's name
         * @return this builder
         */
        public Builder dataSet(String name) {
            dataSets.add(name);
            return this;
        }

        /**
         * Builds and validates the model.
         *
         * @return the model
         * @throws ModelException listing every problem found
         */
        public Model build() {
            return new Model(id, title, sources, drivers, correlations, panels, outcomes, targets, scenarios, levers,
                    events, horizon, Optional.ofNullable(cib), Optional.ofNullable(micmac),
                    Optional.ofNullable(futuresTable), Optional.ofNullable(scenarioCross), titleFi, sourcesFi,
                    Optional.ofNullable(delphi), dataSets);
        }
    }
}
