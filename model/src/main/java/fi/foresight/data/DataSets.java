package fi.foresight.data;

import fi.foresight.model.Suggestions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data files of a model by name (its {@code data:} section): what drivers, panels and other readers of the
 * model take their answers from.
 *
 * <pre>{@code
 * DataSets data = ModelFiles.data(Path.of("scenarios/kanta-hame/model.yaml"));
 * double[] forssa = data.answers("survey", "readiness", Map.of("subregion", "forssa"));
 * DataSet survey = data.get("survey").orElseThrow();                         // the whole table
 * }</pre>
 */
public final class DataSets {
    /** No data files. */
    public static final DataSets EMPTY = new DataSets(List.of());

    private final Map<String, DataSet> sets = new LinkedHashMap<>();

    /**
     * @param sets the data sets, each under its own name
     * @throws IllegalArgumentException when two have the same name
     */
    public DataSets(Collection<DataSet> sets) {
        for (DataSet s : sets) {
            if (this.sets.put(s.name(), s) != null) {
                throw new IllegalArgumentException("two data sets are called '" + s.name() + "'");
            }
        }
    }

    /**
     * The data set called {@code name}.
     *
     * @param name its key under {@code data:}
     * @return the data set, or empty
     */
    public Optional<DataSet> get(String name) {
        return Optional.ofNullable(sets.get(name));
    }

    /** @return the names, in the order of the model file */
    public Set<String> names() {
        return java.util.Collections.unmodifiableSet(sets.keySet());
    }

    /** @return the data sets, in the order of the model file */
    public List<DataSet> all() {
        return List.copyOf(sets.values());
    }

    /** @return true when the model names no data file */
    public boolean isEmpty() {
        return sets.isEmpty();
    }

    /**
     * The answers of one column, missing answers left out, of the respondents the filter selects.
     *
     * @param name   the data set
     * @param column its column
     * @param filter column → the value a respondent gave there ({@code Map.of()} for everyone)
     * @return the answers as numbers (labels mapped by the column's scale)
     * @throws IllegalArgumentException for an unknown data set, column or filter value
     * @throws DataException            for answers that are not numbers on the column's scale
     */
    public double[] answers(String name, String column, Map<String, String> filter) {
        return require(name).answers(column, filter);
    }

    /**
     * The data set called {@code name}, or a message naming the data sets there are.
     *
     * @param name its key under {@code data:}
     * @return the data set
     * @throws IllegalArgumentException when there is none
     */
    public DataSet require(String name) {
        DataSet s = sets.get(name);
        if (s == null) {
            throw new IllegalArgumentException(unknown(name));
        }
        return s;
    }

    /**
     * The message for a data set the model does not name.
     *
     * @param name the name as written
     * @return e.g. {@code "no data set 'surve' under data:; did you mean survey?; the data sets are survey"}
     */
    public String unknown(String name) {
        if (sets.isEmpty()) {
            return "no data set '" + name + "': the model has no data: section; name the file there, e.g. "
                    + "data: {survey: {file: data/survey.csv}}";
        }
        return "no data set '" + name + "' under data:" + Suggestions.didYouMean(name, sets.keySet())
                + "; the data sets are " + String.join(", ", sets.keySet());
    }
}
