package fi.foresight.job;

/**
 * A plug-in engine, registered as a {@link java.util.ServiceLoader} service in
 * {@code META-INF/services/fi.foresight.job.EngineProvider} (the Spark module registers {@code spark}).
 */
public interface EngineProvider {
    /** The name given to {@code foresight run --engine}. */
    String name();

    /** Starts the engine; {@code master} is engine-specific (a Spark master URL) or null for the default. */
    Engines open(String master);
}
