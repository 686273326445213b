package fi.foresight.batch;

import fi.foresight.chart.ChartSpec;
import fi.foresight.job.Job;
import fi.foresight.job.Language;
import fi.foresight.job.Output;
import fi.foresight.job.Progress;
import fi.foresight.rundir.RenderedChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Draws an analysis's charts in every language of the job, in the forms its outputs need, over the job's
 * threads. Each chart × language is drawn on its own canvas and the results are collected in a fixed order, so
 * the files are byte-identical for any thread count.
 */
final class ChartJobs {
    private ChartJobs() {
    }

    /**
     * The charts drawn, chart by chart and within a chart language by language (the job's order).
     *
     * @param specs the charts by unique name
     * @param job   the job (languages, outputs, threads)
     * @param task  the progress task, advanced once per chart
     * @return the drawn charts
     */
    static List<RenderedChart> render(Map<String, ChartSpec> specs, Job job, Progress.Task task) {
        if (specs.isEmpty()) {
            return List.of();
        }
        boolean files = job.outputs().contains(Output.PNG);
        boolean svg = files || job.outputs().contains(Output.HTML);
        boolean pdf = files || job.outputs().contains(Output.PDF);
        List<String> languages = job.languages().stream().map(Language::code).toList();
        int threads = Math.max(1, Math.min(job.threads(), specs.size() * languages.size()));
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chart-renderer");
            t.setDaemon(true);
            return t;
        });
        try {
            var futures = new ArrayList<Future<RenderedChart>>();
            var out = new ArrayList<RenderedChart>();
            for (var e : specs.entrySet()) {
                for (String language : languages) {
                    if (pool == null) {
                        out.add(RenderedChart.of(e.getKey(), e.getValue(), language, files, svg, pdf));
                    } else {
                        futures.add(pool.submit(() -> RenderedChart.of(e.getKey(), e.getValue(), language, files,
                                svg, pdf)));
                    }
                }
            }
            int done = 0;
            for (Future<RenderedChart> f : futures) {
                out.add(f.get());
                if (++done % languages.size() == 0) {
                    task.advance(1);
                }
            }
            if (pool == null) {
                task.advance(specs.size());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing the charts", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a chart could not be drawn: " + cause, cause);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
