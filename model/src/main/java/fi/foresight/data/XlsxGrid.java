package fi.foresight.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads one sheet of an XLSX workbook into a {@link Grid} with fastexcel-reader (a streaming reader: no formula is
 * evaluated and no macro run). Numbers become their shortest decimal text ({@code 3}, not {@code 3.0}), booleans
 * {@code TRUE}/{@code FALSE}; a cell holding a formula is refused, since a data file holds answers, not formulas.
 */
final class XlsxGrid {
    private XlsxGrid() {
    }

    /** The grid of the workbook's sheet, or null after adding the problems that make the file unusable. */
    static Grid read(byte[] bytes, DataSpec spec, String file, List<DataProblem> problems) {
        if (bytes.length == 0) {
            problems.add(new DataProblem(file, 0, 0, "", "the file is empty; a data file has a header row naming "
                    + "the columns and one row per respondent"));
            return null;
        }
        String unpacked = Unzipped.tooLarge(bytes);
        if (unpacked != null) {
            problems.add(new DataProblem(file, 0, 0, "", unpacked));
            return null;
        }
        Grid grid = new Grid(file, problems);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = sheet(workbook, spec, file, problems);
            if (sheet == null) {
                return null;
            }
            boolean headerSeen = false;
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> it = rows.iterator();
                while (it.hasNext()) {
                    Row row = it.next();
                    List<String> cells = cells(row, grid, problems, file);
                    if (!headerSeen) {
                        if (row.getRowNum() != 1) {
                            problems.add(new DataProblem(file, 1, 0, "", "the first row is empty; it must name the "
                                    + "columns, e.g. respondent, subregion, q1, q2"));
                            return null;
                        }
                        headerSeen = true;
                        if (!grid.header(cells)) {
                            return null;
                        }
                    } else if (!grid.row(row.getRowNum(), cells)) {
                        return null;
                    }
                }
            }
            if (!headerSeen) {
                problems.add(new DataProblem(file, 0, 0, "", "the sheet '" + Grid.shorten(sheet.getName())
                        + "' is empty; a data file has a header row naming the columns and one row per respondent"));
                return null;
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new DataProblem(file, 0, 0, "", Unzipped.notAWorkbook()));
            return null;
        }
        return grid;
    }

    private static Sheet sheet(ReadableWorkbook workbook, DataSpec spec, String file, List<DataProblem> problems) {
        if (spec.sheet() == null) {
            return workbook.getFirstSheet();
        }
        var found = workbook.findSheet(spec.sheet());
        if (found.isPresent()) {
            return found.get();
        }
        String names = workbook.getSheets().map(s -> "'" + Grid.shorten(s.getName()) + "'")
                .collect(Collectors.joining(", "));
        problems.add(new DataProblem(file, 0, 0, "", "the workbook has no sheet '" + Grid.shorten(spec.sheet())
                + "'; its sheets are " + names));
        return null;
    }

    /** The texts of a row's cells by column (absent cells empty); a formula is reported and read as empty. */
    private static List<String> cells(Row row, Grid grid, List<DataProblem> problems, String file) {
        List<String> out = new ArrayList<>();
        for (Cell cell : row) {
            if (cell == null) {
                continue;
            }
            int c = cell.getColumnIndex();
            if (c >= Grid.MAX_COLUMNS) {
                problems.add(new DataProblem(file, row.getRowNum(), c + 1, "", "a cell beyond column "
                        + Columns.letter(Grid.MAX_COLUMNS) + "; data files may have at most " + Grid.MAX_COLUMNS
                        + " columns"));
                break;
            }
            while (out.size() <= c) {
                out.add("");
            }
            if (cell.getType() == CellType.FORMULA) {
                String name = grid.header != null && c < grid.header.length ? grid.header[c] : "";
                problems.add(new DataProblem(file, row.getRowNum(), c + 1, name, "the cell holds a formula; a data "
                        + "file holds answers, not formulas (they are never evaluated): copy the column and paste it "
                        + "as values"));
                continue;
            }
            out.set(c, text(cell));
        }
        return out;
    }

    private static String text(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> number(raw);
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
            case ERROR -> "#ERROR " + raw;
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String number(String raw) {
        try {
            return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
