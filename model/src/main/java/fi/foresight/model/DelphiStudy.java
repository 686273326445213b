package fi.foresight.model;

import java.util.List;

/**
 * A Delphi study of the model: the same questions put to the same experts in several rounds, each round a data file
 * of the model's {@code data:} section ({@code delphi: {expert: expert, rounds: [round_1, round_2], questions:
 * {…}}}).
 *
 * @param expert    the data column naming each expert (the same ids in every round)
 * @param questions the questions: data columns answered in every round
 * @param labels    each question's English label (the column name when none is given)
 * @param labelsFi  each question's Finnish label, or null where none is given
 * @param rounds    the rounds in order, each with its data entry's name
 */
public record DelphiStudy(String expert, List<String> questions, List<String> labels, List<String> labelsFi,
                          List<DelphiRound> rounds) {
    /**
     * Checks that there is a label per question and at least one round.
     *
     * @param expert    the expert column
     * @param questions the questions
     * @param labels    English labels, one per question
     * @param labelsFi  Finnish labels (entries may be null), one per question
     * @param rounds    the rounds, at least one
     * @throws IllegalArgumentException when the lists do not match or there is no round
     */
    public DelphiStudy {
        questions = List.copyOf(questions);
        labels = List.copyOf(labels);
        labelsFi = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(labelsFi));
        rounds = List.copyOf(rounds);
        if (labels.size() != questions.size() || labelsFi.size() != questions.size()) {
            throw new IllegalArgumentException("one label per question");
        }
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a Delphi study needs at least one round");
        }
    }
}
