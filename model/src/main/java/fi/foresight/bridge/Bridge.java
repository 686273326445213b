package fi.foresight.bridge;

import fi.foresight.cib.Cib;
import fi.foresight.cib.CibResult;
import fi.foresight.model.CibScenario;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.cib.ScenarioScore;
import fi.foresight.model.Variant;
import fi.foresight.model.Configuration;
import fi.foresight.model.Factor;
import fi.foresight.model.FuturesTable;
import fi.foresight.futurestable.Solution;
import fi.foresight.futurestable.SolutionSpace;
import fi.foresight.model.State;
import fi.foresight.model.Change;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps consistent qualitative scenarios onto Monte Carlo scenarios. A CIB variant or futures-table state declares
 * the overrides of model drivers it implies (in a model file: {@code set}, {@code shift}, {@code scale},
 * {@code weights} under the variant, as for a scenario); the bridged scenario of a consistent CIB scenario holds
 * the overrides of its variants, descriptor by descriptor in descriptor order (so when two variants set the same
 * driver the later descriptor's wins, and shifts and scalings add up as for any scenario).
 *
 * <pre>{@code
 * Model m = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));
 * CibResult r = Cib.of(m.cib().orElseThrow()).consistent();
 * List<Scenario> bridged = Bridge.scenarios(m, r);          // cib_1, cib_2, ...
 * MonteCarlo.of(m.withScenarios(bridged)).samples(10_000).seed(1).run();
 * Model all = Bridge.withConsistentScenarios(m, 0);         // the same in one step
 * }</pre>
 *
 * <p>Ids are {@value #CIB_PREFIX}k and {@value #TABLE_PREFIX}k, k = 1, 2, … in the order of the result (lexicographic
 * by variant numbers); labels join the variant (state) labels in English and in Finnish.
 */
public final class Bridge {
    /** Prefix of the ids of bridged CIB scenarios. */
    public static final String CIB_PREFIX = "cib_";
    /** Prefix of the ids of bridged futures-table configurations. */
    public static final String TABLE_PREFIX = "ft_";

    private Bridge() {
    }

    /**
     * Every scenario of {@code result} as a model scenario, with the overrides declared by the variants of the
     * model's CIB system. {@code result} must be an analysis of a system with the same descriptors and variants as
     * the model's (e.g. the model's own, or the same with another expert's matrix).
     *
     * @param model  a model with a CIB system
     * @param result consistent scenarios of that system
     * @return one scenario per CIB scenario, {@code cib_1} …
     * @throws IllegalArgumentException when the model has no CIB system or {@code result} is of another system
     * @throws IllegalArgumentException when the model has no CIB system or the result's descriptors differ
     */
    public static List<Scenario> scenarios(Model model, CibResult result) {
        Objects.requireNonNull(result, "result");
        CrossImpactSystem system = cibOf(model);
        sameShape(system, result.system());
        List<Scenario> out = new ArrayList<>();
        for (int k = 0; k < result.scenarios().size(); k++) {
            ScenarioScore s = result.scenarios().get(k);
            out.add(scenario(system, s.scenario(), CIB_PREFIX + (k + 1)).description(String.format(java.util.Locale.ROOT,
                    "Consistent CIB scenario [%s]: consistency value %d, inconsistency %d, total impact score %d.",
                    s.scenario().toOneBased(), s.consistencyValue(), s.inconsistency(), s.totalImpactScore()))
                    .descriptionFi(String.format(java.util.Locale.ROOT,
                            "Johdonmukainen CIB-skenaario [%s]: johdonmukaisuusarvo %d, epäjohdonmukaisuus %d, "
                                    + "kokonaisvaikutus %d.", s.scenario().toOneBased(), s.consistencyValue(),
                            s.inconsistency(), s.totalImpactScore())));
        }
        return List.copyOf(out);
    }

    /**
     * One CIB scenario of {@code system} as a model scenario with id {@code id}: the variants' overrides in
     * descriptor order, the variants' labels joined by ", " as its label.
     *
     * @param system the CIB system
     * @param s      a scenario of it
     * @param id     the model scenario's id
     * @return the scenario
     * @throws IllegalArgumentException when {@code s} does not fit the system
     */
    public static Scenario scenario(CrossImpactSystem system, CibScenario s, String id) {
        system.check(s);
        List<Change> changes = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> fi = new ArrayList<>();
        boolean finnish = false;
        for (int d = 0; d < system.size(); d++) {
            Variant v = system.descriptors().get(d).variants().get(s.variant(d));
            changes.addAll(v.overrides());
            en.add(v.label());
            fi.add(v.label("fi"));
            finnish |= v.labelFi() != null;
        }
        return new Scenario(id, String.join(", ", en), finnish ? String.join(", ", fi) : null, null, null,
                List.of(), changes);
    }

