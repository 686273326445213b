package fi.foresight.spark;

import fi.foresight.job.EngineProvider;
import fi.foresight.job.Engines;

/** {@code foresight run JOB.yaml --engine spark [--master URL]}: found through {@link java.util.ServiceLoader}. */
public final class SparkEngineProvider implements EngineProvider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Engines open(String master) {
        return SparkEngines.start(master);
    }
}
