package fi.foresight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.job.Language;
import fi.foresight.job.types.AnalysisTypes;
import fi.foresight.rundir.Manifest;
import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the recipe "an analysis in six files" (docs/architecture.md) honest: every registered analysis type, run as a
 * job, has in both bundles (English and Finnish) a caption for each of its tables and a text for each of its
 * findings, and what it keeps off the report's pages (run.json's {@code offPages}) are its own tables and charts. The
 * two jobs (Kanta-Häme with few samples, and every-feature.yaml for the types Kanta-Häme does not run) cover every
 * registered type; a new type joins one of them.
 */
class AnalysisRecipeTest {
    private static final Path KANTA_HAME = Path.of("../scenarios/kanta-hame/job.yaml");
    private static final Path EVERY_FEATURE = Path.of("../scenarios/examples/every-feature.yaml").toAbsolutePath();

    @Test
    void everyRegisteredAnalysisHasItsBundleKeysInBothLanguages(@TempDir Path tmp) throws IOException {
        Path other = tmp.resolve("others.yaml");
        Files.writeString(other, String.join("\n",
                "job: others",
                "model: " + EVERY_FEATURE,
                "seed: 7",
                "samples: 256",
                "analyses:",
                "  - {type: futures_table}",
                "  - {type: distribution_sensitivity, resamples: 10}",
                ""), StandardCharsets.UTF_8);
        var analyses = new ArrayList<Manifest.Analysis>();
        for (Path job : List.of(KANTA_HAME, other)) {
            Path out = tmp.resolve("run-" + analyses.size());
            Cli.Result r = Cli.run("run", job.toString(), "--out", out.toString(), "--samples", "256",
                    "--outputs", "csv", "--allow-outside", "--quiet");
            assertEquals(0, r.code(), r.toString());
            analyses.addAll(Manifest.read(out.resolve("run.json")).analyses());
        }
        var types = new TreeSet<String>();
        var missing = new ArrayList<String>();
        for (Manifest.Analysis a : analyses) {
            types.add(a.type());
            var names = new TreeSet<String>();
            for (Manifest.TableEntry t : a.tables()) {
                names.add(t.name());
                for (Language l : Language.values()) {
                    String key = "table." + Tables.baseName(t.name());
                    if (Messages.of(l).find(key).isEmpty()) {
                        missing.add(l + " " + a.type() + ": " + key);
                    }
                }
            }
            a.charts().forEach(c -> names.add(c.name()));
            for (Manifest.FindingEntry f : a.findings()) {
                for (Language l : Language.values()) {
                    if (Messages.of(l).find(f.key()).isEmpty()) {
                        missing.add(l + " " + a.type() + ": " + f.key());
                    }
                }
            }
            for (String off : a.offPages()) {
                assertTrue(names.contains(off), a.type() + " keeps off the pages " + off + ", which it does not have");
            }
        }
        assertEquals(List.of(), missing, "bundle keys missing");
        assertEquals(new TreeSet<>(AnalysisTypes.standard().available()), types, "the jobs cover every registered type");
    }

    @Test
    void theBundlesNoLongerChooseWhatTheReportHides() {
        for (Language l : Language.values()) {
            Set<String> keys = Messages.of(l).all().keySet();
            assertEquals(List.of(), keys.stream().filter(k -> k.startsWith("report.hide.")).toList(),
                    "an analysis's result states what stays off the pages (tableOnPages, chartOnPages)");
        }
    }
}
