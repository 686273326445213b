package fi.foresight.io;

import fi.foresight.data.DataException;
import fi.foresight.data.DataSet;
import fi.foresight.model.WeightsFrom;
import fi.foresight.survey.RatingWeights;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A panel's {@code weights_from: {data: survey, columns: {readiness: imp_readiness, …}, filter: {role:
 * entrepreneur}}}: the importance ratings of the respondents the filter selects, one column per driver, turned into
 * point weights (normalised mean ratings) and a Dirichlet concentration by {@link RatingWeights}.
 */
final class RatingsReader {
    static final List<String> KEYS = List.of("data", "columns", "filter", "uncertainty");
    /** The choices of {@code uncertainty}: of the panel's mean weights (default), or of one member's. */
    static final List<String> UNCERTAINTY = List.of("mean", "members");

    private RatingsReader() {
    }

    /**
     * The ratings and what they give, or null after reporting.
     *
     * @param f          the {@code weights_from} field
     * @param modelPath  the model path of the panel's weights ({@code panels.ID.weights}), to place the model's
     *                   problems with a driver at its column entry
     * @param r          the reading
     * @return the weights' provenance with the ratings, or null
     */
    static Rated read(Field f, String modelPath, Reading r) {
        Map<String, Field> m = r.fields(f, "importance ratings such as {data: survey, columns: {readiness: "
                + "imp_readiness, funding: imp_funding}, filter: {role: entrepreneur}}", KEYS);
        if (m == null) {
            return null;
        }
        Field df = m.get("data");
        Field cf = m.get("columns");
        if (df == null || cf == null) {
            r.missing(f, df == null ? "data" : "columns", df == null
                    ? "the data set the ratings come from, an entry of data:, e.g. data: survey"
                    : "the rating column of each driver, e.g. columns: {readiness: imp_readiness}");
            return null;
        }
        String name = df.node() instanceof Node.Scalar ? r.text(df) : null;
        if (name == null) {
            r.fail(df, "expected the name of an entry of data:, e.g. data: survey, got " + df.node().describe());
            return null;
        }
        if (r.failedData.contains(name)) {
            return null; // its file's problems are reported already
        }
        DataSet set = r.data.get(name).orElse(null);
        if (set == null) {
            r.fail(df, r.data.unknown(name));
            return null;
        }
        Field uf = m.get("uncertainty");
        String uncertainty = uf == null || uf.isNull() ? "mean" : r.text(uf);
        if (uncertainty != null && !UNCERTAINTY.contains(uncertainty)) {
            r.fail(uf, "'" + uncertainty + "' is not an uncertainty of weights from ratings; write mean (of the "
                    + "panel's mean ratings, the default) or members (of one member drawn at random)");
            uncertainty = null;
        }
        var columns = columns(cf, modelPath, set, r);
        Field ff = m.get("filter");
        Map<String, List<String>> filter = ff == null || ff.isNull() ? Map.of() : EmpiricalSource.filter(ff, set, r);
        if (columns == null || filter == null || uncertainty == null) {
            return null;
        }
        int[] who = set.select(filter);
        List<String> drivers = List.copyOf(columns.keySet());
        double[][] ratings = new double[who.length][drivers.size()];
        for (int i = 0; i < drivers.size(); i++) {
            double[] answers;
            try {
                answers = set.numbers(columns.get(drivers.get(i)), who);
            } catch (DataException e) {
                DataSection.report(e, r);
                r.fail(cf, "the ratings in column '" + columns.get(drivers.get(i))
                        + "' of " + set.file() + " are not all numbers on its scale (see the problems of " + set.file()
                        + " listed below)");
                return null;
            }
            for (int k = 0; k < who.length; k++) {
                ratings[k][i] = answers[k];
            }
        }
        RatingWeights w;
        try {
            w = RatingWeights.of(drivers, ratings);
        } catch (IllegalArgumentException e) {
            r.fail(f, e.getMessage() + (filter.isEmpty() ? "" : " (respondents selected by the filter: "
                    + who.length + ")"));
            return null;
        }
        double kappa = uncertainty.equals("members") ? w.memberConcentration() : w.concentration();
        return new Rated(w.weightsByDriver(), new WeightsFrom(name, columns, filter, ratings, w.respondents(), kappa));
    }

    /** Driver → rating column, each column checked against the file; null after reporting. */
    private static Map<String, String> columns(Field cf, String modelPath, DataSet set, Reading r) {
        var entries = r.fields(cf, "a mapping of drivers to rating columns, e.g. {readiness: imp_readiness}", null);
        if (entries == null) {
            return null;
        }
        var out = new LinkedHashMap<String, String>();
        boolean ok = true;
        for (Field e : entries.values()) {
            r.modelPath(modelPath + "." + e.key(), e);
            String column = e.node() instanceof Node.Scalar ? r.text(e) : null;
            if (column == null) {
                r.fail(e, "expected the name of a column of " + set.file() + ", got " + e.node().describe());
                ok = false;
            } else if (!set.hasColumn(column)) {
                r.fail(e, set.unknownColumn(column));
                ok = false;
            } else {
                out.put(e.key(), column);
            }
        }
        if (ok && out.isEmpty()) {
            r.fail(cf, "no drivers; give each driver of the panel its rating column, e.g. {readiness: imp_readiness}");
            return null;
        }
        return ok ? out : null;
    }

    /**
     * Weights from ratings: the normalised mean ratings and where they came from.
     *
     * @param weights     driver → weight
     * @param weightsFrom the provenance, with the ratings and the concentration
     */
    record Rated(Map<String, Double> weights, WeightsFrom weightsFrom) {
    }
}
