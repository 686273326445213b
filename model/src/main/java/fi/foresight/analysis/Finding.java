package fi.foresight.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One key finding of an analysis in language-neutral form: a message key (e.g.
 * {@code montecarlo.target_probability}) and named arguments (numbers, ids, labels). The report looks up the key in
 * its English and Finnish resource bundles and fills in the arguments; notebooks can print {@link #toString()}.
 *
 * @param key       resource-bundle key, {@code <kind>.<what>}
 * @param arguments named values in a stable order
 * @param rank      importance for the summary page: lower comes first
 */
public record Finding(String key, Map<String, Object> arguments, int rank) {
    /**
     * Copies the arguments, keeping their order; null arguments become none.
     *
     * @param key       resource-bundle key, {@code <kind>.<what>}
     * @param arguments named values in a stable order
     * @param rank      importance for the summary page: lower comes first
     * @throws NullPointerException when the key is null
     */
    public Finding {
        Objects.requireNonNull(key, "key");
        arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments == null ? Map.of() : arguments));
    }
}
