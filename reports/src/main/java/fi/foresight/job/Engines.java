package fi.foresight.job;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A place where jobs run: this machine ({@link #LOCAL}) or a plug-in such as the Spark module, found by name
 * through {@link EngineProvider} services. It gives each job an {@link Engine} bound to the job's model; closing
 * it releases what it holds (a Spark context).
 *
 * <pre>{@code
 * try (Engines spark = Engines.open("spark", "local[2]")) {
 *     new JobRunner(spark).run(job, Path.of("runs/demo"), Progress.silent());
 * }
 * }</pre>
 */
public interface Engines extends AutoCloseable {
    /** This machine's threads. */
    Engines LOCAL = new Engines() {
        @Override
        public String name() {
            return "local";
        }

        @Override
        public Engine forModel(ModelSource model) {
            return Engine.local(model.model());
        }
    };

    /** The engine's name, as given to {@code foresight run --engine}. */
    String name();

    /** An engine for the jobs over this model (its text is what other machines read). */
    Engine forModel(ModelSource model);

    @Override
    default void close() {
    }

    /**
     * {@link #LOCAL} for {@code "local"}; otherwise the engine of the {@link EngineProvider} service of that name,
     * started for {@code master} (null: the provider's default). Throws {@link IllegalArgumentException} naming the
     * engines on the class path when there is none of that name.
     */
    static Engines open(String name, String master) {
        if ("local".equals(name)) {
            return LOCAL;
        }
        List<String> known = new ArrayList<>(List.of("local"));
        for (EngineProvider p : ServiceLoader.load(EngineProvider.class)) {
            if (p.name().equals(name)) {
                return p.open(master);
            }
            known.add(p.name());
        }
        String hint = "spark".equals(name) ? "; the Spark engine needs the foresight-spark jar and Spark on the class "
                + "path (see README: When one machine is not enough)" : "";
        throw new IllegalArgumentException("no engine '" + name + "' on the class path; engines here are " + known
                + hint);
    }
}
