package fi.foresight.chart;

import java.util.List;
import java.util.Objects;

/**
 * A slope chart of rank displacement: rank 1 at the top, one line per item from its rank in the left column
 * to its rank in the right one; blue when it moves up, vermillion when down, grey when unchanged.
 *
 * @param title  the title
 * @param labels one label per item
 * @param rankA  each item's rank in the left column, 1 = top
 * @param rankB  each item's rank in the right column
 * @param nameA  the left column's header
 * @param nameB  the right column's header
 */
public record SlopeSpec(Text title, List<Text> labels, int[] rankA, int[] rankB, Text nameA, Text nameB)
        implements ChartSpec {
    /**
     * Checks the parts.
     *
     * @param title  the title
     * @param labels the labels
     * @param rankA  the left ranks
     * @param rankB  the right ranks
     * @param nameA  the left header
     * @param nameB  the right header
     */
    public SlopeSpec {
        Objects.requireNonNull(title, "title");
        labels = List.copyOf(labels);
        Checks.sameLength("rankA", rankA.length, "labels", labels.size());
        Checks.sameLength("rankB", rankB.length, "labels", labels.size());
    }

    @Override
    public int height() {
        return Math.max(HEIGHT, 160 + 24 * labels.size());
    }
}
