package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.Variant;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CibScenario;
import fi.foresight.io.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes ScenarioWizard files: project files ({@code .scw}, version 4.0 layout) holding descriptors,
 * variants and the cross-impact matrix, and solution files ({@code .sl}) listing consistent scenarios.
 *
 * <pre>{@code
 * CrossImpactSystem system = ScenarioWizard.read(Path.of("CIB_global.scw"));
 * List<ScenarioWizardSolution> published = ScenarioWizard.readSolutions(Path.of("CIB_global.sl"));
 * ScenarioWizard.write(system, Path.of("copy.scw"));
 * }</pre>
 *
 * <p>Only the system is read: descriptions, colours and comments in the file are skipped, and
 * {@link #write} writes them blank. Descriptor and variant names in the file become ids and English labels;
 * writing uses the ids, so a written system reads back equal.
 * The files are parsed as plain data; problems are reported with the file name and line number.
 */
public final class ScenarioWizard {

    private static final Pattern SOLUTION = Pattern.compile(
            "\"([\\s\\d]+)\"\\s*,\\s*([^,]+?)\\s*,\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*,.*");

    private ScenarioWizard() {
    }

    /**
     * Reads a {@code .scw} project file (self-impacts in diagonal blocks are kept, see {@link #load}).
     *
     * @param path a {@code .scw} file
     * @return the system
     * @throws IOException              when the file cannot be read or is too large
     * @throws IllegalArgumentException when the text is not a valid project file (the message gives the line)
     */
    public static CrossImpactSystem read(Path path) throws IOException {
        return load(path).system();
    }

    /**
     * Reads a {@code .scw} project file and reports unusual content: ScenarioWizard lets a descriptor's block on
     * itself hold values (self-impacts) and adds them to the impact balances; they are kept, so that results
     * match ScenarioWizard's, and each such cell is listed as a warning.
     *
     * @param path a {@code .scw} file
     * @return the system and the warnings
     * @throws IOException              when the file cannot be read or is too large
     * @throws IllegalArgumentException when the text is not a valid project file (the message gives the line)
     */
    public static Loaded load(Path path) throws IOException {
        return parse(InputFiles.read(path, InputFiles.MAX_MODEL_BYTES, "ScenarioWizard files"), path.toString());
    }

    /**
     * Parses the bytes of a {@code .scw} project file: UTF-8 text, a byte-order mark skipped. Bytes that are not
     * UTF-8 are reported with their line, column and byte offset.
     *
     * @param bytes  the file's bytes
     * @param source the file's name, for messages
     * @return the system and the warnings
     * @throws IllegalArgumentException when the text is not a valid project file (the message gives the line)
     */
    public static Loaded parse(byte[] bytes, String source) {
        return parse(ScwText.decode(bytes, source), source);
    }

    /**
     * Parses the text of a {@code .scw} project file; {@code source} names it in messages.
     *
     * @param text   the file's text
     * @param source the file's name, for messages
     * @return the system and the warnings
     * @throws IllegalArgumentException when the text is not a valid project file (the message gives the line)
     */
    public static Loaded parse(String text, String source) {
        ScwParser parser = new ScwParser(ScwText.withoutBom(text), source);
        CrossImpactSystem system = parser.parse();
        return new Loaded(system, parser.warnings());
    }

    /**
     * A system read from a project file with the warnings of reading it.
     *
     * @param system   the cross-impact system
     * @param warnings "file:line: message" lines about self-impacts; empty when there are none
     */
    public record Loaded(CrossImpactSystem system, List<String> warnings) {
        /**
         * Checks the parts.
         *
         * @param system   the cross-impact system
         * @param warnings "file:line: message" lines about self-impacts; empty when there are none
         * @throws NullPointerException when the system is null
         */
        public Loaded {
            java.util.Objects.requireNonNull(system, "system");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads a {@code .sl} solution file.
     *
     * @param path a {@code .sl} file
     * @return the solutions, in file order
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when the text is not a valid solution file (the message gives the line)
     */
    public static List<ScenarioWizardSolution> readSolutions(Path path) throws IOException {
        byte[] bytes = InputFiles.read(path, InputFiles.MAX_MODEL_BYTES, "ScenarioWizard files");
        return parseSolutions(ScwText.decode(bytes, path.toString()), path.toString());
    }

    /**
     * Parses the text of a {@code .sl} solution file.
     *
     * @param text   the file's text
     * @param source the file's name, for messages
     * @return the solutions, in file order
     * @throws IllegalArgumentException when the text is not a valid solution file (the message gives the line)
     */
    public static List<ScenarioWizardSolution> parseSolutions(String text, String source) {
        String[] lines = ScwText.withoutBom(text).split("\\R", -1);
        if (lines.length < 3 || !lines[0].startsWith("$ ScenarioWizard")) {
            throw new IllegalArgumentException(source + ":1: not a ScenarioWizard solution file; it must start with "
                    + "\"$ ScenarioWizard\"");
        }
        int declared;
        try {
            declared = Integer.parseInt(lines[2].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ":3: expected the number of solutions, got \"" + lines[2] + "\"");
        }
        List<ScenarioWizardSolution> out = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            Matcher mm = SOLUTION.matcher(line);
            if (!mm.matches()) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected \"v1 v2 ...\",N,CV,IC,TIS,\"\""
                        + " but got: " + line);
            }
            double count;
            try {
                count = Double.parseDouble(mm.group(2));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": N \"" + mm.group(2) + "\" is not a number");
            }
            try {
                out.add(new ScenarioWizardSolution(CibScenario.parse(mm.group(1)), count,
                        Integer.parseInt(mm.group(3)), Integer.parseInt(mm.group(4)), Integer.parseInt(mm.group(5))));
            } catch (IllegalArgumentException e) { // includes NumberFormatException for out-of-range integers
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (out.size() != declared) {
            throw new IllegalArgumentException(source + ": declares " + declared + " solutions but lists " + out.size());
        }
        return out;
    }

    /**
     * Writes {@code system} as a ScenarioWizard 4.0 project file.
     *
     * @param system the system
     * @param path   the file to write
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void write(CrossImpactSystem system, Path path) {
        try {
            Files.writeString(path, format(system), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /**
     * The text of a ScenarioWizard 4.0 project file for {@code system} (blank descriptions and comments).
     *
     * @param system the system
     * @return the file's text
     */
    public static String format(CrossImpactSystem system) {
        StringBuilder sb = new StringBuilder();
        sb.append("$ ScenarioWizard 4.0\n").append(singleLine(system.name())).append('\n');
        for (Descriptor d : system.descriptors()) {
            sb.append('&').append(singleLine(d.id())).append('\n');
            for (Variant v : d.variants()) {
                sb.append(" -").append(singleLine(v.id())).append('\n');
            }
        }
        sb.append("#\n");
        for (Descriptor d : system.descriptors()) {
            sb.append("&\n");
            sb.append(" \n".repeat(d.size()));
        }
        CibMatrix m = system.matrix();
        sb.append("#\n#\n").append("FFFFFF\n".repeat(m.size())).append("#\n#\n");
        for (int r = 0; r < m.size(); r++) {
            for (int c = 0; c < m.size(); c++) {
                if (c > 0) {
                    sb.append(" ,");
                }
                sb.append(String.format(Locale.ROOT, "%2d", m.cell(r, c)));
            }
            sb.append(" \n");
        }
        int n = system.size();
        sb.append("#\n# 0-0\n\"\"\n");
        sb.append("# \n\"\"\n".repeat(n));
        sb.append("#  -> \n\"\"\n".repeat(n * n));
        sb.append("#\n#\n");
        return sb.toString();
    }

    /**
     * The scenarios of a result as solution lines; N is the basin size when basins were computed, else 0.
     *
     * @param result a CIB result
     * @return one solution line per scenario
     */
    public static List<ScenarioWizardSolution> solutions(CibResult result) {
        List<ScenarioWizardSolution> out = new ArrayList<>();
        for (ScenarioScore s : result.scenarios()) {
            long n = result.basins().map(b -> b.starts(s.scenario()).orElse(0L)).orElse(0L);
            out.add(new ScenarioWizardSolution(s.scenario(), n, s.consistencyValue(), s.inconsistency(),
                    s.totalImpactScore()));
        }
        return out;
    }

    /**
     * Writes the scenarios of a result as a {@code .sl} solution file.
     *
     * @param result a CIB result
     * @param path   the file to write
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public static void writeSolutions(CibResult result, Path path) {
        try {
            Files.writeString(path, formatSolutions(solutions(result)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /**
     * Writes solution lines in the {@code .sl} layout; N is printed like ScenarioWizard (7 significant digits).
     *
     * @param solutions the solution lines
     * @return the file's text
     */
    public static String formatSolutions(List<ScenarioWizardSolution> solutions) {
        StringBuilder sb = new StringBuilder("$ ScenarioWizard 3.0\nSolution set\n ");
        sb.append(solutions.size()).append(" \n\n");
        for (ScenarioWizardSolution s : solutions) {
            sb.append("\" ").append(s.scenario().toOneBased()).append("\",").append(formatCount(s.count()))
                    .append(',').append(s.consistencyValue()).append(',').append(s.inconsistency())
                    .append(',').append(s.totalImpactScore()).append(",\"\"\n");
        }
        return sb.toString();
    }

    /**
     * A count as ScenarioWizard prints N: integers below 10^7 in full, larger values with 7 significant digits
     * in E notation ({@code 1.677722E+07}).
     *
     * @param count the count N
     * @return the text
     */
    public static String formatCount(double count) {
        if (count < 1e7 && count == Math.rint(count)) {
            return Long.toString((long) count);
        }
        String s = String.format(Locale.ROOT, "%.6E", count);
        return s;
    }

    private static String singleLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
