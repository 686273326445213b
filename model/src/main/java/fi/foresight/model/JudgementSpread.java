package fi.foresight.model;

import java.util.List;
import java.util.Objects;

/**
 * Where the spread ± k of each judgement comes from for a {@code fi.foresight.cib.JudgementUncertainty} analysis of a system:
 * one width for every judged impact ({@link #uniform}), the disagreement of the system's experts
 * ({@link #experts}: half the range of their judgements of each cell, rounded up) or the spreads stated in the
 * model ({@link #stated}).
 *
 * <p>A cell counts as judged when some expert's matrix (or, without experts, the system's matrix) gives it a
 * value other than 0; diagonal blocks (self-impacts) never vary.
 *
 * @param source       {@code uniform}, {@code experts} or {@code stated}
 * @param width        the ± k of {@code uniform} (0 for the others)
 * @param includeZeros for {@code uniform}: also let the cells that no one judged vary
 */
public record JudgementSpread(String source, int width, boolean includeZeros) {

    /** The sources, as job files name them. */
    public static final List<String> SOURCES = List.of("uniform", "experts", "stated");

    /**
     * Checks the parts.
     *
     * @param source       {@code uniform}, {@code experts} or {@code stated}
     * @param width        the ± k of {@code uniform} (0 for the others)
     * @param includeZeros for {@code uniform}: also let the cells that no one judged vary
     * @throws IllegalArgumentException when the source is unknown or the width negative
     */
    public JudgementSpread {
        Objects.requireNonNull(source, "source");
        if (!SOURCES.contains(source)) {
            throw new IllegalArgumentException("spread source '" + source + "'; valid: " + SOURCES);
        }
        if (width < 0) {
            throw new IllegalArgumentException("spread " + width + " < 0; judgements vary by ± a whole number >= 0");
        }
    }

    /**
     * Every judged impact varies by ± {@code k}.
     *
     * @param k            the spread, &ge; 0
     * @param includeZeros also let the cells that no one judged vary
     * @return the spread
     */
    public static JudgementSpread uniform(int k, boolean includeZeros) {
        return new JudgementSpread("uniform", k, includeZeros);
    }

    /**
     * Each impact varies by half the range of the experts' judgements of it, rounded up (0 where they agree).
     *
     * @return the spread
     */
    public static JudgementSpread experts() {
        return new JudgementSpread("experts", 0, false);
    }

    /**
     * The spreads stated with the judgements ({@code spread:} and {@code spreads:} of a model's {@code cib:}).
     *
     * @return the spread
     */
    public static JudgementSpread stated() {
        return new JudgementSpread("stated", 0, false);
    }

    /**
     * The spread of every cell of {@code system}'s matrix.
     *
     * @param system a system, with or without experts and stated spreads
     * @return whole numbers &ge; 0 of the system's shape, 0 in the diagonal blocks
     * @throws IllegalArgumentException for {@code experts} without experts, or {@code stated} without stated spreads
     */
    public CibMatrix of(CrossImpactSystem system) {
        CibMatrix m = system.matrix();
        List<CibJudgements.Expert> experts = system.judgements().experts();
        List<CibMatrix> judged = experts.isEmpty() ? List.of(m) : experts.stream().map(CibJudgements.Expert::matrix)
                .toList();
        int total = m.size();
        int[] cells = new int[total * total];
        switch (source) {
            case "stated" -> {
                CibMatrix s = system.judgements().spreads().orElseThrow(() -> new IllegalArgumentException(
                        "the cib: section states no spread; give spread: or spreads: there, or choose a spread"));
                System.arraycopy(s.cells(), 0, cells, 0, cells.length);
            }
            case "experts" -> {
                if (experts.isEmpty()) {
                    throw new IllegalArgumentException("the cib: section has no experts whose disagreement could "
                            + "give the spread; give experts: there, or choose a spread such as 1");
                }
                for (int k = 0; k < cells.length; k++) {
                    int lo = Integer.MAX_VALUE;
                    int hi = Integer.MIN_VALUE;
                    for (CibMatrix e : judged) {
                        lo = Math.min(lo, e.cells()[k]);
                        hi = Math.max(hi, e.cells()[k]);
                    }
                    cells[k] = (hi - lo + 1) / 2;
                }
            }
            default -> {
                for (int k = 0; k < cells.length; k++) {
                    boolean any = includeZeros;
                    for (CibMatrix e : judged) {
                        any |= e.cells()[k] != 0;
                    }
                    cells[k] = any ? width : 0;
                }
            }
        }
        for (int d = 0; d < m.descriptors(); d++) {
            for (int a = m.offset(d); a < m.offset(d) + m.variantCount(d); a++) {
                for (int b = m.offset(d); b < m.offset(d) + m.variantCount(d); b++) {
                    cells[a * total + b] = 0;
                }
            }
        }
        return CibMatrix.ofCells(m.variantCounts(), cells, true);
    }

    /**
     * How the spread reads in a report, e.g. {@code ± 1}, {@code experts' range} or {@code as stated}.
     *
     * @param language {@code "fi"} or {@code "en"}
     * @return the description
     */
    public String describe(String language) {
        boolean fi = "fi".equals(language);
        return switch (source) {
            case "experts" -> fi ? "puolet asiantuntijoiden arvioiden vaihteluvälistä" : "half the experts' range";
            case "stated" -> fi ? "mallissa annettu" : "as stated in the model";
            default -> "± " + width;
        };
    }
}
