package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job and model whose ids are written as people write them, with hyphens, run through the command line. */
class HyphenatedIdsTest {
    @TempDir
    Path tmp;

    private static final String MODEL = """
            model: regional-study
            sources:
              S-1: a sentence of the study
            variables:
              readiness: {distribution: {type: uniform, min: 0, max: 1}, source: S-1}
              climate: {distribution: {type: uniform, min: 0, max: 1}}
            panels:
              north-east: {weights: {readiness: 1, climate: 1}}
              west: {weights: {readiness: 2, climate: 1}}
            outcomes:
              index: {weighted_index: true}
              growth: {expression: "readiness * climate"}
            scenarios:
              open-east: {set: {readiness: 0.9}}
            levers:
              more-funding: {set: {climate: 0.8}}
            """;

    @Test
    void aJobWithHyphenatedIdsRunsAndNamesThemInItsTables() throws IOException {
        Files.writeString(tmp.resolve("model.yaml"), MODEL);
        Files.writeString(tmp.resolve("job.yaml"), """
                job: regional-check
                model: model.yaml
                scenarios: [base, open-east]
                levers: [none, more-funding]
                analyses: [{type: montecarlo}]
                """);
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", tmp.resolve("job.yaml").toString(), "--out", out.toString(),
                "--samples", "500", "--quiet");
        assertEquals(0, r.code(), r.toString());
        String summary = Files.readString(out.resolve("tables/montecarlo-summary.csv"));
        assertTrue(summary.contains("open-east,more-funding,index.north-east,"), summary);
    }

    @Test
    void aHyphenatedVariableIsAnsweredWithItsUnderscoreForm() throws IOException {
        Path model = tmp.resolve("model.yaml");
        Files.writeString(model, MODEL.replace("readiness", "market-access"));
        Cli.Result r = Cli.run("validate", model.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("model.yaml:5:3: variables.market-access: variable id 'market-access' is not "
                + "valid: expressions use variable ids, and there '-' means minus; use 'market_access'"), r.err());
        assertFalse(Cli.hasStackTrace(r.err()), r.err());
    }
}
