package fi.foresight.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a panel's weights came from when the model reads them from importance ratings
 * ({@code weights_from: {data: survey, columns: {readiness: imp_readiness, …}, filter: {role: entrepreneur}}}):
 * the data entry, the rating column of each driver, the filter of respondents, and the ratings themselves (so that
 * the disagreement behind the weights can be shown).
 *
 * @param data          the entry of the model's {@code data:} section
 * @param columns       driver id → the data column of its importance rating, in the panel's order
 * @param filter        column → the values a respondent must have there to count (empty: everyone)
 * @param ratings       {@code ratings[r][i]}: respondent r's rating for the i-th driver ({@code NaN} = missing)
 * @param respondents   the respondents who rated every driver (complete cases)
 * @param concentration the Dirichlet concentration derived from them (0: certain weights)
 */
public record WeightsFrom(String data, Map<String, String> columns, Map<String, List<String>> filter,
                          double[][] ratings, int respondents, double concentration) {
    /**
     * Copies the maps (keeping their order) and the ratings.
     *
     * @param data          the data entry
     * @param columns       driver → rating column
     * @param filter        column → allowed values
     * @param ratings       respondents × drivers
     * @param respondents   complete cases
     * @param concentration the Dirichlet concentration
     */
    public WeightsFrom {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        var f = new LinkedHashMap<String, List<String>>();
        filter.forEach((k, v) -> f.put(k, List.copyOf(v)));
        filter = Collections.unmodifiableMap(f);
        double[][] copy = new double[ratings.length][];
        for (int r = 0; r < ratings.length; r++) {
            copy[r] = ratings[r].clone();
        }
        ratings = copy;
    }
}
