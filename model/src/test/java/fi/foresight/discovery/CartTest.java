package fi.foresight.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CartTest {
    @Test
    void recoversThePlantedBox() {
        DiscoveryData data = PlantedBox.data(10_000, 7);
        List<DiscoveryBox> boxes = new Cart().find(data);
        assertEquals(1, boxes.size(), boxes.toString());
        DiscoveryBox box = boxes.get(0);
        assertEquals(List.of("x1", "x2"), box.restrictions().stream().map(DiscoveryBox.Restriction::input).toList());
        assertEquals(0.7, box.restrictions().get(0).lower(), 0.03);
        assertTrue(Double.isNaN(box.restrictions().get(0).upper()));
        assertTrue(Double.isNaN(box.restrictions().get(1).lower()));
        assertEquals(0.3, box.restrictions().get(1).upper(), 0.03);
        assertTrue(box.coverage() >= 0.9 && box.density() >= 0.9, box.toString());
    }

    @Test
    void aDepthOfOneCannotIsolateATwoSidedBox() {
        // one split can only cut x1 or x2: its leaf with most cases still has a density far below 1
        List<DiscoveryBox> boxes = new Cart().depth(1).find(PlantedBox.data(10_000, 7));
        assertTrue(boxes.isEmpty(), "no leaf has a majority of cases: " + boxes);
    }
}
