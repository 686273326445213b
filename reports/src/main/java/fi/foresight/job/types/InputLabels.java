package fi.foresight.job.types;

import fi.foresight.analysis.ModelTexts;
import fi.foresight.chart.Text;
import fi.foresight.model.InputId;
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
        if (InputId.parse(input) instanceof InputId.PanelWeight w) {
            return Text.of("Weight, ", "Paino, ").plus(ModelTexts.panel(model, w.panel())).plus(": ")
                    .plus(ModelTexts.driver(model, w.driver()));
        }
        return ModelTexts.driver(model, input);
    }

    /** An outcome column's label, {@code index.panel} as "Index (Panel)". */
    static Text outcome(Model model, String column) {
        return ModelTexts.outcome(model, column);
    }
}
