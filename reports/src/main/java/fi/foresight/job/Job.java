package fi.foresight.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A batch job read from a job file: the model, the analyses to run over it and what to write. Read one with
 * {@link JobFiles#load(Path, JobOverrides, AnalysisRegistry)}; run it with {@link fi.foresight.batch.JobRunner}.
 *
 * <pre>{@code
 * Job job = JobFiles.load(Path.of("jobs/kanta-hame.yaml"), JobOverrides.NONE, AnalysisTypes.standard());
 * RunSummary done = new JobRunner().run(job, Path.of("runs/kanta-hame"), Progress.silent());
 * }</pre>
 *
 * @param id          the job id ({@code job:}), also the default run directory name
 * @param title       a title for the report, or null (the model's title is used)
 * @param titleFi     the title of Finnish reports, or null (then {@code title})
 * @param description a short introduction for the report, or null
 * @param descriptionFi the introduction of Finnish reports, or null (then {@code description})
 * @param file        the job file ({@code null} for jobs made by the {@code cib} and {@code micmac} commands)
 * @param bytes       the job file's content as read
 * @param sha256      hex SHA-256 of {@code bytes}
 * @param model       the model and its source
 * @param seed        the job's seed (analyses may set their own)
 * @param threads     worker threads
 * @param samples     the job's default sample count ({@code --samples} when given)
 * @param scenarios   scenario ids to cover
 * @param levers      lever ids to cover
 * @param analyses    the planned analyses, in job order
 * @param outputs     formats to write
 * @param languages   report languages, the first one writing {@code report.html}
 */
public record Job(String id, String title, String titleFi, String description, String descriptionFi, Path file, byte[] bytes, String sha256,
                  ModelSource model, long seed, int threads, int samples, List<String> scenarios,
                  List<String> levers, List<PlannedAnalysis> analyses, Set<Output> outputs,
                  List<Language> languages) {
    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(model, "model");
        scenarios = List.copyOf(scenarios);
        levers = List.copyOf(levers);
        analyses = List.copyOf(analyses);
        outputs = outputs.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(outputs));
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a job needs at least one report language");
        }
        if (threads < 1 || threads > Limits.MAX_THREADS) {
            throw new IllegalArgumentException("threads (" + threads + ") must be in [1, " + Limits.MAX_THREADS + "]");
        }
    }

    /** This job writing {@code formats} instead of its own {@code outputs:} ({@code --outputs} on the command line). */
    public Job withOutputs(Set<Output> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("a job writes at least one output");
        }
        return new Job(id, title, titleFi, description, descriptionFi, file, bytes, sha256, model, seed, threads, samples,
                scenarios, levers, analyses, formats, languages);
    }
}
