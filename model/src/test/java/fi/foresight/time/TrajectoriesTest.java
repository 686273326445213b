package fi.foresight.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.chart.ChartRenderer;
import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Driver;
import fi.foresight.model.Model;
import fi.foresight.model.TimeProcess;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Settings, errors, tables, charts and findings of a trajectory run. */
class TrajectoriesTest {

    private static TrajectoryResult small() {
        return Trajectories.of(TimeModels.everything()).samples(3000).seed(5).threads(2).samplePaths(12).run();
    }

    @Test
    void badSettingsAndModelsGiveClearErrors() {
        Model timeless = Model.builder("timeless").variable("x", Uniform.of(0, 1)).outcome("y", "x").build();
        var e = assertThrows(IllegalArgumentException.class, () -> Trajectories.of(timeless));
        assertTrue(e.getMessage().contains("has no horizon"), e.getMessage());
        Model m = TimeModels.everything();
        assertThrows(IllegalArgumentException.class, () -> Trajectories.of(m).samples(0));
        assertThrows(IllegalArgumentException.class, () -> Trajectories.of(m).threads(0));
        assertThrows(IllegalArgumentException.class, () -> Trajectories.of(m).blockSize(8));
        var s = assertThrows(IllegalArgumentException.class, () -> Trajectories.of(m).scenarios("opne"));
        assertTrue(s.getMessage().contains("did you mean open"), s.getMessage());
        var o = assertThrows(IllegalArgumentException.class, () -> Trajectories.of(m).outcomes("smes", "smes"));
        assertTrue(o.getMessage().contains("named twice"), o.getMessage());
    }

    @Test
    void undefinedOutcomesStopTheRunWithTheYearAndScenario() {
        Model m = Model.builder("neg").horizon(2019, 2022)
                .variable(Driver.of("x", Fixed.of(1)).process(TimeProcess.randomWalk(-1, 0)))
                .outcome("y", "log(x)")
                .build();
        var e = assertThrows(IllegalStateException.class, () -> Trajectories.of(m).samples(100).threads(1).run());
        assertTrue(e.getMessage().contains("'y' is -Infinity in 100 of 100 paths of block 0 in 2020"), e.getMessage());
    }

    @Test
    void onlyTheNamedOutcomesAreTracked() {
        TrajectoryResult r = Trajectories.of(TimeModels.everything()).samples(500).threads(1).outcomes("smes")
                .scenarios("base").levers("none").run();
        assertEquals(List.of("smes"), List.copyOf(r.run("base", "none").outcomes().keySet()));
        assertEquals(12, r.trajectories().rowCount());
        assertThrows(IllegalArgumentException.class, () -> r.outcome("base", "none", "index"));
    }

    @Test
    void tablesHaveTheDocumentedColumns() {
        TrajectoryResult r = small();
        Table t = r.trajectories();
        assertEquals("trajectories", t.name());
        assertEquals(List.of("scenario", "lever", "outcome", "year", "mean", "p05", "p25", "p50", "p75", "p95"),
                t.columnNames());
        int columns = TimeModels.everything().outcomeColumns().size();
        assertEquals(4 * columns * 12, t.rowCount());
        Table f = r.firstPassage();
        assertEquals("trajectories-first-passage", f.name());
        assertEquals(List.of("scenario", "lever", "outcome", "target", "year", "reached", "paths", "probability",
                "cumulative"), f.columnNames());
        assertEquals(4 * 2 * 13, f.rowCount(), "per run and target: 12 years and 'not reached'");
        assertEquals(1.0, f.doubleColumn("cumulative").get(12), 1e-12);
        assertTrue(f.intColumn("year").isMissing(12));
        assertFalse(f.booleanColumn("reached").get(12));
        long sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += f.longColumn("paths").get(i);
        }
        assertEquals(3000, sum);
        Table x = r.exceedance();
        assertEquals(List.of("scenario", "lever", "outcome", "target", "year", "probability", "se"), x.columnNames());
        // the model has time events, so their effects at the horizon's end are tabled too
        assertEquals(List.of("trajectories", "trajectories-first-passage", "trajectories-exceedance",
                "trajectories-events"), r.tables().stream().map(Table::name).toList());
        // percentiles are ordered in every row
        for (int i = 0; i < t.rowCount(); i++) {
            double previous = Double.NEGATIVE_INFINITY;
            for (String p : List.of("p05", "p25", "p50", "p75", "p95")) {
                double v = t.doubleColumn(p).get(i);
                assertTrue(v >= previous, "row " + i);
                previous = v;
            }
        }
    }

    @Test
    void chartsAndFindingsCoverScenariosOutcomesAndTargets() {
        AnalysisResult r = small();
        assertEquals("trajectories", r.kind());
        var charts = r.charts();
        assertTrue(charts.containsKey("trajectories-fan-smes-base"));
        assertTrue(charts.containsKey("trajectories-fan-smes-open"));
        assertTrue(charts.containsKey("trajectories-medians-smes"));
        assertTrue(charts.containsKey("trajectories-spaghetti-smes-base"));
        assertTrue(charts.containsKey("trajectories-first-passage-smes"));
        assertTrue(charts.containsKey("trajectories-first-passage-index"));
        assertFalse(charts.keySet().stream().anyMatch(k -> k.contains(".")), "no charts per panel column");
        // 4 outcomes x (2 fans + medians + spaghetti) + 2 targets
        assertEquals(4 * 4 + 2, charts.size());
        for (var c : charts.values()) {
            assertTrue(ChartRenderer.png(c, "fi", 72).length > 1000);
        }
        assertEquals(4 * 2, r.findings().stream().filter(f -> f.key().equals("trajectories.first_passage")).count());
        assertEquals("trajectories.first_passage", r.findings().get(0).key());
    }

    @Test
    void spaghettiNeedsKeptPaths() {
        TrajectoryResult r = Trajectories.of(TimeModels.everything()).samples(200).threads(1).samplePaths(0)
                .scenarios("base").levers("none").run();
        assertThrows(IllegalStateException.class, () -> r.spaghetti("base", "none", "smes"));
        assertFalse(r.charts().keySet().stream().anyMatch(k -> k.contains("spaghetti")));
    }
}
