package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Consistent scenarios of each ensemble member and, for every scenario consistent for at least one member,
 * which members find it consistent.
 *
 * @param ensemble  the ensemble
 * @param tolerance the inconsistency admitted
 * @param members   one result per member, in member order
 */
public record EnsembleResult(CibEnsemble ensemble, int tolerance, List<CibResult> members) {

    /** Name of the table returned by {@link #table()}. */
    public static final String TABLE = "cib-ensemble";

    /**
     * Checks the parts.
     *
     * @param ensemble  the ensemble
     * @param tolerance the inconsistency admitted
     * @param members   one result per member, in member order
     * @throws NullPointerException     when the ensemble is null
     * @throws IllegalArgumentException when there is not one result per member
     */
    public EnsembleResult {
        Objects.requireNonNull(ensemble, "ensemble");
        members = List.copyOf(members);
        if (members.size() != ensemble.members().size()) {
            throw new IllegalArgumentException(members.size() + " results for " + ensemble.members().size()
                    + " members; give one result per member");
        }
    }

    /**
     * For each scenario consistent for some member (lexicographic), the names of those members in order.
     *
     * @return an unmodifiable, lexicographically sorted map from scenario to the names of the members that find it
     *     consistent
     */
    public Map<CibScenario, List<String>> agreement() {
        TreeMap<CibScenario, List<String>> out = new TreeMap<>();
        for (int k = 0; k < members.size(); k++) {
            String name = ensemble.members().get(k).name();
            for (CibScenario s : members.get(k).list()) {
                out.computeIfAbsent(s, x -> new ArrayList<>()).add(name);
            }
        }
        out.replaceAll((s, names) -> List.copyOf(names));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Number of members that find {@code s} consistent.
     *
     * @param s the scenario
     * @return how many members find {@code s} consistent, 0 to the number of members
     */
    public int support(CibScenario s) {
        return agreement().getOrDefault(s, List.of()).size();
    }

    /**
     * Table {@value #TABLE}: {@code scenario}, {@code variants}, {@code members} (how many find it consistent),
     * {@code share} (of all members), {@code member_names} (joined by ", ").
     *
     * @return the agreement table, one row per scenario consistent for some member
     */
    public Table table() {
        StringColumn scenario = StringColumn.create("scenario");
        StringColumn variants = StringColumn.create("variants");
        IntColumn count = IntColumn.create("members");
        DoubleColumn share = DoubleColumn.create("share");
        StringColumn names = StringColumn.create("member_names");
        CrossImpactSystem ref = ensemble.members().get(0).system();
        agreement().forEach((s, who) -> {
            scenario.append(s.toOneBased());
            variants.append(ref.describe(s, "en"));
            count.append(who.size());
            share.append(who.size() / (double) members.size());
            names.append(String.join(", ", who));
        });
        return Table.create(TABLE, scenario, variants, count, share, names);
    }
}
