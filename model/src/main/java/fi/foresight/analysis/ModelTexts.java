package fi.foresight.analysis;

import fi.foresight.chart.Text;
import fi.foresight.model.Model;
import fi.foresight.model.OutcomeColumn;
import fi.foresight.model.Outcome;

/**
 * The model's own words as chart {@link Text}s in both languages: labels of outcomes, drivers, scenarios,
 * levers and panels, with the Finnish from the model's {@code label_fi} and the English as its fall-back, and
 * the id when the model has no such element.
 */
public final class ModelTexts {
    private ModelTexts() {
    }

    /**
     * An outcome column's label; a per-panel column ({@code outcome.panel}) adds the panel's label.
     *
     * @param m      the model
     * @param column the outcome id or column
     * @return the label
     */
    public static Text outcome(Model m, String column) {
        OutcomeColumn c = OutcomeColumn.parse(column);
        Text label = m.outcome(c.outcome()).map(o -> Text.label(o.label(), o.labelFi()))
                .orElse(Text.plain(c.outcome()));
        if (c.perPanel()) {
            label = label.plus(" (").plus(m.panel(c.panel()).map(p -> Text.label(p.label(), p.labelFi()))
                    .orElse(Text.plain(c.panel()))).plus(")");
        }
        return label;
    }

    /**
     * An outcome column's axis title: its label and unit.
     *
     * @param m      the model
     * @param column the outcome id or column
     * @return the axis title
     */
    public static Text outcomeAxis(Model m, String column) {
        String id = OutcomeColumn.parse(column).outcome();
        return Text.axis(outcome(m, column), m.outcome(id).map(Outcome::unit).orElse(null));
    }

    /**
     * A driver's label.
     *
     * @param m  the model
     * @param id the driver id
     * @return the label, or the id
     */
    public static Text driver(Model m, String id) {
        return m.driver(id).map(d -> Text.label(d.label(), d.labelFi())).orElse(Text.plain(id));
    }

    /**
     * A scenario's label.
     *
     * @param m  the model
     * @param id the scenario id
     * @return the label
     */
    public static Text scenario(Model m, String id) {
        var s = m.scenario(id);
        return Text.label(s.label(), s.labelFi());
    }

    /**
     * A lever's label.
     *
     * @param m  the model
     * @param id the lever id
     * @return the label
     */
    public static Text lever(Model m, String id) {
        var l = m.lever(id);
        return Text.label(l.label(), l.labelFi());
    }

    /**
     * A panel's label.
     *
     * @param m  the model
     * @param id the panel id
     * @return the label, or the id
     */
    public static Text panel(Model m, String id) {
        return m.panel(id).map(p -> Text.label(p.label(), p.labelFi())).orElse(Text.plain(id));
    }
}