    /**
     * Every configuration listed in {@code space} as a model scenario, with the overrides declared by the states of
     * the model's futures table (matched by factor and state ids).
     *
     * @param model a model with a futures table
     * @param space solutions of that table
     * @return one scenario per configuration
     * @throws IllegalArgumentException when the model has no futures table or {@code space} is of another table
     */
    public static List<Scenario> scenarios(Model model, SolutionSpace space) {
        Objects.requireNonNull(space, "space");
        FuturesTable table = model.futuresTable().orElseThrow(() -> new IllegalArgumentException("the model "
                + model.id() + " has no futures table; declare one under futures_table:"));
        if (!ids(table).equals(ids(space.futuresTable()))) {
            throw new IllegalArgumentException("the solutions are of a futures table with factors and states "
                    + ids(space.futuresTable()) + "; the model's table has " + ids(table));
        }
        List<Scenario> out = new ArrayList<>();
        for (int k = 0; k < space.solutions().size(); k++) {
            Solution s = space.solutions().get(k);
            out.add(scenario(table, s.configuration(), TABLE_PREFIX + (k + 1)).description(
                    "Consistent futures-table configuration [" + s.configuration().toOneBased() + "], score "
                            + s.score() + ".").descriptionFi("Johdonmukainen tulevaisuustaulukon yhdistelmä ["
                    + s.configuration().toOneBased() + "], pisteet " + s.score() + "."));
        }
        return List.copyOf(out);
    }

    /**
     * One configuration of {@code table} as a model scenario with id {@code id}.
     *
     * @param table the futures table
     * @param c     a configuration of it
     * @param id    the model scenario's id
     * @return the scenario
     * @throws IllegalArgumentException when {@code c} does not fit the table
     */
    public static Scenario scenario(FuturesTable table, Configuration c, String id) {
        if (c.size() != table.factors().size()) {
            throw new IllegalArgumentException("configuration " + c + " has " + c.size() + " states; the table has "
                    + table.factors().size() + " factors");
        }
        List<Change> changes = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> fi = new ArrayList<>();
        boolean finnish = false;
        for (int f = 0; f < c.size(); f++) {
            Factor factor = table.factors().get(f);
            if (c.state(f) >= factor.size()) {
                throw new IllegalArgumentException("configuration " + c + ": factor " + factor.id() + " has only "
                        + factor.size() + " states");
            }
            State st = factor.states().get(c.state(f));
            changes.addAll(st.overrides());
            en.add(st.label());
            fi.add(st.label("fi"));
            finnish |= st.labelFi() != null;
        }
        return new Scenario(id, String.join(", ", en), finnish ? String.join(", ", fi) : null, null, null,
                List.of(), changes);
    }

    /**
     * The model with its declared scenarios replaced by its CIB system's consistent scenarios (inconsistency at
     * most {@code tolerance}), bridged.
     *
     * @param model     a model with a CIB system
     * @param tolerance the largest inconsistency admitted, at least 0
     * @return the new model
     * @throws IllegalArgumentException when the model has no CIB system or {@code tolerance < 0}
     */
    public static Model withConsistentScenarios(Model model, int tolerance) {
        CibResult r = Cib.of(cibOf(model)).tolerance(tolerance).consistent();
        return model.withScenarios(scenarios(model, r));
    }

    private static CrossImpactSystem cibOf(Model model) {
        Objects.requireNonNull(model, "model");
        return model.cib().orElseThrow(() -> new IllegalArgumentException("the model " + model.id() + " has no CIB "
                + "system; declare one under cib: (or with Model.builder(...).cib(system))"));
    }

    private static void sameShape(CrossImpactSystem model, CrossImpactSystem analysed) {
        List<String> a = ids(model);
        List<String> b = ids(analysed);
        if (!a.equals(b)) {
            throw new IllegalArgumentException("the result is of a system with descriptors and variants " + b
                    + "; the model's CIB system has " + a + "; bridge a result of the model's own system");
        }
    }

    private static List<String> ids(CrossImpactSystem s) {
        List<String> out = new ArrayList<>();
        for (Descriptor d : s.descriptors()) {
            out.add(d.id() + d.variants().stream().map(Variant::id).toList());
        }
        return out;
    }

    private static List<String> ids(FuturesTable t) {
        List<String> out = new ArrayList<>();
        for (Factor f : t.factors()) {
            out.add(f.id() + f.states().stream().map(State::id).toList());
        }
        return out;
    }
}
