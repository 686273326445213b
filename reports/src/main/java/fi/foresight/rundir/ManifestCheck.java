package fi.foresight.rundir;

import fi.foresight.io.FileProblem;
import fi.foresight.job.Language;
import fi.foresight.job.Output;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a {@code run.json} must pass before a report is made from it: the format this Foresight reads, and
 * every field the report uses present and of the right kind. Each problem names the file and the field, e.g.
 * {@code runs/demo/run.json: analyses[0].tables: missing; …}.
 */
final class ManifestCheck {
    /** Column types a table of a run may have (see {@link CsvTables#typeOf}). */
    static final Set<String> COLUMN_TYPES = Set.of("DOUBLE", "FLOAT", "INTEGER", "LONG", "SHORT", "BOOLEAN", "STRING");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_PROBLEMS = 20;

    private final String file;
    private final List<FileProblem> problems = new ArrayList<>();

    private ManifestCheck(String file) {
        this.file = file;
    }

    /**
     * The problems of {@code m} read from {@code file}: of its format only, or (when {@code whole}) of every field
     * a report uses; empty when there are none.
     */
    static List<FileProblem> problems(Manifest m, String file, boolean whole) {
        var c = new ManifestCheck(file);
        if (whole) {
            c.check(m);
        } else {
            c.format(m);
        }
        return c.problems.size() > MAX_PROBLEMS ? c.problems.subList(0, MAX_PROBLEMS) : c.problems;
    }

    private boolean format(Manifest m) {
        if (m.format() == null) {
            add("format", "missing; this is not a foresight run manifest (a run's run.json starts with \"format\": \""
                    + Manifest.FORMAT + "\")");
            return false;
        }
        if (!m.format().equals(Manifest.FORMAT)) {
            add("format", m.format().startsWith("foresight-run/")
                    ? "'" + shown(m.format()) + "' is not supported; this Foresight reads " + Manifest.FORMAT
                            + " (a newer Foresight may have written the run: make the report with it)"
                    : "'" + shown(m.format()) + "' is not a Foresight run format, so this is not a foresight run "
                            + "manifest; expected " + Manifest.FORMAT);
            return false;
        }
        return true;
    }

    private void check(Manifest m) {
        if (!format(m)) {
            return;
        }
        source(m.job(), "job", false);
        source(m.model(), "model", true);
        strings(m.scenarios(), "scenarios", "the scenario ids the run covered");
        strings(m.levers(), "levers", "the lever ids the run covered");
        strings(m.languages(), "languages", "the report languages, e.g. [\"en\"]");
        words(m.languages(), "languages", Arrays.stream(Language.values()).map(Language::code).toList());
        strings(m.outputs(), "outputs", "the formats written, e.g. [\"csv\", \"html\"]");
        words(m.outputs(), "outputs", Arrays.stream(Output.values()).map(Output::word).toList());
        if (m.versions() == null) {
            add("versions", "missing; expected an object of version texts, e.g. {\"foresight\": \"0.1.0\"}");
        } else {
            m.versions().forEach((k, v) -> {
                if (v == null) {
                    add("versions." + k, "missing; expected a version text");
                }
            });
        }
        instant(m.started(), "started");
        instant(m.finished(), "finished");
        if (m.analyses() == null) {
            add("analyses", "missing; expected a list with one entry per analysis of the run");
            return;
        }
        for (int i = 0; i < m.analyses().size(); i++) {
            analysis(m.analyses().get(i), "analyses[" + i + "]");
        }
    }

    private void source(Manifest.Source s, String path, boolean needsCopy) {
        if (s == null) {
            add(path, "missing; expected an object with the " + path + "'s id" + (needsCopy ? " and copy" : ""));
            return;
        }
        if (s.id() == null) {
            add(path + ".id", "missing; expected the " + path + "'s id");
        }
        if (needsCopy && s.copy() == null) {
            add(path + ".copy", "missing; expected the path of the model copy under inputs/, e.g. inputs/model.yaml");
        }
        if (s.sha256() != null && !SHA256.matcher(s.sha256()).matches()) {
            add(path + ".sha256", "expected 64 lowercase hexadecimal digits");
        }
    }

