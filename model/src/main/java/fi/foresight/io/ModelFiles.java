package fi.foresight.io;

import fi.foresight.io.Node.Loc;
import fi.foresight.io.Node.Scalar;
import fi.foresight.model.Model;
import fi.foresight.model.ModelException;
import fi.foresight.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads model files (YAML, or the same structure in JSON) into a validated {@link Model}. Every problem of a
 * file is reported at once, each as {@code file:line:col: field.path: what is wrong; what would be valid}, in a
 * {@link ModelFileException}; never a stack trace. The format is described in {@code docs/model-format.md}.
 *
 * <pre>{@code
 * Model m = ModelFiles.load(Path.of("scenarios/examples/ishigami.yaml"));
 * Model t = ModelFiles.parse("""
 *     model: tiny
 *     variables:
 *       x: {distribution: {type: uniform, min: 0, max: 1}}
 *     outcomes:
 *       y: {expression: "2 * x"}
 *     """, "tiny.yaml");
 * }</pre>
 *
 * <p>Files are data: values become numbers, text, lists and mappings only (no YAML tags that construct
 * objects), and the limits below stop oversize and alias-bomb files before they cost memory.
 */
public final class ModelFiles {
    /** Largest accepted file: 5 MiB ({@link InputFiles#MAX_MODEL_BYTES}). */
    public static final int MAX_BYTES = InputFiles.MAX_MODEL_BYTES;
    /** Deepest accepted nesting of mappings and lists. */
    public static final int MAX_DEPTH = 64;
    /** Most values a file may hold, counting each repetition through a YAML alias. */
    public static final long MAX_VALUES = 1_000_000;
    /** Most problems listed for one file. */
    public static final int MAX_PROBLEMS = 100;

    private ModelFiles() {
    }

    /**
     * Reads and validates the model in {@code file}: JSON when the name ends in {@code .json}, else YAML.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} model file
     * @return the model
     * @throws ModelFileException listing every problem, when the file cannot be read or is not a valid model
     */
    public static Model load(Path file) {
        String name = file.toString();
        return parse(readBytes(file), name);
    }

    /**
     * Reads and validates the model in {@code file} with the data files its {@code data:} section names.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} model file
     * @return the model, its data sets and the bytes of each data file read
     * @throws ModelFileException listing every problem of the model file and its data files
     */
    public static LoadedModel read(Path file) {
        return read(readBytes(file), file.toString());
    }

    /**
     * The data sets of the model in {@code file}: the answers its drivers and panels are built from.
     *
     * <pre>{@code
     * double[] forssa = ModelFiles.data(Path.of("scenarios/kanta-hame/model.yaml"))
     *         .answers("survey", "readiness", Map.of("subregion", "forssa"));
     * }</pre>
     *
     * @param file a model file
     * @return its data sets by name (empty when it has no {@code data:} section)
     * @throws ModelFileException listing every problem of the model file and its data files
     */
    public static fi.foresight.data.DataSets data(Path file) {
        return read(file).data();
    }

    /**
     * The bytes of a model file, read within {@link #MAX_BYTES} (see {@link InputFiles}).
     *
     * @param file the model file
     * @return its bytes
     * @throws ModelFileException when the file is missing, too large or cannot be read
     */
    public static byte[] readBytes(Path file) {
        try {
            return InputFiles.read(file, MAX_BYTES, "model files");
        } catch (InputFiles.TooLarge e) {
            throw new ModelFileException(List.of(new FileProblem(file.toString(), 1, 1, "", e.getMessage())));
        } catch (IOException e) {
            throw whole(file.toString(), InputFiles.reason(e));
        }
    }

    /**
     * Reads a model from the bytes of a file (UTF-8, a byte-order mark is skipped).
     *
     * @param content  the file's bytes, at most {@link #MAX_BYTES}
     * @param fileName the name used in problem lines and to tell JSON ({@code .json}) from YAML
     * @return the model
     * @throws ModelFileException listing every problem, each at its line and column
     */
    public static Model parse(byte[] content, String fileName) {
        return read(content, fileName).model();
    }

    /**
     * Reads a model from the bytes of a file, with the data files it names (see {@link LoadedModel}).
     *
     * @param content  the file's bytes, at most {@link #MAX_BYTES}
     * @param fileName the name used in problem lines, to tell JSON from YAML and to find data files (relative to it)
     * @return the model and its data
     * @throws ModelFileException listing every problem of the model file and its data files
     */
    public static LoadedModel read(byte[] content, String fileName) {
        return read(content, fileName, null);
    }

