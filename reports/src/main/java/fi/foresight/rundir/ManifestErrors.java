package fi.foresight.rundir;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fi.foresight.job.UserText;
import fi.foresight.io.FileProblem;
import java.util.Collection;
import java.util.Map;

/**
 * A run.json that the JSON reader refused, told as {@code file:line:col: field: what is wrong and what would be
 * valid}, in the words of the format rather than of the reader (no Java type names, no reader feature names).
 */
final class ManifestErrors {
    private ManifestErrors() {
    }

    static FileProblem describe(JsonProcessingException e, String file) {
        JsonLocation at = e.getLocation();
        int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
        int column = line == 0 ? 0 : Math.max(1, at.getColumnNr());
        String path = e instanceof JsonMappingException m ? path(m) : "";
        return new FileProblem(file, line, column, path, message(e));
    }

    private static String message(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Trailing token")) {
            return "more text follows the JSON object; a run.json holds exactly one object";
        }
        if (original.startsWith("Duplicate field")) {
            return "a key appears twice in the same object; each key may appear once";
        }
        if (original.startsWith("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers; a run.json holds finite numbers only";
        }
        if (original.startsWith("Unrecognized token")) {
            return "not valid JSON here: an unquoted word where a value belongs, or text after the JSON object";
        }
        if (e instanceof InputCoercionException || original.startsWith("Numeric value")) {
            return "the number is too large for this field";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            if (original.startsWith("No content to map")) {
                return "empty; expected the JSON object of a finished run";
            }
            return "expected " + kind(m.getTargetType());
        }
        if (original.startsWith("No content to map") || original.contains("end-of-input")) {
            return "the JSON ends too early; expected the rest of the object (is the file cut short?)";
        }
        String first = original.lines().findFirst().orElse("").replaceAll("'[^']{20,}'", "'…'");
        if (first.startsWith("Unrecognized token") || first.startsWith("Unexpected character")
                || first.startsWith("Invalid")) {
            int colon = first.indexOf(": ");
            String rest = colon > 0 ? first.substring(colon + 2) : "";
            return "not valid JSON here" + (rest.isEmpty() || UserText.looksInternal(rest) ? "" : " (" + rest + ")");
        }
        return UserText.looksInternal(first) || first.isBlank() ? "not valid JSON here" : "not valid JSON here: " + first;
    }

    /** What a field of this type holds, in the words of JSON. */
    static String kind(Class<?> type) {
        if (type == String.class) {
            return "a text in quotes";
        }
        if (type == long.class || type == int.class || type == Long.class || type == Integer.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || type == Object.class) {
            return type == Object.class ? "a value" : "an object { … }";
        }
        return "another kind of value";
    }

    /** {@code analyses[0].tables[1].columns} from the reader's reference path. */
    private static String path(JsonMappingException e) {
        var sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ManifestCheck.shown(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
