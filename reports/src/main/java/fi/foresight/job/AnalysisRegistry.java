package fi.foresight.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which analysis types a job file may name, and how each reads its options. This is the one place an analysis
 * is plugged in: the job runner and the report writer loop over results and never name a type.
 *
 * <p><b>Wiring a new analysis</b> (e.g. {@code sobol} when {@code fi.foresight.sensitivity} lands):
 * <ol>
 *   <li>write {@code fi.foresight.job.types.SobolType implements AnalysisType} (one small file, like
 *       {@link fi.foresight.job.types.MonteCarloType}): read the options, return
 *       {@code PlannedAnalysis.of(options, context -> context.run(model -> Sobol.of(model)...))} (through
 *       {@link RunContext#run} the analysis runs on the job's engine: this machine, or Spark with
 *       {@code --engine spark}; the lambda captures plain values only);</li>
 *   <li>replace its {@code planned("sobol", …)} line below with {@code register("sobol", new SobolType())};</li>
 *   <li>add {@code section.sobol.title/guide/method} (and the keys of its findings, tables and columns) to
 *       {@code fi/foresight/report/messages.properties} and {@code messages_fi.properties}.</li>
 * </ol>
 * Registries are immutable; {@link #register} returns a new one (tests add fake types that way).
 */
public final class AnalysisRegistry {
    private final Map<String, Entry> entries;

    /** A type and, while it is not yet available, the note saying so. */
    private record Entry(AnalysisType type, String pending) {
    }

    private AnalysisRegistry(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The analyses of this build. */
    public static AnalysisRegistry standard() {
        return new AnalysisRegistry(Map.of())
                .register("montecarlo", new fi.foresight.job.types.MonteCarloType())
                .register("trajectories", new fi.foresight.job.types.TrajectoriesType())
                .register("sobol", new fi.foresight.job.types.SobolType())
                .register("morris", new fi.foresight.job.types.MorrisType())
                .register("tornado", new fi.foresight.job.types.TornadoType())
                .register("importance", new fi.foresight.job.types.ImportanceType())
                .register("weights", new fi.foresight.job.types.WeightsType())
                .register("cib", new fi.foresight.job.types.CibType())
                .register("micmac", new fi.foresight.job.types.MicmacType())
                .register("futures_table", new fi.foresight.job.types.FuturesTableType())
                .register("robustness", new fi.foresight.job.types.RobustnessType())
                .register("value_of_information", new fi.foresight.job.types.ValueOfInformationType())
                .register("goal_seek", new fi.foresight.job.types.GoalSeekType())
                .register("distribution_sensitivity", new fi.foresight.job.types.DistributionSensitivityType())
                .register("scenario_discovery", new fi.foresight.job.types.ScenarioDiscoveryType())
                .register("cib_ensemble", new fi.foresight.job.types.CibEnsembleType());
    }

    /** A registry with no types (for tests). */
    public static AnalysisRegistry empty() {
        return new AnalysisRegistry(Map.of());
    }

    /** This registry plus (or with a replaced) {@code name}. */
    public AnalysisRegistry register(String name, AnalysisType type) {
        java.util.Objects.requireNonNull(type, "type");
        var copy = new LinkedHashMap<>(entries);
        copy.put(name, new Entry(type, null));
        return new AnalysisRegistry(copy);
    }

    /** This registry plus a name that job files may use once the analysis is available in a later build. */
    public AnalysisRegistry planned(String name, String what) {
        var copy = new LinkedHashMap<>(entries);
        copy.put(name, new Entry(null, what));
        return new AnalysisRegistry(copy);
    }

    /** The type registered under {@code name}, if it is available. */
    public Optional<AnalysisType> find(String name) {
        var e = entries.get(name);
        return e == null ? Optional.empty() : Optional.ofNullable(e.type());
    }

    /** Whether {@code name} is known but not available in this build, and what it will be. */
    public Optional<String> pending(String name) {
        var e = entries.get(name);
        return e == null ? Optional.empty() : Optional.ofNullable(e.pending());
    }

    /** All known names, available or not, in registration order. */
    public Set<String> names() {
        return entries.keySet();
    }

    /** The names that run in this build. */
    public Set<String> available() {
        var s = new java.util.LinkedHashSet<String>();
        entries.forEach((k, v) -> {
            if (v.type() != null) {
                s.add(k);
            }
        });
        return Collections.unmodifiableSet(s);
    }
}
