package fi.foresight.analysis;

import java.io.StringWriter;
import java.util.List;
import tech.tablesaw.api.Table;

/** Tables as CSV text, to compare results byte for byte. */
public final class Tables {
    private Tables() {
    }

    /** Every table of the result as CSV (doubles in full precision), separated by their names. */
    public static String csv(List<Table> tables) {
        var all = new StringBuilder();
        for (Table t : tables) {
            var w = new StringWriter();
            t.write().csv(w);
            all.append("## ").append(t.name()).append('\n').append(w);
        }
        return all.toString();
    }

    public static String csv(AnalysisResult result) {
        return csv(result.tables());
    }
}
