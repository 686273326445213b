package fi.foresight.jupyter;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JShell notebook ({@code .jsh}) into a Jupyter one ({@code .ipynb}, nbformat 4, no outputs) and gives
 * the code of a Jupyter notebook back as JShell text.
 *
 * <p>Paragraphs of {@code //} comments become Markdown cells ({@code // --- 1. Title ---} a heading, the file's
 * first comment paragraph its title); each paragraph of code becomes a code cell, with {@code Charts.show(...)}
 * written as {@code display(...)} so the chart shows inline. The header {@code // expect-charts: N} moves into the
 * notebook's metadata ({@code foresight.expect_charts}), where the notebook test reads it.
 */
final class NotebookFiles {
    private static final Pattern EXPECT_CHARTS = Pattern.compile("^//\\s*expect-charts:\\s*(\\d+)\\s*$");
    private static final Pattern SECTION = Pattern.compile("^---\\s*(.*?)\\s*-*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private NotebookFiles() {
    }

    /**
     * Converts each {@code .jsh} file to an {@code .ipynb} beside it and deletes the {@code .jsh} (the notebook is
     * then the one source of truth).
     *
     * @param files the JShell notebooks
     * @throws IOException when a file cannot be read or written
     */
    static void convertAll(List<String> files) throws IOException {
        for (String f : files) {
            Path jsh = Path.of(f);
            if (!f.endsWith(".jsh") || !Files.isRegularFile(jsh)) {
                System.err.println("foresight: " + f + " is not a JShell notebook (.jsh file)");
                System.exit(2);
            }
            Path ipynb = jsh.resolveSibling(jsh.getFileName().toString().replaceFirst("\\.jsh$", ".ipynb"));
            Files.writeString(ipynb, toIpynb(Files.readString(jsh, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            Files.delete(jsh);
            System.out.println(jsh + " -> " + ipynb);
        }
    }

    /**
     * A JShell notebook as nbformat 4 JSON, in Jupyter's own layout (one-space indent, sorted keys).
     *
     * @param jsh the JShell text
     * @return the notebook's JSON text
     */
    static String toIpynb(String jsh) {
        List<String> lines = new ArrayList<>(jsh.lines().toList());
        int expectCharts = -1;
        if (!lines.isEmpty()) {
            Matcher m = EXPECT_CHARTS.matcher(lines.get(0));
            if (m.matches()) {
                expectCharts = Integer.parseInt(m.group(1));
                lines.remove(0);
            }
        }
        ArrayNode cells = JSON.createArrayNode();
        List<String> paragraph = new ArrayList<>();
        boolean first = true;
        int depth = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (!line.isBlank() || depth > 0 && i < lines.size()) {
                paragraph.add(line);
                depth += nesting(line);
                continue;
            }
            if (paragraph.isEmpty()) {
                continue;
            }
            int comments = 0;
            while (comments < paragraph.size() && paragraph.get(comments).strip().startsWith("//")) {
                comments++;
            }
            if (comments > 0) {
                String md = markdown(paragraph.subList(0, comments), first);
                if (!md.isBlank()) {
                    cells.add(cell("markdown", md));
                }
                first = false;
            }
            if (comments < paragraph.size()) {
                String code = String.join("\n", paragraph.subList(comments, paragraph.size()))
                        .replace("Charts.show(", "display(");
                appendCode(cells, code);
                first = false;
            }
            paragraph.clear();
        }
        ObjectNode nb = JSON.createObjectNode();
        nb.set("cells", cells);
        ObjectNode meta = nb.putObject("metadata");
        if (expectCharts >= 0) {
            meta.putObject("foresight").put("expect_charts", expectCharts);
        }
        ObjectNode spec = meta.putObject("kernelspec");
        spec.put("display_name", "Foresight (Java)").put("language", "java").put("name", "foresight");
        meta.putObject("language_info").put("file_extension", ".jsh").put("mimetype", "text/x-java-source")
                .put("name", "java");
        nb.put("nbformat", 4).put("nbformat_minor", 4);
        return write(nb);
    }

    /**
     * How many brackets a line opens minus how many it closes, outside strings, characters and comments: a blank
     * line inside a block does not end its cell.
     */
    static int nesting(String line) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            }
        }
        return depth;
    }

    /** Consecutive code paragraphs stay separate cells, so that each shows its own output. */
    private static void appendCode(ArrayNode cells, String code) {
        ObjectNode c = cell("code", code);
        c.putNull("execution_count");
        c.putArray("outputs");
        cells.add(c);
    }

    private static String markdown(List<String> comments, boolean title) {
        List<String> out = new ArrayList<>();
        for (String c : comments) {
            String text = c.strip().replaceFirst("^//\\s?", "");
            Matcher section = SECTION.matcher(text);
            if (section.matches()) {
                out.add("## " + section.group(1));
                continue;
            }
            out.add(text);
        }
        while (!out.isEmpty() && out.get(0).isBlank()) {
            out.remove(0);
        }
        if (title && !out.isEmpty()) {
            out.set(0, "# " + out.get(0));
        }
        return String.join("\n", out).strip();
    }

    private static ObjectNode cell(String type, String text) {
        ObjectNode c = JSON.createObjectNode();
        c.put("cell_type", type);
        c.putObject("metadata");
        ArrayNode source = c.putArray("source");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            source.add(lines.get(i) + (i < lines.size() - 1 ? "\n" : ""));
        }
        return c;
    }

    private static String write(ObjectNode nb) {
        try {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withArrayEmptySeparator("").withObjectEmptySeparator(""));
            pp.indentArraysWith(new DefaultIndenter(" ", "\n"));
            pp.indentObjectsWith(new DefaultIndenter(" ", "\n"));
            return JSON.writer(pp).writeValueAsString(sorted(nb)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode o) {
            ObjectNode out = JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(n -> out.set(n, sorted(o.get(n))));
            return out;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode out = JSON.createArrayNode();
            a.forEach(e -> out.add(sorted(e)));
            return out;
        }
        return node;
    }

    /**
     * The code cells of a Jupyter notebook as JShell text, one blank line between cells.
     *
     * @param ipynb the notebook file
     * @return the code
     * @throws IOException when the file cannot be read or is not a notebook
     */
    static String code(Path ipynb) throws IOException {
        JsonNode nb = JSON.readTree(ipynb.toFile());
        StringBuilder out = new StringBuilder();
        for (JsonNode c : nb.path("cells")) {
            if (!"code".equals(c.path("cell_type").asText())) {
                continue;
            }
            JsonNode src = c.path("source");
            if (src.isArray()) {
                src.forEach(l -> out.append(l.asText()));
            } else {
                out.append(src.asText());
            }
            out.append("\n\n");
        }
        return out.toString();
    }
}
