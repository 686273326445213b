package fi.foresight.cib;

import fi.foresight.model.CibJudgements;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.Variant;
import fi.foresight.model.CibMatrix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Several cross-impact matrices for one set of descriptors, e.g. one per expert of a panel. Each member is
 * analysed on its own; the ensemble reports how many members find each scenario consistent, and sums the
 * members' matrices, each counted as often as its weight, into one aggregate system (ScenarioWizard's ensemble
 * matrix; its consistent scenarios are those of the weighted mean matrix).
 *
 * <pre>{@code
 * CibEnsemble panel = CibEnsemble.of(
 *         new CibEnsemble.Member("expert A", systemA),
 *         new CibEnsemble.Member("expert B", systemB, 2));
 * EnsembleResult r = panel.consistent();
 * r.table();                      // "cib-ensemble": members finding each scenario consistent
 * Cib.of(panel.summed()).consistent();
 * CibEnsemble.of(model.cib().orElseThrow());   // the experts of a model's cib: section
 * }</pre>
 *
 * @param members the members, names unique, all with the same descriptors and variants (ids, in order)
 */
public record CibEnsemble(List<Member> members) {

    /**
     * One member of the ensemble.
     *
     * @param name   a name unique in the ensemble
     * @param system the member's system
     * @param weight how many times the member's matrix counts in the sum, 1 to {@value CibJudgements#MAX_WEIGHT}
     */
    public record Member(String name, CrossImpactSystem system, int weight) {
        /**
         * Checks the parts.
         *
         * @param name   a name unique in the ensemble
         * @param system the member's system
         * @param weight how many times the member's matrix counts in the sum, 1 to
         *               {@value CibJudgements#MAX_WEIGHT}
         * @throws NullPointerException     when the name or system is null
         * @throws IllegalArgumentException when the name is blank or the weight is out of range
         */
        public Member {
            Objects.requireNonNull(name, "member name");
            Objects.requireNonNull(system, "system of member " + name);
            if (name.isBlank()) {
                throw new IllegalArgumentException("member name is blank; name each member, e.g. \"expert A\"");
            }
            if (weight < 1 || weight > CibJudgements.MAX_WEIGHT) {
                throw new IllegalArgumentException("member " + name + " has weight " + weight
                        + "; a weight is a whole number from 1 to " + CibJudgements.MAX_WEIGHT);
            }
        }

        /**
         * A member of weight 1.
         *
         * @param name   a name unique in the ensemble
         * @param system the member's system
         * @throws IllegalArgumentException when the name is blank
         */
        public Member(String name, CrossImpactSystem system) {
            this(name, system, 1);
        }
    }