    private void analysis(Manifest.Analysis a, String path) {
        if (a == null) {
            add(path, "missing; expected an object with type, settings, tables, charts and findings");
            return;
        }
        if (a.type() == null) {
            add(path + ".type", "missing; expected the analysis type, e.g. montecarlo");
        }
        if (a.settings() == null) {
            add(path + ".settings", "missing; expected an object of the analysis's settings (may be {})");
        }
        if (a.tables() == null) {
            add(path + ".tables", "missing; expected a list of the analysis's tables (may be [])");
        } else {
            for (int t = 0; t < a.tables().size(); t++) {
                table(a.tables().get(t), path + ".tables[" + t + "]");
            }
        }
        if (a.charts() == null) {
            add(path + ".charts", "missing; expected a list of the analysis's charts (may be [])");
        } else {
            for (int c = 0; c < a.charts().size(); c++) {
                Manifest.ChartEntry chart = a.charts().get(c);
                String at = path + ".charts[" + c + "]";
                if (chart == null || chart.name() == null) {
                    add(chart == null ? at : at + ".name", "missing; expected the chart's name");
                } else if (chart.files() == null) {
                    add(at + ".files", "missing; expected a list of the chart's files (may be [])");
                }
            }
        }
        if (a.findings() == null) {
            add(path + ".findings", "missing; expected a list of the analysis's findings (may be [])");
        } else {
            for (int f = 0; f < a.findings().size(); f++) {
                Manifest.FindingEntry finding = a.findings().get(f);
                String at = path + ".findings[" + f + "]";
                if (finding == null || finding.key() == null) {
                    add(finding == null ? at : at + ".key", "missing; expected the finding's message key");
                } else if (finding.arguments() == null) {
                    add(at + ".arguments", "missing; expected an object of the finding's values (may be {})");
                }
            }
        }
    }

    private void table(Manifest.TableEntry t, String path) {
        if (t == null) {
            add(path, "missing; expected an object with the table's name, file and columns");
            return;
        }
        if (t.name() == null) {
            add(path + ".name", "missing; expected the table's name");
        }
        if (t.file() == null) {
            add(path + ".file", "missing; expected the table's file, e.g. tables/montecarlo-summary.csv");
        }
        if (t.columns() == null) {
            add(path + ".columns", "missing; expected a list of the table's columns with name and type");
            return;
        }
        for (int c = 0; c < t.columns().size(); c++) {
            Manifest.Column col = t.columns().get(c);
            String at = path + ".columns[" + c + "]";
            if (col == null || col.name() == null) {
                add(col == null ? at : at + ".name", "missing; expected the column's name");
            } else if (col.type() == null || !COLUMN_TYPES.contains(col.type())) {
                add(at + ".type", (col.type() == null ? "missing" : "'" + shown(col.type()) + "' is not a column type")
                        + "; expected one of DOUBLE, INTEGER, LONG, SHORT, BOOLEAN, STRING");
            }
        }
    }

    private void strings(List<String> values, String path, String what) {
        if (values == null) {
            add(path, "missing; expected a list of " + what);
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                add(path + "[" + i + "]", "missing; expected a text");
            }
        }
    }

    private void words(List<String> values, String path, List<String> known) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v != null && !known.contains(v)) {
                add(path + "[" + i + "]", "'" + shown(v) + "' is not one of " + String.join(", ", known));
            }
        }
    }

    private void instant(String value, String path) {
        if (value == null) {
            return;
        }
        try {
            Instant.parse(value);
        } catch (DateTimeParseException e) {
            add(path, "expected a UTC time such as 2035-01-31T12:00:00Z");
        }
    }

    private void add(String path, String message) {
        problems.add(new FileProblem(file, 0, 0, path, message));
    }

    /** A value from the file, shortened and without control characters, to quote in a message. */
    static String shown(String value) {
        String s = value.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
