package fi.foresight.job.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad options of the sensitivity types: every problem at its file:line:col, exit code 2, nothing run. */
class SensitivityOptionsTest {
    static final Path MODEL = Path.of("src/test/resources/fi/foresight/jobs/sensitivity/model.yaml");

    @TempDir
    Path tmp;

    @Test
    void everyBadOptionIsPlacedAtItsValue() throws IOException {
        Files.copy(MODEL, tmp.resolve("model.yaml"));
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, String.join("\n",
                "job: bad",
                "model: model.yaml",
                "analyses:",
                "  - {type: sobol, outcome: yy, samples: 1000}",
                "  - {type: sobol, outcome: y, outcomes: [lin]}",
                "  - {type: tornado, low: 0.9, high: 0.1, others: average}",
                "  - {type: morris, levels: 3, trajectorys: 10}",
                "  - {type: importance, scenario: nope, lever: push_x3}",
                "  - {type: weights, outcome: y, scenarios: [base, open], better: bigger}",
                "  - {type: morris, trajectories: 5, optimised_from: 3, inputs: weights}", ""));
        String j = job.toString();
        for (String command : List.of("validate", "run")) {
            Cli.Result r = command.equals("run")
                    ? Cli.run("run", j, "--out", tmp.resolve("out").toString(), "--quiet") : Cli.run("validate", j);
            assertEquals(2, r.code(), r.toString());
            assertEquals(List.of(
                    j + ":4:28: analyses[0].outcome: unknown outcome 'yy'; did you mean y?; outcome columns are [y, lin, index]",
                    j + ":4:41: analyses[0].samples: samples (1000) must be a power of two for the Sobol' design, e.g. 512 or 1024 (or set design: monte_carlo)",
                    j + ":5:41: analyses[1].outcomes: give either 'outcome' (one column) or 'outcomes' (a list), not both",
                    j + ":6:37: analyses[2].high: high (0.1) must be above low (0.9); e.g. low: 0.1, high: 0.9 swings each input between its P10 and P90",
                    j + ":6:50: analyses[2].others: 'average' is not one of median, mean",
                    j + ":7:28: analyses[3].levels: levels (3) must be even, e.g. 4, so that the jump p / (2 (p - 1)) lands on the grid",
                    j + ":7:31: analyses[3].trajectorys: unknown option 'trajectorys' for a morris analysis; did you mean trajectories?; options are [type, outcome, outcomes, scenario, lever, inputs, trajectories, levels, optimised_from, bootstrap, confidence, seed]",
                    j + ":8:34: analyses[4].scenario: 'nope' is not one of base",
                    j + ":8:47: analyses[4].lever: 'push_x3' is not one of none, push_x1, push_x2; did you mean push_x1?",
                    j + ":9:30: analyses[5].outcome: 'y' is not one of the weighted-index columns [index]",
                    j + ":9:44: analyses[5].scenarios: unknown scenario 'open'; scenarios are [base]",
                    j + ":9:66: analyses[5].better: 'bigger' is not one of higher, lower; did you mean higher?",
                    j + ":10:53: analyses[6].optimised_from: optimised_from (3) must be at least trajectories (5): the trajectories are chosen from that many; or 0 for no selection",
                    j + ":10:64: analyses[6].inputs: 'weights' is not one of all, drivers"),
                    r.err().lines().toList(), command);
            assertFalse(Cli.hasStackTrace(r.err()));
        }
        assertFalse(Files.exists(tmp.resolve("out")), "a job with problems runs nothing");
    }

    @Test
    void weightSensitivityNeedsAWeightedIndex() throws IOException {
        Files.copy(Path.of("../scenarios/examples/ishigami.yaml"), tmp.resolve("ishigami.yaml"));
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, String.join("\n",
                "job: no-index",
                "model: ishigami.yaml",
                "analyses:",
                "  - type: weights", ""));
        Cli.Result r = Cli.run("validate", job.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals(job + ":4:5: analyses[0]: the model has no weighted index; weight sensitivity needs an outcome"
                + " with weighted_index: true and panels with weights", r.err().strip());
    }

    @Test
    void samplesFromTheCommandLineAreRoundedToAPowerOfTwoForSobol() throws IOException {
        Files.copy(MODEL, tmp.resolve("model.yaml"));
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, String.join("\n",
                "job: quick",
                "model: model.yaml",
                "analyses: [{type: sobol, outcome: y, bootstrap: 0}]",
                "outputs: [csv]", ""));
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", job.toString(), "--out", out.toString(), "--samples", "1000", "--quiet");
        assertEquals(0, r.code(), r.toString());
        String manifest = Files.readString(out.resolve("run.json"));
        assertTrue(manifest.replaceAll("\\s", "").contains("\"samples\":512"), "--samples 1000 runs N = 512");
        assertTrue(Files.readString(out.resolve("tables/sobol-convergence.csv")).contains(",512,"));
    }
}
