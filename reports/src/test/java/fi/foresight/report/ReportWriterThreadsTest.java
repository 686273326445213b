package fi.foresight.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.foresight.job.Language;
import fi.foresight.job.Output;
import fi.foresight.rundir.RunContents;
import fi.foresight.rundir.RunReader;
import fi.foresight.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's files written side by side are the files written one after another, in the same order. */
class ReportWriterThreadsTest {
    @TempDir
    Path tmp;

    @Test
    void twoWritersGiveTheSameFilesAsOne() throws Exception {
        Path dir = tmp.resolve("study");
        Files.createDirectories(dir);
        Path model = Path.of("../scenarios/kanta-hame/model.yaml");
        Files.copy(model, dir.resolve("model.yaml"));
        Files.createDirectories(dir.resolve("data"));   // the data files the model reads (survey, Delphi rounds)
        try (var files = Files.list(model.resolveSibling("data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, dir.resolve("data").resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("job.yaml"), """
                job: kh_threads
                model: model.yaml
                seed: 3
                samples: 300
                analyses:
                  - type: montecarlo
                outputs: [csv, png]
                language: [en, fi]
                """);
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", dir.resolve("job.yaml").toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        RunContents run = RunReader.read(out);
        Set<Output> outputs = Set.of(Output.HTML, Output.XLSX);
        List<Language> languages = List.of(Language.EN, Language.FI);
        Path one = Files.createDirectories(tmp.resolve("one"));
        Path two = Files.createDirectories(tmp.resolve("two"));
        List<String> first = ReportWriter.write(run, one, outputs, languages, 1);
        List<String> second = ReportWriter.write(run, two, outputs, languages, 2);
        assertEquals(List.of("report.html", "report.fi.html", "report.xlsx", "report.fi.xlsx"), first);
        assertEquals(first, second);
        for (String html : List.of("report.html", "report.fi.html")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(html)), Files.readAllBytes(two.resolve(html)), html);
        }
    }
}
