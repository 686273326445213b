/**
 * Trajectories: Monte Carlo over the years of a model's horizon. Drivers start from their distributions and move
 * by their {@link fi.foresight.model.TimeProcess} (growth, random walk, milestones) and by
 * {@link fi.foresight.model.TimeEvent}s drawn per path; scenarios and levers may act {@code from} a year;
 * outcomes are evaluated year by year through the model's one kernel, with {@code year} and {@code prev(x)}.
 * Per scenario × lever × outcome × year the run keeps streaming, deterministic statistics, and per target the
 * year it is first reached.
 *
 * <pre>{@code
 * Model m = ModelFiles.load(Path.of("model.yaml"));                 // with horizon: {start: 2019, end: 2030}
 * TrajectoryResult r = Trajectories.of(m).samples(10_000).seed(7).threads(2).run();
 * System.out.println(r.trajectories().printAll());                 // scenario, lever, outcome, year, mean, p05 … p95
 * System.out.println(r.firstPassage().printAll());
 * Charts.show(r.fan("base", "none", "exports"));
 * }</pre>
 *
 * <p>Entry point: {@link fi.foresight.time.Trajectories}; result: {@link fi.foresight.time.TrajectoryResult}
 * (an {@link fi.foresight.analysis.AnalysisResult} of kind {@code trajectories}). The file format is described
 * in {@code docs/model-format.md}, section "Time".
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code chart}, {@code distributions},
 * {@code evaluation}, {@code model}, {@code sampling}, {@code statistics} and on no other; none of them depends
 * back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.time;
