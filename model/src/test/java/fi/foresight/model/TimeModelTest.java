package fi.foresight.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Uniform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Horizon, processes, events and from-years: records and the model's checks. */
class TimeModelTest {

    private static List<Problem> problems(ModelBuilder b) {
        return assertThrows(ModelException.class, b::build).problems();
    }

    @Test
    void aHorizonListsItsYearsAndFindsTheFirstYearFromAGivenOne() {
        Horizon h = new Horizon(2020, 2050, 5);
        assertArrayEquals(new int[] {2020, 2025, 2030, 2035, 2040, 2045, 2050}, h.years());
        assertEquals(7, h.size());
        assertEquals(0, h.firstIndexFrom(1990));
        assertEquals(1, h.firstIndexFrom(2021));
        assertEquals(1, h.firstIndexFrom(2025));
        assertEquals(7, h.firstIndexFrom(2051));
        assertTrue(h.contains(2035));
        assertEquals("horizon end (2030) is before its start (2040); end must be >= start",
                assertThrows(IllegalArgumentException.class, () -> Horizon.of(2040, 2030)).getMessage());
        assertEquals("horizon step is 0; must be >= 1 (years between points)",
                assertThrows(IllegalArgumentException.class, () -> new Horizon(2020, 2030, 0)).getMessage());
    }

    @Test
    void processesValidateTheirParametersAndMilestonesInterpolate() {
        var m = new TimeProcess.Milestones(Map.of(2030, 12.0, 2019, 10.0, 2025, 22.0));
        assertEquals(List.of(2019, 2025, 2030), List.copyOf(m.values().keySet()), "sorted by year");
        assertEquals(10.0, m.valueAt(2000));
        assertEquals(16.0, m.valueAt(2022));
        assertEquals(20.0, m.valueAt(2026));
        assertEquals(12.0, m.valueAt(2040));
        assertThrows(IllegalArgumentException.class, () -> TimeProcess.milestones(Map.of()));
        assertEquals("volatility is -1.0; must be a finite number >= 0",
                assertThrows(IllegalArgumentException.class, () -> TimeProcess.randomWalk(0, -1)).getMessage());
        assertEquals("hold", Driver.of("x", Fixed.of(1)).process().type());
        assertEquals(false, Driver.of("x", Fixed.of(1)).isTimeVarying());
        assertThrows(IllegalArgumentException.class, () -> new TimeEvent.Effect("x", null, null));
        assertThrows(IllegalArgumentException.class, () -> TimeEvent.in("e", 2020).probability(1.2));
    }

    @Test
    void aModelBuiltWithoutTimeHasNoHorizonAndNoEvents() {
        Model m = Model.builder("m").variable(Driver.of("x", Uniform.of(0, 1))).outcome(ExpressionOutcome.of("y", "x"))
                .scenario(new Scenario("s", null, null, null, null, List.of(), List.of()))
                .lever(new Lever("l", null, null, null, null, List.of(), List.of())).build();
        assertEquals(java.util.Optional.empty(), m.horizon());
        assertEquals(List.of(), m.events());
        assertEquals(null, m.scenarios().get(0).from());
        assertEquals(TimeProcess.hold(), new Driver("x", null, null, null, null, Fixed.of(1), null, null).process());
    }

    @Test
    void timeWithoutAHorizonIsReportedAtEachUse() {
        var p = problems(Model.builder("m")
                .variable(Driver.of("x", Fixed.of(1)).process(TimeProcess.growth(0.1)))
                .outcome("y", "x + prev(x)")
                .outcome("z", "year")
                .scenario(Scenario.of("s").shift("x", 1).from(2022))
                .event(TimeEvent.in("e", 2022).set("x", 2)));
        assertEquals(List.of("variables.x.process", "outcomes.y.expression", "outcomes.z.expression", "scenarios.s.from",
                "events.e"), p.stream().map(Problem::path).toList());
        assertEquals(10, p.get(1).column(), "the column of the name inside prev(...)");
        assertEquals(1, p.get(2).column());
    }

    @Test
    void namesEventsAndYearsAreChecked() {
        var p = problems(Model.builder("m").horizon(2019, 2030)
                .variable(Driver.of("x", Fixed.of(1)))
                .outcome("y", "prev(xx) + year")
                .lever(Lever.of("l").shift("x", 1).from(2031))
                .event(TimeEvent.in("e", 2040).set("q", 1))
                .event(TimeEvent.in("e", 2022)));
        List<String> messages = p.stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "outcomes.y.expression: unknown name 'xx' in prev(xx); did you mean x?; prev reads a variable or an outcome",
                "levers.l.from: from (2031) lies outside the horizon 2019–2030; give a year in it, or leave from: out "
                        + "to act over the whole horizon",
                "events.e.year: every year the event may happen in lies after the horizon's end (2030), so it never "
                        + "happens on the horizon; give years up to 2030",
                "events.e.set.q: unknown variable 'q'; did you mean x?; an event changes a declared variable",
                "events.e: duplicate id 'e' in events; each id may be declared once",
                "events.e: the event changes nothing; give set: {driver: value}, process: {driver: ...}, shift: or "
                        + "scale:"), messages);
    }

    @Test
    void prevIsReservedAndTheOutcomeCycleCheckIgnoresPrev() {
        var p = problems(Model.builder("m").variable("prev", Fixed.of(1)).outcome("y", "1"));
        assertTrue(p.get(0).message().startsWith("'prev' is a word of the expression language"), p.toString());
        Model stock = Model.builder("m").horizon(2019, 2030).variable("x", Fixed.of(1))
                .outcome("a", "prev(b) + x").outcome("b", "prev(a) + a").build();
        assertEquals(2, stock.outcomes().size());
    }
}
