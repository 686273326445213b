package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CibScenario;
import java.util.Objects;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The impact balances of every variant under one scenario: θ_jb(s) = Σ_{i≠j} C[(i, s_i), (j, b)], the sum of
 * the impacts the scenario's chosen variants exert on variant b of descriptor j.
 *
 * <pre>{@code
 * ImpactBalances b = Cib.of(system).balances(CibScenario.parse("2 3 2"));
 * b.balance(0, 1);   // θ of variant 2 of descriptor 1
 * b.table();         // Tablesaw table "cib-balances"
 * }</pre>
 */
public final class ImpactBalances {

    /** Name of the table returned by {@link #table()}. */
    public static final String TABLE = "cib-balances";

    private final CrossImpactSystem system;
    private final CibScenario scenario;
    private final int[] theta;

    private ImpactBalances(CrossImpactSystem system, CibScenario scenario, int[] theta) {
        this.system = system;
        this.scenario = scenario;
        this.theta = theta;
    }

    /**
     * Computes the balances of {@code scenario} in {@code system}.
     *
     * @param system   the cross-impact system
     * @param scenario a scenario of it
     * @return the balances
     * @throws IllegalArgumentException when {@code scenario} does not fit the system
     */
    public static ImpactBalances of(CrossImpactSystem system, CibScenario scenario) {
        Objects.requireNonNull(system, "system");
        system.check(scenario);
        return new ImpactBalances(system, scenario, compute(system.matrix(), scenario.raw()));
    }

    static int[] compute(CibMatrix m, int[] s) {
        int total = m.size();
        int[] cells = m.cells();
        int[] theta = new int[total];
        for (int i = 0; i < s.length; i++) {
            int base = (m.offset(i) + s[i]) * total;
            for (int c = 0; c < total; c++) {
                theta[c] += cells[base + c];
            }
        }
        return theta;
    }

    /** Scores from precomputed balances (CV over descriptors with at least two variants; 0 if there is none). */
    static ScenarioScore score(CibMatrix m, CibScenario s, int[] theta) {
        int cv = Integer.MAX_VALUE;
        int ic = 0;
        int tis = 0;
        int[] v = s.raw();
        for (int d = 0; d < v.length; d++) {
            int off = m.offset(d);
            int chosen = theta[off + v[d]];
            tis += chosen;
            int rival = Integer.MIN_VALUE;
            for (int b = 0; b < m.variantCount(d); b++) {
                if (b != v[d]) {
                    rival = Math.max(rival, theta[off + b]);
                }
            }
            if (rival != Integer.MIN_VALUE) {
                cv = Math.min(cv, chosen - rival);
                ic = Math.max(ic, rival - chosen);
            }
        }
        return new ScenarioScore(s, cv == Integer.MAX_VALUE ? 0 : cv, ic, tis);
    }

    /**
     * The cross-impact system.
     *
     * @return the system
     */
    public CrossImpactSystem system() {
        return system;
    }

    /**
     * The scenario whose impact balances these are.
     *
     * @return the scenario
     */
    public CibScenario scenario() {
        return scenario;
    }

    /**
     * θ of variant {@code v} of descriptor {@code d} (0-based).
     *
     * @param d a descriptor index
     * @param v a variant index of it
     * @return the impact balance θ
     */
    public int balance(int d, int v) {
        if (v < 0 || v >= system.matrix().variantCount(d)) {
            throw new IndexOutOfBoundsException("descriptor " + (d + 1) + " has variants 0.."
                    + (system.matrix().variantCount(d) - 1) + "; got " + v);
        }
        return theta[system.matrix().offset(d) + v];
    }

    /**
     * All balances of descriptor {@code d} in variant order.
     *
     * @param d a descriptor index
     * @return the balances
     */
    public int[] balances(int d) {
        int off = system.matrix().offset(d);
        return java.util.Arrays.copyOfRange(theta, off, off + system.matrix().variantCount(d));
    }

    /**
     * The largest balance in descriptor {@code d}.
     *
     * @param d a descriptor index
     * @return the largest balance
     */
    public int max(int d) {
        int best = Integer.MIN_VALUE;
        for (int b : balances(d)) {
            best = Math.max(best, b);
        }
        return best;
    }

    /**
     * CV, IC and TIS of the scenario.
     *
     * @return the score
     */
    public ScenarioScore score() {
        return score(system.matrix(), scenario, theta);
    }

    /**
     * True when every chosen variant has a maximal balance (IC = 0).
     *
     * @return whether the scenario is consistent
     */
    public boolean isConsistent() {
        return score().isConsistent();
    }

    /**
     * Table {@value #TABLE}: one row per variant with columns {@code descriptor, variant, balance, chosen, best}
     * ({@code best}: the balance is maximal in its descriptor).
     *
     * @return a new table
     */
    public Table table() {
        StringColumn desc = StringColumn.create("descriptor");
        StringColumn var = StringColumn.create("variant");
        IntColumn bal = IntColumn.create("balance");
        BooleanColumn chosen = BooleanColumn.create("chosen");
        BooleanColumn best = BooleanColumn.create("best");
        for (int d = 0; d < system.size(); d++) {
            Descriptor descriptor = system.descriptors().get(d);
            int max = max(d);
            for (int v = 0; v < descriptor.size(); v++) {
                desc.append(descriptor.id());
                var.append(descriptor.variants().get(v).label());
                bal.append(balance(d, v));
                chosen.append(scenario.variant(d) == v);
                best.append(balance(d, v) == max);
            }
        }
        return Table.create(TABLE, desc, var, bal, chosen, best);
    }

    @Override
    public String toString() {
        return table().print();
    }
}
