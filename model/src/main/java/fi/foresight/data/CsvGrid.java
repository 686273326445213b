package fi.foresight.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export (UTF-8, a byte-order mark skipped; comma, semicolon, tab or bar between cells; RFC 4180
 * quoting) into a {@link Grid} with Apache Commons CSV. Row numbers are records, as a spreadsheet numbers rows,
 * so a quoted cell with a line break inside stays one row.
 */
final class CsvGrid {
    private CsvGrid() {
    }

    /** The grid of {@code bytes}, or null after adding the problems that make the file unusable. */
    static Grid read(byte[] bytes, DataSpec spec, String file, List<DataProblem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new DataProblem(file, 0, 0, "", "the file is not UTF-8 text; save it as 'CSV UTF-8' (or as "
                    + ".xlsx)"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(new DataProblem(file, 0, 0, "", "the file is empty; a data file has a header row naming "
                    + "the columns and one row per respondent"));
            return null;
        }
        char delimiter = spec.delimiter() != 0 ? spec.delimiter() : detect(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        Grid grid = new Grid(file, problems);
        long row = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(new DataProblem(file, (int) Math.min(Integer.MAX_VALUE, row + 1), 0, "",
                            "the row cannot be read as CSV (near line " + parser.getCurrentLineNumber() + " of the "
                                    + "file): a quoted cell is not closed, or text follows its closing quote; put "
                                    + "each cell that contains the delimiter '" + shown(delimiter) + "', a quote or a "
                                    + "line break in double quotes and double the quotes inside it"));
                    return null;
                }
                row = record.getRecordNumber();
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (row == 1) {
                    if (!grid.header(cells)) {
                        return null;
                    }
                } else if (!grid.row((int) row, cells)) {
                    return null;
                }
            }
        } catch (IOException e) {
            problems.add(new DataProblem(file, 0, 0, "", "the file cannot be read as CSV"));
            return null;
        }
        return grid;
    }

    /** The most frequent of comma, semicolon and tab in the header line (outside quotes); comma on a tie. */
    static char detect(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    private static String shown(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
