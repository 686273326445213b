package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(Charts.DIR_PROPERTY);
    }

    @Test
    void headlessShowSavesNumberedPngsAndPrintsThePath() throws Exception {
        assertTrue(GraphicsEnvironment.isHeadless(), "surefire runs with java.awt.headless=true");
        System.setProperty(Charts.DIR_PROPERTY, dir.toString());
        XySpec chart = Charts.overlay(Text.plain("Median emissions: Base"), Text.plain("Year"), Text.plain("Mt"),
                new double[] {1, 2}, Map.of(Text.plain("a"), new double[] {1, 2}));
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path first;
        Path second;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            first = Charts.show(chart);
            second = Charts.show(chart);
        } finally {
            System.setOut(original);
        }
        assertEquals(dir.resolve("median-emissions-base-1.png"), first);
        assertEquals(dir.resolve("median-emissions-base-2.png"), second);
        assertTrue(Files.size(first) > 1000);
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains(first.toString()));
    }
}
