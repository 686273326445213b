package fi.foresight.batch;

import fi.foresight.analysis.LocalPlans;
import fi.foresight.chart.ChartSpec;
import fi.foresight.job.Job;
import fi.foresight.job.Language;
import fi.foresight.job.Output;
import fi.foresight.job.Progress;
import fi.foresight.rundir.RenderedChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws an analysis's charts in every language of the job, in the forms its outputs need, over the job's
 * threads on the one local runner ({@link LocalPlans#mapAll}). Each chart × language is drawn on its own canvas and
 * the results are collected in a fixed order, so the files are byte-identical for any thread count.
 */
final class ChartJobs {
    private ChartJobs() {
    }

    /** One chart in one language, to be drawn. */
    private record Drawing(String name, ChartSpec spec, String language) {
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
        var drawings = new ArrayList<Drawing>();
        for (var e : specs.entrySet()) {
            for (String language : languages) {
                drawings.add(new Drawing(e.getKey(), e.getValue(), language));
            }
        }
        return LocalPlans.mapAll(drawings, job.threads(), "foresight-chart-renderer",
                d -> RenderedChart.of(d.name(), d.spec(), d.language(), files, svg, pdf),
                (i, chart) -> {
                    if ((i + 1) % languages.size() == 0) {
                        task.advance(1);
                    }
                });
    }
}
