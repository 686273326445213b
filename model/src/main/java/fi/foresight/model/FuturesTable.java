package fi.foresight.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A futures table (morphological field, Zwicky): factors as rows, their alternative states as columns, and
 * pairwise cross-consistency judgements. A configuration picks one state per factor; the solution space holds
 * the configurations with no incompatible pair. States can be fixed to see what remains.
 *
 * <pre>{@code
 * FuturesTable t = FuturesTable.builder("energy 2040")
 *         .factor("demand", "low", "high")
 *         .factor("supply", "fossil", "mixed", "renewable")
 *         .incompatible("demand", "high", "supply", "renewable")
 *         .score("demand", "low", "supply", "renewable", 2)
 *         .build();
 * t.count();                              // 5 of the 6 configurations remain
 * t.fix("supply", "renewable").consistent(100);   // with scores: SolutionSpace.of(t)
 * }</pre>
 */
public final class FuturesTable {

    private final String name;
    private final List<Factor> factors;
    private final List<Judgement> judgements;
    private final Map<String, String> fixed;
    final int[] offsets;
    final int totalStates;
    final boolean[] incompatible; // [global state a * totalStates + global state b], symmetric
    final int[] scores;           // same layout, symmetric

    private FuturesTable(String name, List<Factor> factors, List<Judgement> judgements, Map<String, String> fixed) {
        this.name = name == null ? "" : name;
        this.factors = List.copyOf(factors);
        this.judgements = List.copyOf(judgements);
        this.fixed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        if (this.factors.isEmpty()) {
            throw new IllegalArgumentException("a futures table needs at least one factor");
        }
        Set<String> ids = new HashSet<>();
        offsets = new int[this.factors.size() + 1];
        for (int f = 0; f < this.factors.size(); f++) {
            Factor factor = this.factors.get(f);
            if (!ids.add(factor.id())) {
                throw new IllegalArgumentException("factor id \"" + factor.id() + "\" occurs twice; ids must be unique");
            }
            if (factor.size() > 64) {
                throw new IllegalArgumentException("factor " + factor.id() + " has " + factor.size()
                        + " states; at most 64 are supported");
            }
            offsets[f + 1] = offsets[f] + factor.size();
        }
        totalStates = offsets[this.factors.size()];
        incompatible = new boolean[totalStates * totalStates];
        scores = new int[totalStates * totalStates];
        Set<String> judged = new HashSet<>();
        for (Judgement j : this.judgements) {
            int a = global(j.factor(), j.state());
            int b = global(j.otherFactor(), j.otherState());
            if (!judged.add(Math.min(a, b) + ":" + Math.max(a, b))) {
                throw new IllegalArgumentException("the pair " + j.factor() + "=" + j.state() + " / " + j.otherFactor()
                        + "=" + j.otherState() + " is judged twice; give one judgement per pair");
            }
            incompatible[a * totalStates + b] = !j.compatible();
            incompatible[b * totalStates + a] = !j.compatible();
            scores[a * totalStates + b] = j.score();
            scores[b * totalStates + a] = j.score();
        }
        this.fixed.forEach(this::global);
    }

    /**
     * A table from its parts (the form a model loader produces).
     *
     * @param name       the table's name
     * @param factors    the factors, at least one
     * @param judgements the cross-consistency judgements; pairs not listed are compatible with score 0
     * @return the table
     * @throws IllegalArgumentException when there is no factor, a factor id occurs twice or a judgement names an
     *                                  unknown factor or state
     */
    public static FuturesTable of(String name, List<Factor> factors, List<Judgement> judgements) {
        return new FuturesTable(name, factors, judgements, Map.of());
    }

