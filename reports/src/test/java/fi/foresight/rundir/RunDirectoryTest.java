package fi.foresight.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunDirectoryTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"../x.csv", "tables/../../x.csv", "/etc/passwd", ".hidden", "tables/.x", "a//b", "", "a/",
            "tables\\..\\x", "x y.csv", "..", "tables/..", "C:x"})
    void namesThatCouldLeaveTheDirectoryAreRefused(String name) {
        var e = assertThrows(IllegalArgumentException.class, () -> RunDirectory.resolveConfined(tmp, name));
        assertTrue(e.getMessage().contains("plain file name") || e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void plainNamesStayInside() {
        Path p = RunDirectory.resolveConfined(tmp, "tables/montecarlo-summary.csv");
        assertEquals(tmp.toAbsolutePath().normalize().resolve("tables").resolve("montecarlo-summary.csv"), p);
        assertEquals(tmp.toAbsolutePath().normalize().resolve("charts/index.entrepreneurs.svg"),
                RunDirectory.resolveConfined(tmp, "charts/index.entrepreneurs.svg"));
    }

    @Test
    void nothingAppearsAtTheTargetUntilCommit() throws IOException {
        Path target = tmp.resolve("runs/a");
        try (RunDirectory d = RunDirectory.begin(target)) {
            Files.writeString(d.file("tables/t.csv"), "x\n1\n");
            assertFalse(Files.exists(target));
            assertTrue(d.root().getFileName().toString().startsWith(".a.partial-"));
            d.commit();
        }
        assertEquals("x\n1\n", Files.readString(target.resolve("tables/t.csv")));
        try (var s = Files.list(tmp.resolve("runs"))) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void closingWithoutCommitRemovesThePartialDirectory() throws IOException {
        Path target = tmp.resolve("b");
        Path partial;
        try (RunDirectory d = RunDirectory.begin(target)) {
            partial = d.root();
            Files.writeString(d.file("report.html"), "<html>");
        }
        assertFalse(Files.exists(partial));
        assertFalse(Files.exists(target));
    }

    @Test
    void anEarlierRunIsReplacedOnlyOnCommit() throws IOException {
        Path target = tmp.resolve("c");
        OwnershipTest.writeRun(target, "x\nold\n");
        try (RunDirectory d = RunDirectory.begin(target)) {
            Files.writeString(d.file("tables/t.csv"), "x\nnew\n");
            Files.write(d.file(RunDirectory.MANIFEST), OwnershipTest.manifest().toJson());
            assertEquals("x\nold\n", Files.readString(target.resolve("tables/t.csv")));
            d.commit();
        }
        assertEquals("x\nnew\n", Files.readString(target.resolve("tables/t.csv")));
        assertFalse(Files.exists(target.resolve("report.html")), "the old run's files went with it");
        try (var s = Files.list(tmp)) {
            assertEquals(1, s.count(), "the old run's directory is gone");
        }
    }

    @Test
    void aDirectoryWithOtherFilesOrAFileIsRefused() throws IOException {
        Path dir = tmp.resolve("d");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThrows(IllegalArgumentException.class, () -> RunDirectory.begin(dir));
        Path file = tmp.resolve("f");
        Files.writeString(file, "x");
        assertThrows(IllegalArgumentException.class, () -> RunDirectory.begin(file));
        Files.createDirectories(tmp.resolve("empty"));
        try (RunDirectory d = RunDirectory.begin(tmp.resolve("empty"))) {
            d.commit();
        }
    }
}
