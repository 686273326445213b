package fi.foresight.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The judgements behind a cross-impact matrix when they come from several people or carry a stated uncertainty:
 * one matrix per expert (each with a whole-number weight) and, per judgement, a spread ± k. A plain value, like
 * {@link CibMatrix}; the analyses are {@code fi.foresight.cib.CibEnsemble} and {@code fi.foresight.cib.JudgementUncertainty}.
 *
 * <pre>{@code
 * CibJudgements j = new CibJudgements(List.of(
 *         new CibJudgements.Expert("anna", 2, annaMatrix),
 *         new CibJudgements.Expert("ben", 1, benMatrix)), Optional.empty());
 * CrossImpactSystem panel = system.withJudgements(j);
 * }</pre>
 *
 * @param experts the experts' matrices, names unique, in the order given (empty: the system's matrix alone)
 * @param spreads per judgement its spread ± k (whole numbers &ge; 0, same shape as the matrix), if stated
 */
public record CibJudgements(List<Expert> experts, Optional<CibMatrix> spreads) {

    /** No experts and no stated spread. */
    public static final CibJudgements NONE = new CibJudgements(List.of(), Optional.empty());

    /** Largest weight of one expert. */
    public static final int MAX_WEIGHT = 1000;

    /**
     * One expert's judgements.
     *
     * @param name   a name unique among the experts
     * @param weight how many times the expert's matrix counts in the ensemble, 1 to {@value #MAX_WEIGHT}
     * @param matrix the expert's cross-impact matrix
     */
    public record Expert(String name, int weight, CibMatrix matrix) {
        /**
         * Checks the parts.
         *
         * @param name   a name unique among the experts
         * @param weight how many times the expert's matrix counts in the ensemble, 1 to {@value #MAX_WEIGHT}
         * @param matrix the expert's cross-impact matrix
         * @throws NullPointerException     when the name or matrix is null
         * @throws IllegalArgumentException when the name is blank or the weight lies outside 1 to {@value #MAX_WEIGHT}
         */
        public Expert {
            Objects.requireNonNull(name, "expert name");
            Objects.requireNonNull(matrix, "matrix of expert " + name);
            if (name.isBlank()) {
                throw new IllegalArgumentException("an expert's name is blank; name each expert, e.g. anna");
            }
            if (weight < 1 || weight > MAX_WEIGHT) {
                throw new IllegalArgumentException("the weight of expert " + name + " is " + weight
                        + "; a weight is a whole number from 1 to " + MAX_WEIGHT);
            }
        }
    }

    /**
     * Checks the parts.
     *
     * @param experts the experts' matrices, names unique, in the order given (empty: the system's matrix alone)
     * @param spreads per judgement its spread ± k (whole numbers &ge; 0, same shape as the matrix), if stated
     * @throws NullPointerException     when a part is null
     * @throws IllegalArgumentException when a name occurs twice, the experts' matrices differ in shape or a spread is
     *                                  negative
     */
    public CibJudgements {
        experts = List.copyOf(experts);
        Objects.requireNonNull(spreads, "spreads (use Optional.empty())");
        Set<String> names = new HashSet<>();
        for (Expert e : experts) {
            if (!names.add(e.name())) {
                throw new IllegalArgumentException("expert \"" + e.name() + "\" occurs twice; names must be unique");
            }
            if (!java.util.Arrays.equals(e.matrix().sizes(), experts.get(0).matrix().sizes())) {
                throw new IllegalArgumentException("expert " + e.name() + " judges variants "
                        + java.util.Arrays.toString(e.matrix().sizes()) + " but expert " + experts.get(0).name()
                        + " judges " + java.util.Arrays.toString(experts.get(0).matrix().sizes())
                        + "; all experts judge the same descriptors and variants");
            }
        }
        spreads.ifPresent(s -> {
            for (int c : s.cells()) {
                if (c < 0) {
                    throw new IllegalArgumentException("a spread is " + c + "; spreads are whole numbers >= 0");
                }
            }
        });
    }

    /**
     * True when there are experts or a stated spread.
     *
     * @return whether anything beyond the system's matrix was given
     */
    public boolean isEmpty() {
        return experts.isEmpty() && spreads.isEmpty();
    }

    /**
     * The sum of the experts' weights (1 when there are no experts: the system's matrix counts once).
     *
     * @return the total weight, at least 1
     */
    public int totalWeight() {
        return experts.isEmpty() ? 1 : experts.stream().mapToInt(Expert::weight).sum();
    }

    /**
     * The weighted sum of the experts' matrices (ScenarioWizard's ensemble matrix).
     *
     * @return the cell-wise sum of weight × matrix over the experts
     * @throws IllegalStateException when there are no experts
     */
    public CibMatrix summed() {
        if (experts.isEmpty()) {
            throw new IllegalStateException("no experts to sum");
        }
        CibMatrix m0 = experts.get(0).matrix();
        int[] cells = new int[m0.cells().length];
        boolean self = false;
        for (Expert e : experts) {
            int[] c = e.matrix().cells();
            for (int k = 0; k < cells.length; k++) {
                cells[k] = Math.addExact(cells[k], Math.multiplyExact(e.weight(), c[k]));
            }
            self |= e.matrix().hasSelfImpacts();
        }
        return CibMatrix.ofCells(m0.variantCounts(), cells, !self);
    }
}
