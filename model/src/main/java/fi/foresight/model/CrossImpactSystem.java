package fi.foresight.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cross-impact balance system: descriptors with their variants and the cross-impact matrix over them.
 *
 * <pre>{@code
 * CrossImpactSystem system = CrossImpactSystem.builder("energy")
 *         .descriptor("POL", "strict", "lax")
 *         .descriptor("TECH", "fast", "slow")
 *         .impact("POL", "strict", "TECH", "fast", 2)
 *         .impact("TECH", "fast", "POL", "strict", 1)
 *         .build();
 * Cib.of(system).consistent();
 * }</pre>
 *
 * @param name        a name for reports (may be empty)
 * @param descriptors the descriptors, ids unique
 * @param matrix      the cross-impact matrix; its variant counts must match the descriptors
 * @param judgements  the experts' matrices and the judgements' spreads behind the matrix, if given
 *                    ({@link CibJudgements#NONE} otherwise)
 */
public record CrossImpactSystem(String name, List<Descriptor> descriptors, CibMatrix matrix,
                                CibJudgements judgements) {

    /**
     * Checks that descriptors and matrix agree; a null name becomes empty.
     *
     * @param name        a name for reports (may be empty)
     * @param descriptors the descriptors, ids unique
     * @param matrix      the cross-impact matrix; its variant counts must match the descriptors
     * @param judgements  the experts' matrices and spreads behind the matrix (null: none), each matrix of the
     *                    same shape as {@code matrix}
     * @throws NullPointerException     when the descriptors or matrix are null
     * @throws IllegalArgumentException when a descriptor id occurs twice or the matrix does not have the descriptors'
     *                                  variants
     */
    public CrossImpactSystem {
        name = name == null ? "" : name;
        descriptors = List.copyOf(Objects.requireNonNull(descriptors, "descriptors"));
        Objects.requireNonNull(matrix, "matrix");
        if (descriptors.size() != matrix.descriptors()) {
            throw new IllegalArgumentException("system has " + descriptors.size() + " descriptors but the matrix has "
                    + matrix.descriptors() + "; they must agree");
        }
        Set<String> ids = new HashSet<>();
        for (int d = 0; d < descriptors.size(); d++) {
            Descriptor desc = descriptors.get(d);
            if (!ids.add(desc.id())) {
                throw new IllegalArgumentException("descriptor id \"" + desc.id() + "\" occurs twice; ids must be unique");
            }
            if (desc.size() != matrix.variantCount(d)) {
                throw new IllegalArgumentException("descriptor " + desc.id() + " has " + desc.size()
                        + " variants but the matrix gives it " + matrix.variantCount(d) + "; they must agree");
            }
        }
        judgements = judgements == null ? CibJudgements.NONE : judgements;
        for (CibJudgements.Expert e : judgements.experts()) {
            if (!java.util.Arrays.equals(e.matrix().sizes(), matrix.sizes())) {
                throw new IllegalArgumentException("expert " + e.name() + " judges variants "
                        + java.util.Arrays.toString(e.matrix().sizes()) + " but the descriptors have "
                        + java.util.Arrays.toString(matrix.sizes()) + "; every expert judges the same variants");
            }
        }
        judgements.spreads().ifPresent(s -> {
            if (!java.util.Arrays.equals(s.sizes(), matrix.sizes())) {
                throw new IllegalArgumentException("the spreads have variants " + java.util.Arrays.toString(s.sizes())
                        + " but the descriptors have " + java.util.Arrays.toString(matrix.sizes()));
            }
        });
    }

    /**
     * A system whose matrix stands alone (no experts, no stated spread).
     *
     * @param name        a name for reports (may be empty)
     * @param descriptors the descriptors, ids unique
     * @param matrix      the cross-impact matrix; its variant counts must match the descriptors
     * @throws IllegalArgumentException when a descriptor id occurs twice or the matrix does not have the descriptors'
     *                                  variants
     */
    public CrossImpactSystem(String name, List<Descriptor> descriptors, CibMatrix matrix) {
        this(name, descriptors, matrix, CibJudgements.NONE);
    }

    /**
     * The same descriptors and matrix with the judgements behind it (experts' matrices, spreads).
     *
     * @param j the judgements, each matrix of this system's shape
     * @return the new system
     * @throws IllegalArgumentException when a matrix of {@code j} does not fit the descriptors
     */
    public CrossImpactSystem withJudgements(CibJudgements j) {
        return new CrossImpactSystem(name, descriptors, matrix, j);
    }

    /**
     * Starts a builder for JShell and tests.
     *
     * @param name the system's name
     * @return a builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The same descriptors with another matrix (e.g. another expert's judgements), without experts or spreads.
     *
     * @param other a matrix of the same shape
     * @return the new system
     * @throws IllegalArgumentException when the matrix does not fit the descriptors
     */
    public CrossImpactSystem withMatrix(CibMatrix other) {
        return new CrossImpactSystem(name, descriptors, other);
    }

    /**
     * Number of descriptors.
     *
     * @return the number of descriptors
     */
    public int size() {
        return descriptors.size();
    }

    /**
     * The 0-based index of the descriptor with this id.
     *
     * @param descriptorId a descriptor id
     * @return its index
     * @throws IllegalArgumentException when there is no such descriptor
     */
    public int indexOf(String descriptorId) {
        for (int d = 0; d < descriptors.size(); d++) {
            if (descriptors.get(d).id().equals(descriptorId)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no descriptor \"" + descriptorId + "\"; known: "
                + descriptors.stream().map(Descriptor::id).toList());
    }

    /**
     * A scenario from variant ids, one per descriptor in descriptor order.
     *
     * @param variantIds one variant id per descriptor
     * @return the scenario
     * @throws IllegalArgumentException when the count is wrong or a variant id is unknown
     */
    public CibScenario scenario(String... variantIds) {
        if (variantIds.length != descriptors.size()) {
            throw new IllegalArgumentException("got " + variantIds.length + " variant ids; the system has "
                    + descriptors.size() + " descriptors, give one variant id for each");
        }
        int[] v = new int[variantIds.length];
        for (int d = 0; d < v.length; d++) {
            v[d] = descriptors.get(d).indexOf(variantIds[d]);
        }
        return CibScenario.wrap(v);
    }

    /**
     * Checks that {@code s} names a valid variant for every descriptor of this system.
     *
     * @param s a scenario
     * @return {@code s}
     * @throws IllegalArgumentException when {@code s} does not fit this system
     */
    public CibScenario check(CibScenario s) {
        if (s.size() != descriptors.size()) {
            throw new IllegalArgumentException("scenario " + s + " has " + s.size() + " variants; the system has "
                    + descriptors.size() + " descriptors");
        }
        for (int d = 0; d < s.size(); d++) {
            if (s.variant(d) >= descriptors.get(d).size()) {
                throw new IllegalArgumentException("scenario " + s + ": descriptor " + descriptors.get(d).id()
                        + " has only " + descriptors.get(d).size() + " variants");
            }
        }
        return s;
    }

    /**
     * The scenario as descriptor id → variant id, in descriptor order (for mapping onto model scenarios).
     *
     * @param s a scenario of this system
     * @return descriptor id → variant id
     * @throws IllegalArgumentException when {@code s} does not fit this system
     */
    public java.util.Map<String, String> assignment(CibScenario s) {
        check(s);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int d = 0; d < s.size(); d++) {
            out.put(descriptors.get(d).id(), descriptors.get(d).variants().get(s.variant(d)).id());
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Variant labels of a scenario joined by ", ".
     *
     * @param s        a scenario of this system
     * @param language {@code "fi"} or {@code "en"}
     * @return the labels
     * @throws IllegalArgumentException when {@code s} does not fit this system
     */
    public String describe(CibScenario s, String language) {
        check(s);
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < s.size(); d++) {
            if (d > 0) {
                sb.append(", ");
            }
            sb.append(descriptors.get(d).variants().get(s.variant(d)).label(language));
        }
        return sb.toString();
    }

    /** Fluent construction of small systems; unspecified impacts are 0. */
    public static final class Builder {
        private final String name;
        private final List<Descriptor> descriptors = new ArrayList<>();
        private final List<Impact> impacts = new ArrayList<>();

        private record Impact(String from, String fromVariant, String to, String toVariant, int value) { }

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Adds a descriptor whose variant labels are their ids.
         *
         * @param id         the descriptor id
         * @param variantIds its variant ids, at least one
         * @return this builder
         */
        public Builder descriptor(String id, String... variantIds) {
            descriptors.add(Descriptor.of(id, variantIds));
            return this;
        }

        /**
         * Adds a fully labelled descriptor.
         *
         * @param d the descriptor
         * @return this builder
         */
        public Builder descriptor(Descriptor d) {
            descriptors.add(d);
            return this;
        }

        /**
         * Sets the impact of {@code fromVariant} of {@code from} on {@code toVariant} of {@code to}.
         *
         * @param from        the influencing descriptor id
         * @param fromVariant its variant id
         * @param to          the influenced descriptor id
         * @param toVariant   its variant id
         * @param value       the judged impact, e.g. -3 (strongly hindering) to +3 (strongly promoting)
         * @return this builder
         */
        public Builder impact(String from, String fromVariant, String to, String toVariant, int value) {
            impacts.add(new Impact(from, fromVariant, to, toVariant, value));
            return this;
        }

        /**
         * Builds the system; impacts not given are 0.
         *
         * @return the system
         * @throws IllegalArgumentException when a descriptor or variant named in an impact is unknown, or the system is
         *                                  not valid
         */
        public CrossImpactSystem build() {
            int[] sizes = descriptors.stream().mapToInt(Descriptor::size).toArray();
            int[] offsets = new int[sizes.length];
            int total = 0;
            for (int d = 0; d < sizes.length; d++) {
                offsets[d] = total;
                total += sizes[d];
            }
            CrossImpactSystem shape = new CrossImpactSystem(name, descriptors,
                    CibMatrix.ofCells(sizes, new int[total * total], true));
            int[] cells = new int[total * total];
            for (Impact im : impacts) {
                int i = shape.indexOf(im.from());
                int j = shape.indexOf(im.to());
                int row = offsets[i] + descriptors.get(i).indexOf(im.fromVariant());
                int col = offsets[j] + descriptors.get(j).indexOf(im.toVariant());
                cells[row * total + col] = im.value();
            }
            return new CrossImpactSystem(name, descriptors, CibMatrix.ofCells(sizes, cells, true));
        }
    }
}
