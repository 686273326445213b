package fi.foresight.model;

import java.util.List;

/** What the model computes from the drivers: a weighted index or an expression. */
public sealed interface Outcome permits WeightedIndex, ExpressionOutcome {
    String id();

    String label();

    String labelFi();

    String unit();

    List<String> sources();
}