    /**
     * Checks the parts.
     *
     * @param members the members, names unique, all with the same descriptors and variants (ids, in order)
     * @throws IllegalArgumentException when there is no member, a member name occurs twice or the members' systems do
     *                                  not share descriptors and variants
     */
    public CibEnsemble {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        Set<String> names = new HashSet<>();
        CrossImpactSystem first = members.get(0).system();
        for (Member m : members) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("member name \"" + m.name() + "\" occurs twice; names must be unique");
            }
            checkSameShape(first, m);
        }
    }

    private static void checkSameShape(CrossImpactSystem first, Member m) {
        CrossImpactSystem s = m.system();
        if (s.size() != first.size()) {
            throw new IllegalArgumentException("member " + m.name() + " has " + s.size() + " descriptors; the first "
                    + "member has " + first.size() + ". All members must share descriptors and variants");
        }
        for (int d = 0; d < s.size(); d++) {
            Descriptor a = first.descriptors().get(d);
            Descriptor b = s.descriptors().get(d);
            List<String> va = a.variants().stream().map(Variant::id).toList();
            List<String> vb = b.variants().stream().map(Variant::id).toList();
            if (!a.id().equals(b.id()) || !va.equals(vb)) {
                throw new IllegalArgumentException("member " + m.name() + ": descriptor " + (d + 1) + " is " + b.id()
                        + vb + " but the first member has " + a.id() + va + "; all members must share descriptors and "
                        + "variants in the same order");
            }
        }
    }

    /**
     * An ensemble of the judgements of several experts (or groups) on the same descriptors and variants.
     *
     * @param members the members, each a named cross-impact system
     * @return the ensemble
     * @throws IllegalArgumentException when there is no member, a name occurs twice or the members do not share
     *                                  descriptors and variants
     */
    public static CibEnsemble of(Member... members) {
        return new CibEnsemble(List.of(members));
    }

    /**
     * The ensemble of a system's experts ({@link CrossImpactSystem#judgements()}), each with its weight; a system
     * without experts is an ensemble of one member, named after the system (or {@code "judgements"}), whose matrix
     * is the system's.
     *
     * @param system a system, with or without experts
     * @return the ensemble
     */
    public static CibEnsemble of(CrossImpactSystem system) {
        List<Member> out = new ArrayList<>();
        for (CibJudgements.Expert e : system.judgements().experts()) {
            out.add(new Member(e.name(), system.withMatrix(e.matrix()), e.weight()));
        }
        if (out.isEmpty()) {
            out.add(new Member(system.name().isBlank() ? "judgements" : system.name(),
                    system.withMatrix(system.matrix())));
        }
        return new CibEnsemble(out);
    }

    /**
     * The descriptors shared by all members.
     *
     * @return the descriptors of the first member, which every member shares
     */
    public List<Descriptor> descriptors() {
        return members.get(0).system().descriptors();
    }

    /**
     * The sum of the members' weights: how many times the summed matrix counts a judgement.
     *
     * @return the total weight, at least 1
     */
    public int totalWeight() {
        return members.stream().mapToInt(Member::weight).sum();
    }

    /**
     * Consistent scenarios (IC = 0) of every member.
     *
     * @return each member's consistent scenarios and how many members agree on each
     */
    public EnsembleResult consistent() {
        return consistent(0);
    }

    /**
     * Scenarios with IC &le; {@code tolerance} of every member.
     *
     * @param tolerance the largest inconsistency (IC) still accepted, &ge; 0
     * @return each member's scenarios within the tolerance and how many members agree on each
     */
    public EnsembleResult consistent(int tolerance) {
        return consistent(tolerance, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Scenarios with IC &le; {@code tolerance} of every member, searched with {@code threads} threads (the result
     * does not depend on their number).
     *
     * @param tolerance the largest inconsistency (IC) still accepted, &ge; 0
     * @param threads   worker threads, at least 1
     * @return each member's scenarios within the tolerance and how many members agree on each
     */
    public EnsembleResult consistent(int tolerance, int threads) {
        List<CibResult> results = new ArrayList<>();
        for (Member m : members) {
            results.add(Cib.of(m.system()).tolerance(tolerance).threads(threads).consistent());
        }
        return new EnsembleResult(this, tolerance, results);
    }

    /**
     * The aggregate system whose matrix is the cell-wise sum of the members' matrices, each times its weight (the
     * balances of the sum are the weighted sums of the members' balances).
     *
     * @return the system of the shared descriptors with the summed matrix
     */
    public CrossImpactSystem summed() {
        CrossImpactSystem first = members.get(0).system();
        CibMatrix m0 = first.matrix();
        int[] cells = new int[m0.cells().length];
        boolean self = false;
        for (Member m : members) {
            int[] c = m.system().matrix().cells();
            for (int k = 0; k < cells.length; k++) {
                cells[k] = Math.addExact(cells[k], Math.multiplyExact(m.weight(), c[k]));
            }
            self |= m.system().matrix().hasSelfImpacts();
        }
        return new CrossImpactSystem(first.name() + " (sum of " + members.size() + ")", first.descriptors(),
                CibMatrix.ofCells(m0.variantCounts(), cells, !self));
    }
}
