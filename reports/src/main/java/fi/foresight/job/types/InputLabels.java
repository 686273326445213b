package fi.foresight.job.types;

import fi.foresight.analysis.ModelTexts;
import fi.foresight.chart.Text;
import fi.foresight.model.Model;

/**
 * Labels of sensitivity inputs for charts, in English and Finnish: a driver's label, or for a panel's uncertain
 * weight ({@code weight:panel:driver}) "Weight (Panel): Driver". Labels are kept whole; the chart renderer wraps
 * them at word boundaries.
 */
final class InputLabels {
    private InputLabels() {
    }

    static Text of(Model model, String input) {
        if (input.startsWith("weight:")) {
            String[] parts = input.split(":", 3);
            if (parts.length == 3) {
                return Text.of("Weight, ", "Paino, ").plus(ModelTexts.panel(model, parts[1])).plus(": ")
                        .plus(ModelTexts.driver(model, parts[2]));
            }
        }
        return ModelTexts.driver(model, input);
    }

    /** An outcome column's label, {@code index.panel} as "Index (Panel)". */
    static Text outcome(Model model, String column) {
        return ModelTexts.outcome(model, column);
    }

    /** A file-name-safe form of an outcome id ({@code index.entrepreneurs} → {@code index-entrepreneurs}). */
    static String slug(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "outcome" : s;
    }
}
