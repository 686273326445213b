package fi.foresight.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario model: drivers with uncertain values, their correlations, stakeholder panels and weights,
 * outcomes, targets, scenarios and levers, and optionally a horizon with events, the qualitative parts of futures
 * research (a cross-impact balance system, a MICMAC influence matrix, a futures table with a scenario cross), a
 * Delphi study and data files. Immutable and always valid: the constructor checks every cross-reference and throws
 * a {@link ModelException} listing all problems. A model needs at least one driver unless it has a qualitative part
 * or data.
 *
 * <p><b>Built one way.</b> A model is built with {@link #builder(String)} (in code) or read with
 * {@code fi.foresight.io.ModelFiles.load(path)}; a model derived from another starts from {@link #toBuilder()},
 * which holds every part of this model, so whatever the derivation does not change is kept (the
 * {@linkplain ModelBuilder builder} copies its lists when it builds, so reusing it never changes a model built
 * before). The canonical constructor is public only because a record's must be; call the builder.
 *
 * <p><b>Absent parts are {@link Optional}s; collections are empty, never null.</b> No accessor returns null: a
 * part that a model may lack is an {@code Optional} ({@link #horizon()}, {@link #titleFi()}, {@link #cib()},
 * {@link #micmac()}, {@link #futuresTable()}, {@link #scenarioCross()}, {@link #delphi()}), a list or map that a
 * model may lack is empty ({@link #sources()}, {@link #sourcesFi()}, {@link #correlations()}, {@link #events()},
 * {@link #dataSets()}, …), and the constructor rejects a null component. On the builder, a setter of an optional
 * part given null leaves the part out.
 *
 * <pre>{@code
 * Model model = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));   // fi.foresight.io: Kanta-Häme
 * model.horizon().orElseThrow().end();                                    // 2030
 * model.futuresTable().isPresent();                                       // false: it has no futures table
 * Model baseOnly = model.toBuilder().id("kanta_hame_base").replaceScenarios(List.of()).build();
 * baseOnly.scenarios().isEmpty();                                         // true
 * baseOnly.cib().equals(model.cib());                                     // true: every other part is kept
 * model.toBuilder().cib(null).build().cib().isEmpty();                    // true: null leaves a part out
 * model.toBuilder().build().equals(model);                                // true
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
 * @param id            model id
 * @param title         human title (the builder gives the id when none is set)
 * @param sources       provenance id → text (e.g. the sentences of a source article or survey items)
 * @param drivers       drivers in declaration order
 * @param correlations  target Spearman rank correlations between pairs of drivers
 * @param panels        stakeholder panels with weights
 * @param outcomes      outcomes in declaration order
 * @param targets       thresholds whose probability Monte Carlo reports
 * @param scenarios     scenarios besides {@code base}
 * @param levers        levers besides {@code none}
 * @param events        events that may happen in an uncertain year of the horizon (trajectories only)
 * @param horizon       the years of trajectories, or empty for a model without time
 * @param cib           a cross-impact balance system whose variants may imply overrides of the drivers (see
 *                      {@code fi.foresight.bridge.Bridge}), or empty
 * @param micmac        a direct-influence matrix for MICMAC structural analysis, or empty
 * @param futuresTable  a futures table (morphological field) whose states may imply overrides of the drivers, or
 *                      empty
 * @param scenarioCross a scenario cross over two factors of the futures table, or empty
 * @param titleFi       the title in Finnish, or empty
 * @param sourcesFi     provenance id → text in Finnish, for the sources that give one
 * @param delphi        a Delphi study (rounds of the same questions to the same experts, read from the model's
 *                      data), or empty
 * @param dataSets      the names of the model's data files (its {@code data:} entries), in file order
 */
public record Model(String id, String title, Map<String, String> sources, List<Driver> drivers,
                    List<Correlation> correlations, List<Panel> panels, List<Outcome> outcomes,
                    List<Target> targets, List<Scenario> scenarios, List<Lever> levers,
                    List<TimeEvent> events, Optional<Horizon> horizon,
                    Optional<CrossImpactSystem> cib, Optional<InfluenceMatrix> micmac,
                    Optional<FuturesTable> futuresTable, Optional<ScenarioCross> scenarioCross,
                    Optional<String> titleFi, Map<String, String> sourcesFi, Optional<DelphiStudy> delphi,
                    List<String> dataSets) {

    /**
     * Copies the collections and validates the whole model; call {@link #builder(String)} or {@link #toBuilder()}
     * rather than this constructor.
     *
     * @param id            model id
     * @param title         human title (blank means the id)
     * @param sources       provenance id → text (e.g. the sentences of a source article or survey items)
     * @param drivers       drivers in declaration order
     * @param correlations  target Spearman rank correlations between pairs of drivers
     * @param panels        stakeholder panels with weights
     * @param outcomes      outcomes in declaration order
     * @param targets       thresholds whose probability Monte Carlo reports
     * @param scenarios     scenarios besides {@code base}
     * @param levers        levers besides {@code none}
     * @param events        events that may happen in an uncertain year of the horizon (trajectories only)
     * @param horizon       the years of trajectories, or empty for a model without time
     * @param cib           a cross-impact balance system, or empty
     * @param micmac        a direct-influence matrix for MICMAC structural analysis, or empty
     * @param futuresTable  a futures table (morphological field), or empty
     * @param scenarioCross a scenario cross over two factors of the futures table, or empty
     * @param titleFi       the title in Finnish, or empty (a blank one counts as none)
     * @param sourcesFi     provenance id → text in Finnish, for the sources that give one (each id must be one
     *                      of {@code sources})
     * @param delphi        a Delphi study, or empty
     * @param dataSets      the names of its data files (none: empty); a model of data alone needs no variables
     * @throws NullPointerException when a component is null (absent parts are empty, see the class comment)
     * @throws ModelException       listing every problem found (unknown driver in an expression or weight, bad
     *                              correlation matrix, unknown source id, …)
     */
    public Model {
        Objects.requireNonNull(title, "title");
        title = title.isBlank() ? id : title;
        titleFi = Objects.requireNonNull(titleFi, "titleFi").filter(t -> !Texts.missing(t));
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(sources, "sources")));
        sourcesFi = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(sourcesFi, "sourcesFi")));
        drivers = List.copyOf(drivers);
        correlations = List.copyOf(correlations);
        panels = List.copyOf(panels);
        outcomes = List.copyOf(outcomes);
        targets = List.copyOf(targets);
        scenarios = List.copyOf(scenarios);
        levers = List.copyOf(levers);
        events = List.copyOf(events);
        dataSets = List.copyOf(dataSets);
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(cib, "cib");
        Objects.requireNonNull(micmac, "micmac");
        Objects.requireNonNull(futuresTable, "futuresTable");
        Objects.requireNonNull(scenarioCross, "scenarioCross");
        Objects.requireNonNull(delphi, "delphi");
        List<Problem> problems = ModelValidator.validate(id, sources, drivers, correlations, panels, outcomes,
                targets, scenarios, levers);
        problems.addAll(TimeValidator.validate(sources, drivers, outcomes, panels, scenarios, levers, events,
                horizon.orElse(null)));
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
     * Starts a model written in code.
     *
     * @param id the model id
     * @return a builder; {@link ModelBuilder#build()} validates the model
     */
    public static ModelBuilder builder(String id) {
        return new ModelBuilder(id);
    }

    /**
     * A builder that already holds every part of this model (sources, drivers, correlations, panels, outcomes,
     * targets, scenarios, levers, events, horizon, the qualitative parts, the Delphi study and the data files), to
     * derive a variant of it that keeps whatever it does not change:
     * {@code model.toBuilder().title("…").replaceScenarios(derived).build()}. Building it unchanged gives a model
     * equal to this one.
     *
     * @return a new builder
     */
    public ModelBuilder toBuilder() {
        ModelBuilder copy = new ModelBuilder(id).title(title).titleFi(titleFi.orElse(null)).horizon(horizon.orElse(null))
                .cib(cib.orElse(null)).micmac(micmac.orElse(null)).futuresTable(futuresTable.orElse(null))
                .scenarioCross(scenarioCross.orElse(null)).delphi(delphi.orElse(null));
        sources.forEach(copy::source);
        sourcesFi.forEach(copy::sourceFi);
        drivers.forEach(copy::variable);
        correlations.forEach(copy::correlation);
        panels.forEach(copy::panel);
        outcomes.forEach(copy::outcome);
        targets.forEach(copy::target);
        scenarios.forEach(copy::scenario);
        levers.forEach(copy::lever);
        events.forEach(copy::event);
        dataSets.forEach(copy::dataSet);
        return copy;
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

    /**
     * The title in a language: the Finnish one for {@code "fi"} where given, else the English one.
     *
     * @param language a language code such as {@code en} or {@code fi}
     * @return the title (never null)
     */
    public String titleIn(String language) {
        return Texts.in(language, title, titleFi.orElse(null));
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
     * True when the model has a horizon and can be run as trajectories.
     *
     * @return whether the model has a horizon
     */
    public boolean hasHorizon() {
        return horizon.isPresent();
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
}