    /**
     * Starts a futures table (morphological field) written in code.
     *
     * <pre>{@code
     * FuturesTable t = FuturesTable.builder("energy futures")
     *     .factor("energy", "fossil", "mixed", "renewable")
     *     .factor("growth", "low", "high")
     *     .incompatible("energy", "fossil", "growth", "high")
     *     .build();
     * }</pre>
     *
     * @param name the table's name
     * @return a builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    private int global(String factorId, String stateId) {
        int f = indexOf(factorId);
        return offsets[f] + factors.get(f).indexOf(stateId);
    }

    /**
     * The table's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The factors (columns of the table), in order.
     *
     * @return the factors
     */
    public List<Factor> factors() {
        return factors;
    }

    /**
     * The cross-consistency judgements given; pairs not listed are compatible with score 0.
     *
     * @return the judgements
     */
    public List<Judgement> judgements() {
        return judgements;
    }

    /**
     * States fixed so far, factor id → state id, in the order they were fixed.
     *
     * @return the fixed states
     */
    public Map<String, String> fixed() {
        return fixed;
    }

    /**
     * 0-based index of the factor with this id.
     *
     * @param factorId a factor id
     * @return its index
     * @throws IllegalArgumentException when there is no such factor
     */
    public int indexOf(String factorId) {
        for (int f = 0; f < factors.size(); f++) {
            if (factors.get(f).id().equals(factorId)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no factor \"" + factorId + "\"; known: "
                + factors.stream().map(Factor::id).toList());
    }

    /**
     * True unless the two states are judged incompatible.
     *
     * @param factor      a factor id
     * @param state       its state id
     * @param otherFactor another factor id
     * @param otherState  its state id
     * @return whether the two states may occur in one future
     * @throws IllegalArgumentException when a factor or state is unknown
     */
    public boolean compatible(String factor, String state, String otherFactor, String otherState) {
        return !incompatible[global(factor, state) * totalStates + global(otherFactor, otherState)];
    }

    /**
     * The same table with {@code factor} fixed to {@code state} (replacing an earlier fix of that factor).
     *
     * @param factor a factor id
     * @param state  one of its state ids
     * @return the new table
     * @throws IllegalArgumentException when the factor or state is unknown
     */
    public FuturesTable fix(String factor, String state) {
        Map<String, String> f = new LinkedHashMap<>(fixed);
        f.put(factor, state);
        return new FuturesTable(name, factors, judgements, f);
    }

    /**
     * The same table with no state fixed.
     *
     * @return the new table
     */
    public FuturesTable unfixed() {
        return new FuturesTable(name, factors, judgements, Map.of());
    }

    /**
     * Number of configurations in the full table (ignoring judgements and fixes).
     *
     * @return the product of the factors' state counts
     */
    public long size() {
        long n = 1;
        for (Factor f : factors) {
            n = Math.multiplyExact(n, f.size());
        }
        return n;
    }

    /** 0-based fixed state of each factor, or −1 where free. */
    int[] fixedIndices() {
        int[] out = new int[factors.size()];
        Arrays.fill(out, -1);
        fixed.forEach((f, s) -> out[indexOf(f)] = factors.get(indexOf(f)).indexOf(s));
        return out;
    }

    /**
     * Number of consistent configurations (no incompatible pair, fixed states respected).
     *
     * @return the number of consistent configurations
     */
    public long count() {
        return new FieldSearch(this).count();
    }

    /**
     * The consistent configurations in lexicographic order, at most {@code limit} of them ({@link #count()} gives
     * their exact number; {@code fi.foresight.futurestable.SolutionSpace.of} lists them with their scores).
     *
     * @param limit the most configurations listed, at least 0
     * @return the configurations, lexicographic
     * @throws IllegalArgumentException when {@code limit < 0}
     */
    public List<Configuration> consistent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit + " < 0");
        }
        return new FieldSearch(this).list(limit);
    }

    /**
     * For each factor (by id), the states that occur in at least one consistent configuration.
     *
     * @return factor id → possible state ids, in order
     */
    public Map<String, List<String>> possibleStates() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        FieldSearch search = new FieldSearch(this);
        for (int f = 0; f < factors.size(); f++) {
            List<String> states = new ArrayList<>();
            for (int s = 0; s < factors.get(f).size(); s++) {
                if (search.exists(f, s)) {
                    states.add(factors.get(f).states().get(s).id());
                }
            }
            out.put(factors.get(f).id(), List.copyOf(states));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Sum of the pair scores of a configuration.
     *
     * @param c a configuration of this table
     * @return the sum of its pair scores
     */
    public int score(Configuration c) {
        int total = 0;
        for (int f = 0; f < factors.size(); f++) {
            for (int g = f + 1; g < factors.size(); g++) {
                total += scores[(offsets[f] + c.state(f)) * totalStates + offsets[g] + c.state(g)];
            }
        }
        return total;
    }

    /**
     * The configuration as factor id → state id, in factor order.
     *
     * @param c a configuration of this table
     * @return factor id → state id
     * @throws IllegalArgumentException when {@code c} does not fit this table
     */
    public Map<String, String> assignment(Configuration c) {
        if (c.size() != factors.size()) {
            throw new IllegalArgumentException("configuration " + c + " has " + c.size() + " states; the table has "
                    + factors.size() + " factors");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int f = 0; f < factors.size(); f++) {
            out.put(factors.get(f).id(), factors.get(f).states().get(c.state(f)).id());
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * State labels of a configuration joined by ", ".
     *
     * @param c        a configuration of this table
     * @param language {@code "fi"} or {@code "en"}
     * @return the labels
     */
    public String describe(Configuration c, String language) {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < factors.size(); f++) {
            sb.append(f == 0 ? "" : ", ").append(factors.get(f).states().get(c.state(f)).label(language));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FuturesTable t && name.equals(t.name) && factors.equals(t.factors)
                && judgements.equals(t.judgements) && fixed.equals(t.fixed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, factors, judgements, fixed);
    }

    @Override
    public String toString() {
        return "FuturesTable[" + name + ", " + factors.size() + " factors, fixed " + fixed + "]";
    }

    /** Fluent construction; pairs left unjudged are compatible with score 0. */
    public static final class Builder {
        private final String name;
        private final List<Factor> factors = new ArrayList<>();
        private final List<Judgement> judgements = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Adds a factor whose labels are its ids.
         *
         * @param id     the factor id
         * @param states its state ids, at least one
         * @return this builder
         * @throws IllegalArgumentException when there is no state or a state occurs twice
         */
        public Builder factor(String id, String... states) {
            factors.add(Factor.of(id, states));
            return this;
        }

        /**
         * Adds a factor.
         *
         * @param f the factor
         * @return this builder
         */
        public Builder factor(Factor f) {
            factors.add(f);
            return this;
        }

        /**
         * Judges two states of different factors incompatible: no future holds both.
         *
         * @param factor      a factor id
         * @param state       its state id
         * @param otherFactor another factor id
         * @param otherState  its state id
         * @return this builder
         * @throws IllegalArgumentException when both factors are the same
         */
        public Builder incompatible(String factor, String state, String otherFactor, String otherState) {
            judgements.add(Judgement.incompatible(factor, state, otherFactor, otherState));
            return this;
        }

        /**
         * Judges two states of different factors compatible with a score for how well they fit together.
         *
         * @param factor      a factor id
         * @param state       its state id
         * @param otherFactor another factor id
         * @param otherState  its state id
         * @param score       the fit, e.g. -2 (poor) to +2 (good)
         * @return this builder
         * @throws IllegalArgumentException when both factors are the same
         */
        public Builder score(String factor, String state, String otherFactor, String otherState, int score) {
            judgements.add(Judgement.scored(factor, state, otherFactor, otherState, score));
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         * @throws IllegalArgumentException when there is no factor, a factor id occurs twice or a judgement names an
         *                                  unknown factor or state
         */
        public FuturesTable build() {
            return FuturesTable.of(name, factors, judgements);
        }
    }
}
