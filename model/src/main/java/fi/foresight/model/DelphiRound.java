package fi.foresight.model;

import java.util.HashSet;
import java.util.List;

/**
 * One round of a Delphi study: who answered and what, for the same questions in every round.
 *
 * @param name    the round's name (e.g. the data entry it was read from, {@code round_1})
 * @param experts the experts' ids, one per row; the same expert has the same id in every round
 * @param answers {@code answers[e][q]}: expert e's answer to question q, {@code NaN} when missing
 */
public record DelphiRound(String name, List<String> experts, double[][] answers) {
    /**
     * Checks that there is one row of answers per expert, ids are unique and rows have equal length.
     *
     * @param name    the round's name
     * @param experts the experts' ids, one per row
     * @param answers {@code answers[e][q]}, {@code NaN} when missing
     * @throws IllegalArgumentException when the rows and ids do not match or an id repeats
     */
    public DelphiRound {
        experts = List.copyOf(experts);
        if (experts.size() != answers.length) {
            throw new IllegalArgumentException("round " + name + ": " + experts.size() + " experts but "
                    + answers.length + " rows of answers");
        }
        if (new HashSet<>(experts).size() != experts.size()) {
            throw new IllegalArgumentException("round " + name + ": an expert id appears twice");
        }
        double[][] copy = new double[answers.length][];
        for (int e = 0; e < answers.length; e++) {
            if (answers[e].length != answers[0].length) {
                throw new IllegalArgumentException("round " + name + ": rows of answers differ in length");
            }
            copy[e] = answers[e].clone();
        }
        answers = copy;
    }

    /**
     * The answers to one question, one per expert in {@link #experts()} order.
     *
     * @param question the question's column index
     * @return the answers ({@code NaN} = missing)
     */
    public double[] column(int question) {
        double[] out = new double[answers.length];
        for (int e = 0; e < answers.length; e++) {
            out[e] = answers[e][question];
        }
        return out;
    }
}
