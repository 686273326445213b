package fi.foresight.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * What one kind of file (model files, job files) allows and how {@link TreeReader} words its problems. The reader
 * walks every file the same way; the limits, the parser's own settings and the sentences differ by kind, and they
 * are all here. The model's rules are {@code ModelTreeRules} in this package, the job's {@code JobTreeRules} in
 * {@code fi.foresight.job}.
 *
 * <pre>{@code
 * Node root = TreeReader.read(text, false, rules, problems, new HashSet<>());
 * }</pre>
 */
public interface TreeRules {

    /**
     * The kind of file in the plural, for messages such as "tags are not used in model files".
     *
     * @return e.g. {@code model files}
     */
    String files();

    /**
     * Deepest nesting allowed (the root is at depth 0).
     *
     * @return the most levels of values inside values
     */
    int maxDepth();

    /**
     * Most values (scalars, lists and mappings; a value repeated through an alias counts each time) a file may hold.
     *
     * @return the limit on values
     */
    long maxValues();

    /**
     * A token parser over the text, with this kind's limits on the parser itself (nesting, aliases, sizes).
     *
     * @param text the file's text
     * @param json true to read JSON, false for YAML
     * @return a new parser
     * @throws IOException when the parser cannot be created
     */
    JsonParser parser(String text, boolean json) throws IOException;

    /**
     * Whether reading stops at the first problem. A file that stops there has problems of its text only, so they are
     * reported without a path.
     *
     * @return true to stop at the first problem (job files), false to report every problem of the file
     */
    boolean firstProblemOnly();

    /**
     * Whether each key and text is checked with {@link PlainText#keyProblem} and {@link PlainText#textProblem} as it
     * is read (otherwise the reader of the file checks them after).
     *
     * @return true to check keys and texts while reading
     */
    boolean checksTextAsRead();

    /**
     * Whether YAML's other number forms ({@code .inf}, {@code .nan}, hexadecimal, octal) are numbers. When not, a
     * number is what {@link Double#parseDouble} reads (with {@code _} between digits), any other text stays text,
     * and a number of more than 100 characters is refused with {@link #longNumber}.
     *
     * @return true to read every form the YAML parser reads as a number
     */
    boolean yamlNumbers();

    /**
     * Whether a quoted empty text ({@code ''}) stays text; otherwise it is nothing, like an empty value.
     *
     * @return true to keep {@code ''} as an empty text
     */
    boolean quotedEmptyIsText();

    /**
     * The problem of an empty file.
     *
     * @return the message, or null when an empty file is read as nothing (a null root)
     */
    String emptyFile();

    /**
     * The problem of a second YAML document (or stray text) after the first.
     *
     * @return the message
     */
    String secondDocument();

    /**
     * The problem of values nested deeper than {@link #maxDepth()}.
     *
     * @return the message
     */
    String tooDeep();

    /**
     * The problem of a file with more than {@link #maxValues()} values.
     *
     * @return the message
     */
    String tooManyValues();

    /**
     * The problem of an alias used as a key.
     *
     * @param alias the alias's name
     * @return the message, or null when such keys are read as plain keys
     */
    String aliasAsKey(String alias);

    /**
     * The problem of a key written twice in one mapping.
     *
     * @param key       the key
     * @param firstLine the line of its first occurrence
     * @return the message
     */
    String duplicateKey(String key, int firstLine);

    /**
     * The problem of an alias with no anchor before it.
     *
     * @param name the alias's name
     * @return the message
     */
    String unknownAlias(String name);

    /**
     * The problem of a binary or other special value.
     *
     * @return the message
     */
    String specialValue();

    /**
     * The problem of a number of more than 100 characters (when not {@link #yamlNumbers()}).
     *
     * @param length the number's length in characters
     * @return the message
     */
    String longNumber(int length);

    /**
     * Records the problem of a text the parser could not read (a syntax error, a parser limit, a read failure).
     *
     * @param e        what the parser threw: a Jackson {@code JsonProcessingException}, a SnakeYAML
     *                 {@code YAMLException} or another {@link IOException}
     * @param text     the file's text (to place problems the parser gives no position)
     * @param json     true when the text was read as JSON
     * @param problems where to record it
     */
    void syntaxError(Exception e, String text, boolean json, Problems problems);
}