    /**
     * Reads a model from the bytes of a file, taking the data files it names from {@code dataFiles} rather than from
     * disk: what another machine (a Spark executor) does with a model shipped to it with its data
     * ({@link LoadedModel#dataFiles()}).
     *
     * @param content   the file's bytes, at most {@link #MAX_BYTES}
     * @param fileName  the name used in problem lines and to tell JSON from YAML
     * @param dataFiles path as written in the model → the file's bytes; null to read the files from disk
     * @return the model and its data
     * @throws ModelFileException listing every problem of the model file and its data files
     */
    public static LoadedModel read(byte[] content, String fileName, Map<String, byte[]> dataFiles) {
        if (content.length > MAX_BYTES) {
            throw tooLarge(fileName, content.length);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw whole(fileName, "the file is not UTF-8 text; save it with UTF-8 encoding");
        }
        return read(text, fileName, dataFiles);
    }

    /**
     * Reads a model from text.
     *
     * @param text     the file's text
     * @param fileName the name used in problem lines and to tell JSON ({@code .json}) from YAML; text of a file
     *                 with another extension that starts with '{' is read as JSON
     * @return the model
     * @throws ModelFileException listing every problem, each at its line and column
     */
    public static Model parse(String text, String fileName) {
        return read(text, fileName).model();
    }

    /**
     * Reads a model from text, with the data files it names (see {@link LoadedModel}).
     *
     * @param text     the file's text
     * @param fileName the name used in problem lines, to tell JSON from YAML and to find data files (relative to it)
     * @return the model and its data
     * @throws ModelFileException listing every problem of the model file and its data files
     */
    public static LoadedModel read(String text, String fileName) {
        return read(text, fileName, null);
    }

    private static LoadedModel read(String text, String fileName, Map<String, byte[]> dataFiles) {
        long bytes = utf8Length(text);
        if (bytes > MAX_BYTES) {
            throw tooLarge(fileName, bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean json = isJson(text, fileName);
        var problems = new Problems(fileName);
        var broken = new java.util.HashSet<String>();
        Node root = TreeReader.read(text, json, ModelTreeRules.RULES, problems, broken);
        if (root == null) {
            throw failure(problems);
        }
        TextFields.check(root, problems, broken);
        if (root instanceof Scalar s && s.kind() == Scalar.Kind.NULL) {
            problems.add(root.loc(), "", "the file holds no model; a model needs at least 'model:' and 'variables:'");
            throw failure(problems);
        }
        var reading = new Reading(problems, new Source(text, json), broken);
        reading.suppliedData = dataFiles;
        var draft = new ModelDraft();
        Sections.readAll(new Field("", "", Loc.START, root), reading, draft);
        Model model = null;
        try {
            model = draft.build();
        } catch (ModelException e) {
            for (Problem p : e.problems()) {
                place(p, reading);
            }
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        return new LoadedModel(model, reading.data, reading.dataFiles, reading.notes);
    }

    private static void place(Problem p, Reading r) {
        Reading.Located at = r.locate(p.path());
        if (r.coveredByFailure(at.path())) {
            return;
        }
        if (p.column() > 0 && at.rest().isEmpty()) {
            r.expressionProblem(at.field(), p.column(), p.message());
        } else if (at.path().equals("model")) {
            r.problem(at.field().at(), at.path(), p.message());
        } else {
            // the model's checks are about ids: an unknown name in weights, overrides or targets is its key
            r.problem(at.field().keyLoc(), at.path(), p.message());
        }
    }

    static boolean isJson(String text, String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return true;
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return false;
        }
        return text.stripLeading().startsWith("{");
    }

    private static ModelFileException failure(Problems problems) {
        var sorted = new ArrayList<>(new LinkedHashSet<>(problems.list()));
        sorted.sort(null);
        if (sorted.size() > MAX_PROBLEMS) {
            FileProblem next = sorted.get(MAX_PROBLEMS);
            int more = sorted.size() - MAX_PROBLEMS;
            sorted = new ArrayList<>(sorted.subList(0, MAX_PROBLEMS));
            sorted.add(new FileProblem(next.file(), next.line(), next.column(), "", more + " more problems are not "
                    + "listed; fix the ones above first"));
        }
        sorted.addAll(problems.others());
        return new ModelFileException(sorted);
    }

    private static ModelFileException whole(String file, String message) {
        return new ModelFileException(List.of(new FileProblem(file, 0, 0, "", message)));
    }

    private static ModelFileException tooLarge(String file, long bytes) {
        return new ModelFileException(List.of(new FileProblem(file, 1, 1, "",
                InputFiles.tooLargeMessage(bytes, MAX_BYTES, "model files"))));
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
