package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.model.CibMatrix;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.Variant;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Axis;
import fi.foresight.model.Factor;
import fi.foresight.model.FuturesTable;
import fi.foresight.model.ScenarioCross;
import fi.foresight.model.State;
import fi.foresight.model.Model;
import fi.foresight.model.InfluenceMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code cib:}, {@code micmac:} and {@code futures_table:} sections read into the same parts as the builders. */
class QualitativeSectionsTest {

    static final String FILE = """
            model: qualitative
            variables:
              access: {distribution: {type: uniform, min: 0, max: 1}}
              coop: {distribution: {type: uniform, min: 0, max: 1}}
              skills: {distribution: {type: uniform, min: 0, max: 1}}
            outcomes:
              y: {expression: "access + coop + skills"}
            cib:
              name: Eastern ties
              descriptors:
                east:
                  label: Eastern market
                  label_fi: Itämarkkina
                  variants:
                    open: {label: Open, label_fi: Avoin, set: {access: {type: pert, min: 0.6, mode: 0.8, max: 0.95}}}
                    partial: {label: Partial}
                    closed: {label: Closed, set: {access: 0}, shift: {coop: -0.1}}
                region:
                  variants: [strong, weak]
              impacts:
                east.open:    {region: [2, -2]}
                east.closed:  {region.weak: 1}
                region.strong: {east: [1, 0, -1]}
                region.weak:  {east.closed: 2, east.open: -3}
            micmac:
              matrix:
                - "0 3 P"
                - "1 0 2"
                - [2, 1, 0]
            futures_table:
              name: Kanta-Häme 2030
              factors:
                east: {label: Eastern market, states: {open: {set: {access: 1}}, closed: {label: Closed}}}
                coop: {states: [strong, weak]}
              incompatible:
                east.closed: [coop.strong]
              scores:
                east.open: {coop.strong: 2}
              cross:
                x: {factor: east, poles: [open, closed]}
                y: {factor: coop, poles: [strong, weak]}
                names:
                  - {x: open, y: strong, name: Gateway to the East}
            """;

    static Model built() {
        CrossImpactSystem cib = new CrossImpactSystem("Eastern ties", List.of(
                new Descriptor("east", "Eastern market", "Itämarkkina", List.of(
                        new Variant("open", "Open", "Avoin").set("access", Pert.of(0.6, 0.8, 0.95)),
                        new Variant("partial", "Partial", null),
                        new Variant("closed", "Closed", null).set("access", 0).shift("coop", -0.1))),
                Descriptor.of("region", "strong", "weak")),
                CibMatrix.of(new int[] {3, 2}, new int[][] {
                    {0, 0, 0, 2, -2},
                    {0, 0, 0, 0, 0},
                    {0, 0, 0, 0, 1},
                    {1, 0, -1, 0, 0},
                    {-3, 0, 2, 0, 0}}));
        InfluenceMatrix micmac = InfluenceMatrix.parse(List.of("access", "coop", "skills"), "0 3 P", "1 0 2", "2 1 0");
        FuturesTable table = FuturesTable.builder("Kanta-Häme 2030")
                .factor(new Factor("east", "Eastern market", null, List.of(State.of("open").set("access", 1),
                        new State("closed", "Closed", null))))
                .factor("coop", "strong", "weak")
                .incompatible("east", "closed", "coop", "strong")
                .score("east", "open", "coop", "strong", 2)
                .build();
        ScenarioCross cross = ScenarioCross.of(new Axis("east", "open", "closed"), new Axis("coop", "strong", "weak"))
                .name("open", "strong", "Gateway to the East");
        return Model.builder("qualitative")
                .variable("access", Uniform.of(0, 1)).variable("coop", Uniform.of(0, 1)).variable("skills", Uniform.of(0, 1))
                .outcome("y", "access + coop + skills")
                .cib(cib).micmac(micmac).futuresTable(table, cross)
                .build();
    }

    @Test
    void theFileEqualsTheModelWrittenWithTheBuilders() {
        assertEquals(built(), ModelFiles.parse(FILE, "q.yaml"));
    }

    @Test
    void micmacRowsMayBeKeyedByVariableAndVariablesMayBeOtherThanDrivers() {
        Model m = ModelFiles.parse("""
                model: rows
                variables:
                  x: {distribution: {type: uniform, min: 0, max: 1}}
                micmac:
                  variables: [energy, climate, policy]
                  matrix:
                    policy: "2 1 0"
                    energy: "0 3 2"
                    climate: "1 0 p"
                """, "rows.yaml");
        assertEquals(InfluenceMatrix.parse(List.of("energy", "climate", "policy"), "0 3 2", "1 0 P", "2 1 0"),
                m.micmac().orElseThrow());
    }

    @Test
    void aModelMayBeQualitativeOnly() {
        Model m = ModelFiles.parse("""
                model: only_cib
                cib:
                  descriptors: {a: {variants: [x, y]}, b: {variants: [u, v]}}
                  impacts: {a.x: {b: [1, -1]}, b.u: {a.x: 1}}
                """, "only.yaml");
        assertTrue(m.drivers().isEmpty());
        assertTrue(m.hasQualitativePart());
        assertEquals(1, m.cib().orElseThrow().matrix().impact(1, 0, 0, 0));
        assertFalse(m.micmac().isPresent());
    }

    @Test
    void jsonWorksTheSameWay() {
        Model m = ModelFiles.parse("""
                {"model": "j", "cib": {"descriptors": {"a": {"variants": ["x", "y"]}, "b": {"variants": ["u", "v"]}},
                 "impacts": {"a.x": {"b.v": -2}}}}
                """, "j.json");
        assertEquals(-2, m.cib().orElseThrow().matrix().impact(0, 0, 1, 1));
    }

    @Test
    void qualitativePartsAreCheckedAgainstTheDriversWhenBuiltInCode() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(fi.foresight.model.ModelException.class, () ->
                Model.builder("m").variable("a", Uniform.of(0, 1)).outcome("y", "a")
                        .cib(CrossImpactSystem.builder("s").descriptor(new Descriptor("d", null, null,
                                List.of(Variant.of("x").shift("b", 1), Variant.of("z")))).build())
                        .futuresTable(FuturesTable.builder("t").factor("f", "s1", "s2").build(),
                                ScenarioCross.of(new Axis("f", "s1", "s3"), new Axis("g", "a", "b")))
                        .build());
        assertEquals(List.of(
                "cib.descriptors.d.variants.x.shift.b: unknown variable 'b'; did you mean a?; weights and overrides name a declared variable",
                "futures_table.cross.x.poles: factor 'f' has no state 's3'; did you mean s1?; its states are s1, s2",
                "futures_table.cross.y.factor: unknown factor 'g'; did you mean f?; the axes of a scenario cross are factors of the "
                        + "futures table: f"),
                e.problems().stream().map(Object::toString).toList());
    }
}
