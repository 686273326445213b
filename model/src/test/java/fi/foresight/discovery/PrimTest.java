package fi.foresight.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrimTest {
    @Test
    void recoversThePlantedBox() {
        DiscoveryData data = PlantedBox.data(10_000, 7);
        List<DiscoveryBox> boxes = new Prim().find(data);
        assertFalse(boxes.isEmpty(), "PRIM found no box");
        DiscoveryBox box = boxes.get(0);
        // x1 > 0.7 and x2 < 0.3; x3 is left open; the box holds nearly all cases and nearly only cases
        assertEquals(List.of("x1", "x2"), box.restrictions().stream().map(DiscoveryBox.Restriction::input).toList());
        DiscoveryBox.Restriction x1 = box.restrictions().get(0);
        DiscoveryBox.Restriction x2 = box.restrictions().get(1);
        assertEquals(0.7, x1.lower(), 0.03);
        assertTrue(Double.isNaN(x1.upper()), "x1 has no upper limit: " + x1);
        assertTrue(Double.isNaN(x2.lower()), "x2 has no lower limit: " + x2);
        assertEquals(0.3, x2.upper(), 0.03);
        assertTrue(box.coverage() >= 0.9, "coverage " + box.coverage());
        assertTrue(box.density() >= 0.9, "density " + box.density());
        assertEquals(box.density() * box.mass() * data.size(), box.coverage() * data.cases(), 1e-6);
        // both restrictions are far from chance
        assertTrue(x1.quasiP() < 1e-6 && x2.quasiP() < 1e-6, box.toString());
        // the trajectory starts unrestricted at the base rate, and exactly one step is the chosen box
        DiscoveryBox.Step first = box.trajectory().get(0);
        assertEquals(1.0, first.coverage());
        assertEquals((double) data.cases() / data.size(), first.density(), 1e-12);
        assertEquals(0, first.restricted());
        assertEquals(1, box.trajectory().stream().filter(DiscoveryBox.Step::chosen).count());
    }

    @Test
    void aCategoricalInputIsPeeledByValue() {
        // y = 1 in the scenarios "b" and "d" when x > 0.5
        int n = 8000;
        var rng = new SplittableRandom(3);
        double[][] x = new double[2][n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[0][i] = rng.nextInt(4);
            x[1][i] = rng.nextDouble();
            y[i] = (x[0][i] == 1 || x[0][i] == 3) && x[1][i] > 0.5;
        }
        var data = new DiscoveryData(List.of("scenario", "x"), List.of(List.of("a", "b", "c", "d"), List.of()), x, y);
        DiscoveryBox box = new Prim().find(data).get(0);
        assertEquals(List.of("b", "d"), box.restrictions().get(0).values());
        assertEquals(0.5, box.restrictions().get(1).lower(), 0.03);
        assertTrue(box.coverage() >= 0.9 && box.density() >= 0.9, box.toString());
    }

    @Test
    void coveringFindsASecondBoxOnTheRest() {
        // two planted boxes: x1 > 0.7 and x2 > 0.7 (mass 0.09), or x1 < 0.3 and x3 > 0.9 (mass 0.03)
        int n = 20_000;
        var rng = new SplittableRandom(11);
        double[][] x = new double[3][n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                x[k][i] = rng.nextDouble();
            }
            y[i] = (x[0][i] > 0.7 && x[1][i] > 0.7) || (x[0][i] < 0.3 && x[2][i] > 0.9);
        }
        var data = new DiscoveryData(List.of("x1", "x2", "x3"), List.of(List.of(), List.of(), List.of()), x, y);
        List<DiscoveryBox> boxes = new Prim().boxes(3).massMin(0.01).find(data);
        assertTrue(boxes.size() >= 2, "boxes: " + boxes.size());
        DiscoveryBox a = boxes.get(0);
        DiscoveryBox b = boxes.get(1);
        assertEquals(List.of("x1", "x2"), a.restrictions().stream().map(DiscoveryBox.Restriction::input).toList());
        assertEquals(0.7, a.restrictions().get(0).lower(), 0.03);
        assertEquals(0.7, a.restrictions().get(1).lower(), 0.03);
        assertEquals(List.of("x1", "x3"), b.restrictions().stream().map(DiscoveryBox.Restriction::input).toList());
        assertEquals(0.3, b.restrictions().get(0).upper(), 0.03);
        assertEquals(0.9, b.restrictions().get(1).lower(), 0.03);
        // coverage is a share of all cases: 0.75 and 0.25 planted
        assertEquals(0.75, a.coverage(), 0.05);
        assertEquals(0.25, b.coverage(), 0.05);
        assertTrue(a.density() >= 0.9 && b.density() >= 0.9, boxes.toString());
    }

    @Test
    void noBoxWhenNothingIsDenseEnough() {
        // y independent of x: no box reaches density 0.8
        int n = 5000;
        var rng = new SplittableRandom(5);
        double[][] x = new double[1][n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[0][i] = rng.nextDouble();
            y[i] = rng.nextDouble() < 0.3;
        }
        var data = new DiscoveryData(List.of("x"), List.of(List.of()), x, y);
        Prim prim = new Prim();
        assertTrue(prim.find(data).isEmpty());
        // the search that reached no box is kept: it starts at the base rate and stays below the threshold
        assertFalse(prim.unreported().isEmpty());
        assertEquals((double) data.cases() / n, prim.unreported().get(0).density(), 1e-12);
        assertTrue(prim.unreported().stream().allMatch(s -> s.density() < 0.8 && !s.chosen()));
    }
}
