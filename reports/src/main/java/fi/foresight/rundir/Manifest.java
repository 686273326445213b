package fi.foresight.rundir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fi.foresight.io.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code run.json}: what was run, on what, with which seed and versions, when, how long it took, and what each
 * analysis produced (tables with their column types, charts, findings). Other tools rely on it; the format is
 * named by {@link #FORMAT} and only grows.
 *
 * @param format    {@value #FORMAT}
 * @param job       the job file
 * @param model     the model file (for an inline model: the job file)
 * @param seed      the job's seed
 * @param threads   worker threads
 * @param samples   the job's default sample count
 * @param scenarios scenario ids covered
 * @param levers    lever ids covered
 * @param languages report languages, the first writing report.html
 * @param outputs   formats written
 * @param versions  foresight, java and os versions
 * @param started   ISO-8601 instant the run started
 * @param finished  ISO-8601 instant the run finished
 * @param millis    wall time of the whole run
 * @param analyses  one entry per analysis, in job order
 * @param files     the data files of the run (tables, charts, inputs) with their sizes and SHA-256
 * @param data      the model's data files ({@code data:} section), each with its copy under {@code inputs/} and its
 *                  SHA-256; null (left out of run.json) when the model names none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(String format, Source job, Source model, long seed, int threads, int samples,
                       List<String> scenarios, List<String> levers, List<String> languages, List<String> outputs,
                       Map<String, String> versions, String started, String finished, long millis,
                       List<Analysis> analyses, List<FileEntry> files, List<Source> data) {
    public static final String FORMAT = "foresight-run/1";

    /**
     * A source file.
     *
     * @param id     job or model id
     * @param title  human title, or null
     * @param description a short introduction (the job's {@code description:}), or null
     * @param path   the file as given, or null when made by a command (for a model: null when inline)
     * @param copy   its copy in the run directory ({@code inputs/job.yaml}, {@code inputs/model.yaml})
     * @param sha256 hex SHA-256 of its bytes
     * @param titleFi the Finnish title (the job's {@code title_fi}), or null
     * @param descriptionFi the Finnish introduction (the job's {@code description_fi}), or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(String id, String title, String description, String path, String copy, String sha256,
                         String titleFi, String descriptionFi) {
    }

    /**
     * One analysis of the run.
     *
     * @param type     its type ({@code montecarlo}, …)
     * @param settings its options as resolved
     * @param millis   wall time
     * @param tables   its tables
     * @param charts   its charts
     * @param findings its key findings, language-neutral
     * @param offPages the names of its tables and charts that the report keeps off its pages, as the analysis's
     *                 result chose ({@code tableOnPages}, {@code chartOnPages}); left out of run.json when empty
     *                 (a run.json written before the field existed reads as empty: the report shows everything)
     */
    public record Analysis(String type, Map<String, Object> settings, long millis, List<TableEntry> tables,
                           List<ChartEntry> charts, List<FindingEntry> findings,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> offPages) {
        /** A missing {@code offPages} is an empty one. */
        public Analysis {
            offPages = offPages == null ? List.of() : List.copyOf(offPages);
        }

        /**
         * An analysis whose tables and charts are all on the report's pages.
         *
         * @param type     its type ({@code montecarlo}, …)
         * @param settings its options as resolved
         * @param millis   wall time
         * @param tables   its tables
         * @param charts   its charts
         * @param findings its key findings, language-neutral
         */
        public Analysis(String type, Map<String, Object> settings, long millis, List<TableEntry> tables,
                        List<ChartEntry> charts, List<FindingEntry> findings) {
            this(type, settings, millis, tables, charts, findings, List.of());
        }

        /**
         * Whether the report shows a table or chart of this analysis on its pages.
         *
         * @param name a table's or chart's name as run.json lists it
         * @return false when the analysis kept it off the pages
         */
        public boolean onPages(String name) {
            return !offPages.contains(name);
        }
    }

    /** A table: its name (the CSV file stem), file, row count and columns. */
    public record TableEntry(String name, String file, int rows, List<Column> columns) {
    }

    /** A column's name and type ({@code DOUBLE}, {@code INTEGER}, {@code LONG}, {@code SHORT}, {@code BOOLEAN}, {@code STRING}). */
    public record Column(String name, String type) {
    }

    /** A chart: its name (the file stem under charts/), its title and its files. */
    public record ChartEntry(String name, String title, List<String> files) {
    }

    /** A finding: message key, named arguments and rank (lower first). */
    public record FindingEntry(String key, Map<String, Object> arguments, int rank) {
    }

    /** A file of the run, relative to the run directory. */
    public record FileEntry(String path, long bytes, String sha256) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** Strict about what a run.json may be: one object, no key twice. */
    private static final ObjectMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The manifest as pretty-printed JSON. */
    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write run.json: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a run.json of format {@value #FORMAT}, within the size limit of input files; a malformed one (not JSON,
     * text after the object, a key twice, a value of the wrong kind, another format) is an
     * {@link IllegalArgumentException} whose message names the file, the place and the field, one problem a line.
     */
    public static Manifest read(Path file) {
        Manifest m;
        try {
            byte[] bytes = InputFiles.read(file, InputFiles.MAX_MODEL_BYTES, "run manifests (run.json)");
            m = READER.readValue(bytes, Manifest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(ManifestErrors.describe(e, file.toString()).toString());
        } catch (InputFiles.TooLarge e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + InputFiles.reason(e), e);
        }
        if (m == null) {
            throw new IllegalArgumentException(file + ": empty; expected the JSON object of a finished run");
        }
        refuse(ManifestCheck.problems(m, file.toString(), false));
        return m;
    }

    /**
     * As {@link #read(Path)}, and every field a report uses must be present and of the right kind (for
     * {@code foresight report}); each problem names the file and the field, e.g. {@code analyses[0].tables}.
     */
    public static Manifest readComplete(Path file) {
        Manifest m = read(file);
        refuse(ManifestCheck.problems(m, file.toString(), true));
        return m;
    }

    private static void refuse(List<fi.foresight.io.FileProblem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems.stream().map(Object::toString).toList()));
        }
    }

    /** A copy with {@code finished}, {@code millis} and {@code files} filled in. */
    public Manifest finish(String finished, long millis, List<FileEntry> files) {
        return new Manifest(format, job, model, seed, threads, samples, scenarios, levers, languages, outputs, versions,
                started, finished, millis, analyses, files, data);
    }
}
