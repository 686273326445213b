package fi.foresight.cib;

import fi.foresight.model.CibScenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Succession basins: for each attractor (fixed point or cycle), the number of start scenarios whose global
 * succession ends in it. Either an exhaustive scan of the whole scenario space or a seeded Monte Carlo sample
 * of start scenarios.
 *
 * <pre>{@code
 * Basins b = Cib.of(system).basins();                        // every start scenario
 * Basins mc = Cib.of(system).basins(100_000, 42L);           // 100,000 random starts, seed 42
 * b.starts(CibScenario.parse("2 3 2"));                      // basin size of a fixed point
 * }</pre>
 *
 * @param basins     attractors with their start counts, ordered by attractor (lexicographic)
 * @param starts     number of start scenarios examined
 * @param exhaustive true for a full scan of the space, false for Monte Carlo
 * @param seed       the Monte Carlo seed (0 for a full scan)
 */
public record Basins(List<Basin> basins, long starts, boolean exhaustive, long seed) {

    /** Name of the table returned by {@link #table()}. */
    public static final String TABLE = "cib-basins";

    /**
     * One attractor and how many start scenarios lead to it.
     *
     * @param attractor the fixed point or cycle
     * @param starts    number of start scenarios whose succession ends in it
     */
    public record Basin(Attractor attractor, long starts) {
        /**
         * Checks the parts.
         *
         * @param attractor the fixed point or cycle
         * @param starts    number of start scenarios whose succession ends in it
         * @throws NullPointerException     when the attractor is null
         * @throws IllegalArgumentException when {@code starts < 0}
         */
        public Basin {
            Objects.requireNonNull(attractor, "attractor");
            if (starts < 0) {
                throw new IllegalArgumentException("starts = " + starts + "; a count is >= 0");
            }
        }
    }

    /**
     * Checks the parts.
     *
     * @param basins     attractors with their start counts, ordered by attractor (lexicographic)
     * @param starts     number of start scenarios examined
     * @param exhaustive true for a full scan of the space, false for Monte Carlo
     * @param seed       the Monte Carlo seed (0 for a full scan)
     * @throws IllegalArgumentException when the basin counts do not add up to {@code starts}
     */
    public Basins {
        basins = List.copyOf(basins);
        long sum = basins.stream().mapToLong(Basin::starts).sum();
        if (sum != starts) {
            throw new IllegalArgumentException("basin counts sum to " + sum + " but " + starts
                    + " starts were examined; every start ends in exactly one attractor");
        }
    }

    static Basins from(BasinScan.Raw raw, SuccessionEngine engine, boolean exhaustive, long seed) {
        List<Basin> list = new ArrayList<>();
        for (Map.Entry<Long, Long> e : raw.counts().entrySet()) {
            long[] codes = raw.attractors().get(e.getKey());
            List<CibScenario> scenarios = new ArrayList<>();
            for (long c : codes) {
                int[] s = new int[engine.n];
                engine.decode(c, s);
                scenarios.add(CibScenario.wrap(s));
            }
            list.add(new Basin(new Attractor(scenarios), e.getValue()));
        }
        Collections.sort(list, (a, b) -> a.attractor().compareTo(b.attractor()));
        return new Basins(list, raw.starts(), exhaustive, seed);
    }

    /**
     * The basin size of a fixed point, if it is one of the attractors.
     *
     * @param fixedPoint the scenario to look up
     * @return the number of starts that end in {@code fixedPoint}, or empty when it is not an attractor
     */
    public OptionalLong starts(CibScenario fixedPoint) {
        for (Basin b : basins) {
            if (b.attractor().isFixedPoint() && b.attractor().first().equals(fixedPoint)) {
                return OptionalLong.of(b.starts());
            }
        }
        return OptionalLong.empty();
    }

    /**
     * The fixed points only.
     *
     * @return the basins whose attractor is a fixed point, in attractor order
     */
    public List<Basin> fixedPoints() {
        return basins.stream().filter(b -> b.attractor().isFixedPoint()).toList();
    }

    /**
     * The cycles only.
     *
     * @return the basins whose attractor is a cycle, in attractor order
     */
    public List<Basin> cycles() {
        return basins.stream().filter(b -> b.attractor().isCycle()).toList();
    }

    /**
     * Number of starts whose succession ends in a cycle.
     *
     * @return the number of starts that end in a cycle (0 when every start reaches a fixed point)
     */
    public long cyclingStarts() {
        return cycles().stream().mapToLong(Basin::starts).sum();
    }

    /**
     * Table {@value #TABLE}: {@code attractor} (1-based scenarios, a cycle's members joined by " -> "),
     * {@code kind} ("fixed point" or "cycle"), {@code length}, {@code starts}, {@code share} (of all starts).
     *
     * @return the basins table, one row per attractor
     */
    public Table table() {
        StringColumn attractor = StringColumn.create("attractor");
        StringColumn kind = StringColumn.create("kind");
        IntColumn length = IntColumn.create("length");
        LongColumn count = LongColumn.create("starts");
        DoubleColumn share = DoubleColumn.create("share");
        for (Basin b : basins) {
            attractor.append(String.join(" -> ", b.attractor().scenarios().stream().map(CibScenario::toOneBased)
                    .toList()));
            kind.append(b.attractor().isFixedPoint() ? "fixed point" : "cycle");
            length.append(b.attractor().scenarios().size());
            count.append(b.starts());
            share.append(starts == 0 ? 0.0 : (double) b.starts() / starts);
        }
        return Table.create(TABLE, attractor, kind, length, count, share);
    }
}
