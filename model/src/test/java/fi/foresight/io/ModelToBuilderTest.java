package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Uniform;
import fi.foresight.model.Horizon;
import fi.foresight.model.Model;
import fi.foresight.model.ModelBuilder;
import fi.foresight.model.Scenario;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Model#toBuilder()} keeps every part: building it unchanged gives an equal model for the Kanta-Häme model
 * and {@code every-feature.yaml}, which between them have every part (a new part of {@link Model} that neither
 * file gives fails {@link #theTwoModelsBetweenThemHaveEveryPart()}); absent parts are empty, never null.
 */
class ModelToBuilderTest {
    static final Path KANTA_HAME = Path.of("../scenarios/kanta-hame/model.yaml");
    static final Path EVERY_FEATURE = Path.of("../scenarios/examples/every-feature.yaml");

    static Object part(Model model, RecordComponent c) {
        try {
            return c.getAccessor().invoke(model);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static boolean given(Object part) {
        return part instanceof Optional<?> o ? o.isPresent()
                : part instanceof Collection<?> c ? !c.isEmpty()
                : part instanceof Map<?, ?> m ? !m.isEmpty()
                : part != null;
    }

    @Test
    void toBuilderThenBuildEqualsTheOriginalPartByPart() {
        for (Path file : List.of(KANTA_HAME, EVERY_FEATURE)) {
            Model model = ModelFiles.load(file);
            Model copy = model.toBuilder().build();
            for (RecordComponent c : Model.class.getRecordComponents()) {
                assertEquals(part(model, c), part(copy, c), file + ": " + c.getName());
            }
            assertEquals(model, copy, file.toString());
            assertEquals(model.hashCode(), copy.hashCode(), file.toString());
        }
    }

    @Test
    void theTwoModelsBetweenThemHaveEveryPart() {
        Model kantaHame = ModelFiles.load(KANTA_HAME);
        Model everyFeature = ModelFiles.load(EVERY_FEATURE);
        var missing = new ArrayList<String>();
        for (RecordComponent c : Model.class.getRecordComponents()) {
            if (!given(part(kantaHame, c)) && !given(part(everyFeature, c))) {
                missing.add(c.getName());
            }
        }
        assertEquals(List.of(), missing, "parts that neither model gives, so the round trip above does not test them");
    }

    @Test
    void noPartIsNullAndAbsentPartsAreEmpty() {
        Model tiny = Model.builder("tiny").variable("x", Uniform.of(0, 1)).outcome("y", "2 * x").build();
        for (RecordComponent c : Model.class.getRecordComponents()) {
            assertNotNull(part(tiny, c), c.getName());
        }
        assertEquals(Optional.empty(), tiny.horizon());
        assertEquals(Optional.empty(), tiny.titleFi());
        assertEquals(Optional.empty(), tiny.cib());
        assertEquals(Optional.empty(), tiny.delphi());
        assertEquals("tiny", tiny.title(), "the title defaults to the id");
        assertEquals(Optional.empty(), Model.builder("t").titleFi(" ").variable("x", Uniform.of(0, 1)).build()
                .titleFi(), "a blank Finnish title counts as none");
        assertThrows(NullPointerException.class, () -> new Model("m", "m", Map.of(), tiny.drivers(), List.of(),
                List.of(), tiny.outcomes(), List.of(), List.of(), List.of(), List.of(), null, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty(),
                List.of()), "an absent horizon is Optional.empty(), not null");
    }

    @Test
    void aDerivedModelKeepsWhatItDoesNotChange() {
        Model model = ModelFiles.load(KANTA_HAME);
        Model derived = model.toBuilder().id("kanta_hame_calm").replaceEvents(List.of())
                .replaceScenarios(List.of(Scenario.of("calm").shift("readiness_hameenlinna", 0.1))).build();
        assertEquals("kanta_hame_calm", derived.id());
        assertEquals(List.of(), derived.events());
        assertEquals(model.horizon(), derived.horizon());
        assertEquals(List.of("calm"), derived.scenarios().stream().map(Scenario::id).toList());
        assertTrue(derived.cib().isPresent());
        assertEquals(model.cib(), derived.cib());
        assertEquals(model.micmac(), derived.micmac());
        assertEquals(model.delphi(), derived.delphi());
        assertEquals(model.dataSets(), derived.dataSets());
        assertEquals(model.titleFi(), derived.titleFi());
        assertEquals(model.sourcesFi(), derived.sourcesFi());
        assertEquals(model.panels(), derived.panels());
        assertEquals(model.levers(), derived.levers());
        assertEquals(Optional.empty(), model.toBuilder().cib(null).build().cib(), "null on the builder leaves a part out");
    }

    @Test
    void aBuilderChangedAfterBuildingLeavesTheBuiltModelAlone() {
        ModelBuilder builder = Model.builder("m").variable("x", Uniform.of(0, 1)).outcome("y", "x");
        Model first = builder.build();
        Model second = builder.variable("z", Uniform.of(0, 1)).horizon(Horizon.of(2020, 2030)).build();
        assertEquals(List.of("x"), first.driverIds());
        assertFalse(first.hasHorizon());
        assertEquals(List.of("x", "z"), second.driverIds());
        assertThrows(UnsupportedOperationException.class, () -> first.drivers().add(second.drivers().get(1)));
    }

    @Test
    void theJavadocSnippetHolds() {
        Model model = ModelFiles.load(KANTA_HAME);
        assertEquals(2030, model.horizon().orElseThrow().end());
        assertFalse(model.futuresTable().isPresent());
        Model baseOnly = model.toBuilder().id("kanta_hame_base").replaceScenarios(List.of()).build();
        assertTrue(baseOnly.scenarios().isEmpty());
        assertTrue(baseOnly.cib().equals(model.cib()));
        assertTrue(model.toBuilder().cib(null).build().cib().isEmpty());
        assertTrue(model.toBuilder().build().equals(model));
    }
}
