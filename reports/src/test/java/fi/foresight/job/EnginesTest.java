package fi.foresight.job;

import fi.foresight.job.types.AnalysisTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.BlockStudy;
import fi.foresight.batch.JobRunner;
import fi.foresight.testing.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job types hand their analyses to the job's engine as studies that another machine can rebuild and run. */
class EnginesTest {
    @TempDir
    Path tmp;

    /**
     * Runs every study as a remote machine would: serialised and read back, over a model read afresh from the
     * model file's bytes.
     */
    private static final class Shipping implements Engines {
        final List<String> ran = new ArrayList<>();

        @Override
        public String name() {
            return "shipping";
        }

        @Override
        public Engine forModel(ModelSource source) {
            return new Engine() {
                @Override
                public <R> R run(BlockStudy<R> study) {
                    BlockStudy<R> shipped = roundTrip(study);
                    ran.add(shipped.getClass().getName());
                    return shipped.configure(ModelSources.parse(source.bytes(), source.fileName())).run();
                }
            };
        }

        @SuppressWarnings("unchecked")
        private static <R> BlockStudy<R> roundTrip(BlockStudy<R> study) {
            try {
                var bytes = new ByteArrayOutputStream();
                try (var out = new ObjectOutputStream(bytes)) {
                    out.writeObject(study);
                }
                try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                    return (BlockStudy<R>) in.readObject();
                }
            } catch (IOException | ClassNotFoundException e) {
                throw new AssertionError("the study cannot be shipped: " + e, e);
            }
        }
    }

    @Test
    void theMonteCarloTypeRunsThroughTheEngineWithAShippableStudyAndTheSameTables() throws IOException {
        Files.copy(Cli.DEMO_MODEL, tmp.resolve("model.yaml"));
        Path jobFile = tmp.resolve("job.yaml");
        Files.writeString(jobFile, "job: eng\nmodel: model.yaml\nseed: 5\nsamples: 3000\noutputs: [csv]\n"
                + "analyses: [{type: montecarlo, design: latin_hypercube}]\n");
        Job job = JobFiles.load(jobFile, JobOverrides.NONE, AnalysisTypes.standard());
        var shipping = new Shipping();
        Path local = new JobRunner().run(job, tmp.resolve("local"), Progress.silent()).directory();
        Path shipped = new JobRunner(shipping).run(job, tmp.resolve("shipped"), Progress.silent()).directory();
        assertEquals(1, shipping.ran.size(), shipping.ran.toString());
        try (var files = Files.list(local.resolve("tables"))) {
            for (Path t : files.sorted().toList()) {
                assertEquals(Files.readString(t), Files.readString(shipped.resolve("tables").resolve(t.getFileName())),
                        t.getFileName().toString());
            }
        }
    }

    @Test
    void anUnknownEngineOrAMasterWithoutSparkIsAUsageError() {
        Cli.Result r = Cli.run("run", Cli.DEMO.toString(), "--engine", "mpi", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("no engine 'mpi'") && r.err().contains("[local]"), r.err());
        Cli.Result s = Cli.run("run", Cli.DEMO.toString(), "--engine", "spark", "--out", tmp.resolve("y").toString());
        assertEquals(2, s.code(), s.toString());
        assertTrue(s.err().contains("foresight-spark jar"), s.err());
        Cli.Result m = Cli.run("run", Cli.DEMO.toString(), "--master", "local[2]", "--out", tmp.resolve("z").toString());
        assertEquals(2, m.code(), m.toString());
        assertTrue(m.err().contains("--master local[2] needs --engine spark"), m.err());
    }
}
