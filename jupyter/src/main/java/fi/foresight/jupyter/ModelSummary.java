package fi.foresight.jupyter;

import fi.foresight.model.Model;
import java.util.List;
import java.util.function.Function;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/** A model in a few lines: its title, and how many (and which) drivers, panels, outcomes, scenarios, levers and sources. */
final class ModelSummary {
    /** Ids listed per kind before "…". */
    private static final int NAMED = 8;

    private ModelSummary() {
    }

    /**
     * The summary as {@code text/html} and {@code text/plain}.
     *
     * @param model the model
     * @return the display data
     */
    static DisplayData of(Model model) {
        List<String[]> rows = List.of(
                row("drivers", model.drivers(), d -> d.id()),
                row("panels", model.panels(), p -> p.id()),
                row("outcomes", model.outcomes(), o -> o.id()),
                row("scenarios", model.scenarios(), s -> s.id()),
                row("levers", model.levers(), l -> l.id()),
                row("sources", List.copyOf(model.sources().keySet()), s -> s));
        StringBuilder text = new StringBuilder("Model ").append(model.id()).append(": ").append(model.title());
        StringBuilder html = new StringBuilder("<div class=\"foresight-model\"><p><b>")
                .append(Html.escape(model.title())).append("</b> (model <code>").append(Html.escape(model.id()))
                .append("</code>)</p>\n<table>\n");
        for (String[] r : rows) {
            text.append("\n  ").append(r[0]).append(": ").append(r[1]).append(r[2].isEmpty() ? "" : "  " + r[2]);
            html.append("<tr><th style=\"text-align:left\">").append(r[0]).append("</th><td style=\"text-align:right\">")
                    .append(r[1]).append("</td><td style=\"text-align:left\">").append(Html.escape(r[2])).append("</td></tr>\n");
        }
        html.append("</table></div>");
        DisplayData data = new DisplayData(text.toString());
        data.putHTML(html.toString());
        return data;
    }

    private static <T> String[] row(String kind, List<T> items, Function<T, String> id) {
        List<String> ids = items.stream().map(id).toList();
        String named = String.join(", ", ids.subList(0, Math.min(NAMED, ids.size())))
                + (ids.size() > NAMED ? ", …" : "");
        return new String[] {kind, Integer.toString(ids.size()), named};
    }
}
