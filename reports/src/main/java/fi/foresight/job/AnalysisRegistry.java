package fi.foresight.job;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which analysis types a job file may name, and how each reads its options. The registry of this build is
 * {@code fi.foresight.job.types.AnalysisTypes.standard()}: it lives beside the types, which depend on this
 * package, so that the packages form no cycle (the cycle test {@code PackageCyclesTest} keeps it so).
 *
 * <p><b>Adding an analysis</b> (the recipe of docs/architecture.md, "An analysis in six files"): besides tests and
 * docs, an analysis touches at most these six files, and nothing in {@code report}, {@code batch}, {@code rundir} or
 * {@code chart}:
 * <ol>
 *   <li>its computation, in the package of its kind in {@code model/} (e.g. {@code sensitivity.Xyz}: a builder
 *       whose {@code run()} returns the result);</li>
 *   <li>its result, {@code XyzResult implements fi.foresight.analysis.AnalysisResult}: {@code kind()} (the job
 *       file's type name), {@code tables()}, {@code charts()} (language-neutral {@code ChartSpec}s built with the
 *       {@code chart} package's factories, texts as English–Finnish pairs), {@code findings()}, and, when a table or
 *       chart is too long or technical for the report's pages, {@code tableOnPages}/{@code chartOnPages} returning
 *       false for it (CSV, XLSX and {@code charts/} keep everything);</li>
 *   <li>its job options, {@code fi.foresight.job.types.XyzType implements AnalysisType} (like {@code ViewsType}):
 *       read the options through {@link AnalysisOptions} (each problem at its {@code file:line:col}) and return
 *       {@code PlannedAnalysis.of(options, context -> context.run(model -> Xyz.of(model)...))} (through
 *       {@link RunContext#run} the analysis runs on the job's engine: this machine, or Spark with
 *       {@code --engine spark}; the lambda captures plain values only); what the report alone needs (rows
 *       ordered for readers, charts with the model's labels) goes here too, as a {@code Reported};</li>
 *   <li>its English bundle keys, one block at the end of {@code fi/foresight/report/messages.properties}:
 *       {@code section.xyz.title/guide/method}, {@code table.<table>} and one key per finding key (the test
 *       {@code AnalysisRecipeTest} fails without them), and as needed {@code column.<column>},
 *       {@code setting.<option>}, {@code report.columns.<table>};</li>
 *   <li>the same keys in Finnish, one block at the end of {@code messages_fi.properties};</li>
 *   <li>one registry line, {@code .register("xyz", new XyzType())} at the end of
 *       {@code fi.foresight.job.types.AnalysisTypes.standard()}.</li>
 * </ol>
 * A computation in a new package also adds that package's row to docs/architecture.md (the cycle test reads it)
 * and its {@code package-info.java}.
 *
 * <p>Registries are immutable; {@link #register} returns a new one (tests add fake types that way).
 */
public final class AnalysisRegistry {
    private final Map<String, Entry> entries;

    /** A type and, while it is not yet available, the note saying so. */
    private record Entry(AnalysisType type, String pending) {
    }

    private AnalysisRegistry(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
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
