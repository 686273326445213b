package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.Variant;
import fi.foresight.model.CibMatrix;
import java.util.ArrayList;
import java.util.List;

/** Line-oriented parser of ScenarioWizard 4.0 project files; see {@link ScenarioWizard}. */
final class ScwParser {

    private final String[] lines;
    private final String source;
    private int pos;
    private final List<String> warnings = new ArrayList<>();

    ScwParser(String text, String source) {
        this.lines = text.split("\\R", -1);
        this.source = source;
    }

    CrossImpactSystem parse() {
        if (!lines[0].startsWith("$ ScenarioWizard")) {
            throw problem(0, "not a ScenarioWizard project file; it must start with \"$ ScenarioWizard\"");
        }
        if (lines.length < 2) {
            throw problem(0, "file ends after the header line");
        }
        String name = lines[1].trim();
        pos = 2;
        List<Descriptor> descriptors = readDescriptors();
        int[] sizes = descriptors.stream().mapToInt(Descriptor::size).toArray();
        try {
            CibMatrix.spaceSize(sizes);
        } catch (IllegalArgumentException e) {
            throw problem(2, e.getMessage());
        }
        skipSection("descriptions");
        skipSection("colours");
        int total = java.util.Arrays.stream(sizes).sum();
        int[][] rows = new int[total][];
        int matrixStart = pos;
        for (int r = 0; r < total; r++) {
            if (pos >= lines.length || lines[pos].trim().startsWith("#")) {
                throw problem(Math.min(pos, lines.length - 1), "matrix has only " + r + " rows; the "
                        + descriptors.size() + " descriptors have " + total + " variants, so it needs " + total);
            }
            rows[r] = parseRow(pos, total);
            pos++;
        }
        int first = 0;
        for (int d = 0; d < sizes.length; d++) {
            for (int a = first; a < first + sizes[d]; a++) {
                for (int b = first; b < first + sizes[d]; b++) {
                    if (rows[a][b] != 0) {
                        warnings.add(source + ":" + (matrixStart + a + 1) + ": cell (" + (a + 1) + ", " + (b + 1)
                                + ") = " + rows[a][b] + " is a self-impact of descriptor " + descriptors.get(d).id()
                                + "; it is added to the balances as ScenarioWizard does");
                    }
                }
            }
            first += sizes[d];
        }
        try {
            return new CrossImpactSystem(name, descriptors, CibMatrix.withSelfImpacts(sizes, rows));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** Notes about unusual content (self-impacts in diagonal blocks), with file and line. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    private List<Descriptor> readDescriptors() {
        List<Descriptor> out = new ArrayList<>();
        java.util.Map<String, Integer> firstLine = new java.util.HashMap<>();
        String id = null;
        List<Variant> variants = new ArrayList<>();
        int start = pos;
        while (true) {
            if (pos >= lines.length) {
                throw problem(lines.length - 1, "file ends inside the descriptor list; it must end with a \"#\" line");
            }
            String line = lines[pos];
            if (line.startsWith("#")) {
                break;
            }
            if (line.startsWith("&")) {
                if (id != null) {
                    out.add(descriptor(id, variants, start));
                }
                id = line.substring(1).trim();
                Integer first = id.isEmpty() ? null : firstLine.putIfAbsent(id, pos);
                if (first != null) {
                    throw problem(pos, "descriptor \"" + shown(id) + "\" is named twice (first on line " + (first + 1)
                            + "); give every descriptor its own name");
                }
                variants = new ArrayList<>();
                start = pos;
            } else if (line.trim().startsWith("-") && id != null) {
                String v = line.trim().substring(1).trim();
                if (v.isEmpty()) {
                    throw problem(pos, "variant name is empty; write \" -NAME\"");
                }
                variants.add(Variant.of(v));
            } else if (!line.isBlank()) {
                throw problem(pos, "expected a descriptor line \"&NAME\" or a variant line \" -NAME\" (or the "
                        + "\"#\" line that ends the list); this line is neither");
            }
            pos++;
        }
        if (id != null) {
            out.add(descriptor(id, variants, start));
        }
        if (out.isEmpty()) {
            throw problem(pos, "no descriptors before the first \"#\" line");
        }
        pos++;
        return out;
    }

    private Descriptor descriptor(String id, List<Variant> variants, int line) {
        if (id.isEmpty()) {
            throw problem(line, "descriptor name is empty; write \"&NAME\"");
        }
        if (variants.isEmpty()) {
            throw problem(line, "descriptor " + id + " has no variant lines \" -NAME\"");
        }
        try {
            return new Descriptor(id, id, null, variants);
        } catch (IllegalArgumentException e) {
            throw problem(line, e.getMessage());
        }
    }

    /** Skips lines up to and including the next pair of "#" lines. */
    private void skipSection(String what) {
        while (pos + 1 < lines.length) {
            if (lines[pos].trim().equals("#") && lines[pos + 1].trim().equals("#")) {
                pos += 2;
                return;
            }
            pos++;
        }
        throw problem(lines.length - 1, "file ends inside the " + what + " section; expected two \"#\" lines after it");
    }

    private int[] parseRow(int line, int total) {
        String[] parts = lines[line].split(",");
        int count = parts.length;
        if (count > 0 && parts[count - 1].isBlank()) {
            count--;
        }
        if (count != total) {
            throw problem(line, "matrix row has " + count + " values; it needs " + total + " (one per variant)");
        }
        int[] row = new int[total];
        for (int c = 0; c < total; c++) {
            try {
                row[c] = Integer.parseInt(parts[c].trim());
            } catch (NumberFormatException e) {
                throw problem(line, "value " + (c + 1) + " \"" + shown(parts[c].trim()) + "\" is not an integer");
            }
        }
        return row;
    }

    /** A piece of the file as shown in a message: at most 40 characters, control characters as '?'. */
    private static String shown(String text) {
        String t = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return t.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private IllegalArgumentException problem(int line, String message) {
        return new IllegalArgumentException(source + ":" + (line + 1) + ": " + message);
    }
}
