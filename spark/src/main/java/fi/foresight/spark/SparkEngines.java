package fi.foresight.spark;

import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.BlockStudy;
import fi.foresight.cib.BasinBlocks;
import fi.foresight.cib.Basins;
import fi.foresight.model.CibMatrix;
import fi.foresight.job.Engine;
import fi.foresight.job.Engines;
import fi.foresight.job.ModelSource;
import fi.foresight.job.ModelSources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The workbench's analyses on Apache Spark: block tasks run on the executors, partials merge in task order on the
 * driver, so every table is bit-identical to the local engine's for the same job and seed.
 *
 * <pre>{@code
 * try (SparkEngines spark = SparkEngines.start("local[2]")) {            // or spark://host:7077, yarn, k8s://…
 *     Engine e = spark.forModel(Path.of("scenarios/kanta-hame/model.yaml"));
 *     int n = 10_000_000;
 *     MonteCarloResult mc = e.run(m -> MonteCarlo.of(m).samples(n).seed(42));
 *     SobolResult s = e.run(m -> Sobol.of(m).samples(1 << 18).seed(42));
 *     Basins b = spark.basins(system.matrix(), 100_000_000, 7L);
 *     new JobRunner(spark).run(JobFiles.load(Path.of("job.yaml"), JobOverrides.NONE, AnalysisTypes.standard()), Path.of("runs/x"), Progress.silent());
 * }
 * }</pre>
 *
 * A study is shipped to the executors as a serialised lambda together with the model file's text: capture plain
 * values only (numbers, strings, enums, arrays of them), never the model or a run context.
 */
public final class SparkEngines implements Engines {
    private final JavaSparkContext sc;
    private final boolean owned;
    private final TaskSizing sizing;

    private SparkEngines(JavaSparkContext sc, boolean owned, TaskSizing sizing) {
        this.sc = Objects.requireNonNull(sc, "sc");
        this.owned = owned;
        this.sizing = sizing;
    }

    /**
     * Starts a Spark context for {@code master} (null: {@code spark.master} as set by spark-submit, else
     * {@code local[*]}) with {@link #conf(String)}; {@link #close()} stops it.
     */
    public static SparkEngines start(String master) {
        return start(conf(master));
    }

    /** Starts a Spark context with this configuration; {@link #close()} stops it. */
    public static SparkEngines start(SparkConf conf) {
        double seconds = conf.getDouble("spark.foresight.taskSeconds", TaskSizing.DEFAULT.targetSeconds());
        return new SparkEngines(new JavaSparkContext(conf), true, new TaskSizing(seconds, 0));
    }

    /** Runs on an existing context, which {@link #close()} leaves running. */
    public static SparkEngines on(JavaSparkContext sc) {
        return new SparkEngines(sc, false, TaskSizing.DEFAULT);
    }

    /**
     * The configuration {@link #start(String)} uses: the master, application name {@code foresight}, log level
     * WARN; any {@code spark.*} system property (spark-submit's {@code --conf}) wins.
     */
    public static SparkConf conf(String master) {
        SparkConf conf = new SparkConf().setIfMissing("spark.app.name", "foresight")
                .setIfMissing("spark.log.level", "WARN");
        if (master != null) {
            conf.setMaster(master);
        } else {
            conf.setIfMissing("spark.master", "local[*]");
        }
        return conf;
    }

    /** The same context with a fixed number of Spark tasks per analysis instead of about a second of work each. */
    public SparkEngines partitions(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions is " + partitions + "; must be >= 1");
        }
        return new SparkEngines(sc, owned, new TaskSizing(sizing.targetSeconds(), partitions));
    }

    /** The same context with about {@code seconds} of work per Spark task (default 1). */
    public SparkEngines taskSeconds(double seconds) {
        return new SparkEngines(sc, owned, new TaskSizing(seconds, 0));
    }

    public JavaSparkContext context() {
        return sc;
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Engine forModel(ModelSource model) {
        Objects.requireNonNull(model, "model");
        return new Engine() {
            @Override
            public <R> R run(BlockStudy<R> study) {
                checkShippable(study);
                BlockPlan<R> plan = study.configure(model.model()).blocks();
                String name = model.file() != null ? model.file().getFileName().toString() : model.fileName();
                return SparkBlocks.run(sc, new ModelRecipe<>(model.bytes(), name, model.dataFiles(), study), plan, sizing);
            }

            @Override
            public String toString() {
                return "spark " + sc.master();
            }
        };
    }

    /** An engine for the studies over a model file (read as {@code foresight run} reads it). */
    public Engine forModel(Path modelFile) {
        return forModel(ModelSources.load(modelFile));
    }

    /** Monte Carlo succession basins, as {@code Cib.of(system).basins(runs, seed)}. */
    public Basins basins(CibMatrix matrix, long runs, long seed) {
        var recipe = new BasinRecipe(matrix, runs, seed);
        return SparkBlocks.run(sc, recipe, BasinBlocks.of(matrix, runs, seed), sizing);
    }

    /** Stops the context if {@link #start(String)} started it. */
    @Override
    public void close() {
        if (owned) {
            sc.stop();
        }
    }

    private static void checkShippable(BlockStudy<?> study) {
        try (var out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(study);
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException("the study captures a " + e.getMessage() + ", which cannot be shipped "
                    + "to Spark executors; capture plain values only (numbers, strings, enums, arrays of them)", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("the study cannot be shipped to Spark executors: " + e, e);
        }
    }
}
