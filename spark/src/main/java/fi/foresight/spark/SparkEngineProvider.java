package fi.foresight.spark;

import fi.foresight.job.EngineProvider;
import fi.foresight.job.Engines;

/** {@code foresight run JOB.yaml --engine spark [--master URL]}: found through {@link java.util.ServiceLoader}. */
public final class SparkEngineProvider implements EngineProvider {
    @Override
    public String name() {
        return "spark";
    }

    /** Starts a Spark context; says what to do when the jar runs without Spark on the class path. */
    @Override
    public Engines open(String master) {
        try {
            Class.forName("org.apache.spark.api.java.JavaSparkContext", false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("--engine spark needs Spark on the class path: run the job with "
                    + "spark-submit --class fi.foresight.spark.SparkJob, or put $SPARK_HOME/jars/* on the class path "
                    + "(see README: When one machine is not enough)");
        }
        return SparkEngines.start(master);
    }
}
