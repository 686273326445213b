package fi.foresight.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A directory is replaced only when it is provably a run this workbench wrote and nobody changed: the data-loss
 * cases of issue 12 (a {@code run.json} of another tool, {@code {}}, text, a directory) keep every file, a user's
 * additions to a real run are named and kept, and the places that must never be replaced are refused.
 */
class OwnershipTest {
    @TempDir
    Path tmp;

    /** A real run of ours at {@code target}: a manifest, a table, a report, sealed by commit. */
    static void writeRun(Path target, String table) throws IOException {
        try (RunDirectory d = RunDirectory.begin(target)) {
            Files.writeString(d.file("tables/t.csv"), table);
            Files.writeString(d.file("report.html"), "<html>" + table + "</html>");
            Files.write(d.file(RunDirectory.MANIFEST), manifest().toJson());
            d.commit();
        }
    }

    static Manifest manifest() {
        var src = new Manifest.Source("demo", null, null, null, "inputs/model.yaml", "00", null, null);
        return new Manifest(Manifest.FORMAT, src, src, 1, 1, 1, List.of(), List.of(), List.of("en"), List.of("csv"),
                Map.of(), "2026-01-01T00:00:00Z", "2026-01-01T00:00:01Z", 1, List.of(), List.of(), null);
    }

    /** Every path under dir (relative) with the contents of its files, to compare before and after. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        var m = new TreeMap<String, String>();
        try (var s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                String rel = dir.relativize(p).toString();
                m.put(rel, Files.isRegularFile(p) ? Files.readString(p) : "<dir>");
            }
        }
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"other tool\"}", "{}", "not json at all", "<dir>", "MANIFEST"})
    void aDirectoryWithSomeoneElsesRunJsonIsNeverReplaced(String runJson) throws IOException {
        Path proj = tmp.resolve("proj");
        Files.createDirectories(proj.resolve("src"));
        Files.writeString(proj.resolve("src/main.py"), "code");
        if (runJson.equals("<dir>")) {
            Files.createDirectories(proj.resolve("run.json"));
        } else {
            // "MANIFEST": a perfectly valid run.json of ours, but no marker proves the directory is a run
            Files.write(proj.resolve("run.json"), runJson.equals("MANIFEST") ? manifest().toJson() : runJson.getBytes());
        }
        var before = snapshot(proj);
        var e = assertThrows(IllegalArgumentException.class, () -> RunDirectory.begin(proj));
        assertTrue(e.getMessage().contains("is not empty and holds no run written by Foresight"), e.getMessage());
        assertEquals(before, snapshot(proj));
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("proj"), s.map(p -> p.getFileName().toString()).toList(), "no partial left");
        }
    }

    @Test
    void aRunOfOursIsReplacedWhole() throws IOException {
        Path target = tmp.resolve("runs/a");
        writeRun(target, "x\n1\n");
        assertTrue(Ownership.examine(target).replaceable());
        writeRun(target, "x\n2\n");
        assertEquals("x\n2\n", Files.readString(target.resolve("tables/t.csv")));
        try (var s = Files.list(tmp.resolve("runs"))) {
            assertEquals(List.of("a"), s.map(p -> p.getFileName().toString()).toList(), "no old or partial left");
        }
    }

    @Test
    void aUsersAdditionsToARunAreNamedAndKept() throws IOException {
        Path target = tmp.resolve("a");
        writeRun(target, "x\n1\n");
        Files.writeString(target.resolve("NOTES.md"), "my notes");
        Files.createDirectories(target.resolve("extra/deep"));
        Files.writeString(target.resolve("extra/deep/f.txt"), "mine");
        Files.writeString(target.resolve("tables/mine.csv"), "mine");
        var before = snapshot(target);
        var e = assertThrows(IllegalArgumentException.class, () -> writeRun(target, "x\n2\n"));
        assertTrue(e.getMessage().contains("NOTES.md"), e.getMessage());
        assertTrue(e.getMessage().contains("extra/"), e.getMessage());
        assertTrue(e.getMessage().contains("tables/mine.csv"), e.getMessage());
        assertFalse(e.getMessage().contains("extra/deep"), "a foreign directory is named once, not walked");
        assertEquals(before, snapshot(target));
    }

    @Test
    void aChangedFileOrALinkMakesTheRunForeign() throws IOException {
        Path target = tmp.resolve("a");
        writeRun(target, "x\n1\n");
        Files.writeString(target.resolve("tables/t.csv"), "x\nedited by hand\n");
        var v = Ownership.examine(target);
        assertFalse(v.replaceable());
        assertEquals(List.of("tables/t.csv"), v.foreign());

        Path other = tmp.resolve("b");
        writeRun(other, "x\n1\n");
        Files.createSymbolicLink(other.resolve("link"), tmp);
        assertEquals(List.of("link"), Ownership.examine(other).foreign());
    }

    @Test
    void aForgedMarkerDoesNotProveAnything() throws IOException {
        Path target = tmp.resolve("a");
        writeRun(target, "x\n1\n");
        Files.writeString(target.resolve("run.json"), "{\"format\":\"foresight-run/1\",\"note\":\"another\"}");
        assertTrue(Ownership.examine(target).marker().isEmpty(), "run.json no longer has the hash the marker names");
        assertThrows(IllegalArgumentException.class, () -> RunDirectory.check(target));
    }

    @Test
    void deletingARunDeletesOnlyItsOwnFiles() throws IOException {
        Path target = tmp.resolve("a");
        writeRun(target, "x\n1\n");
        Files.writeString(target.resolve("tables/mine.csv"), "mine");
        RunMarker m = RunMarker.read(target).orElseThrow();
        assertFalse(Ownership.deleteOwned(target, m));
        assertEquals(Map.of("", "<dir>", "tables", "<dir>", "tables/mine.csv", "mine"), snapshot(target));
    }

    @Test
    void placesThatMustNeverBeReplacedAreRefused() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p : List.of(cwd, cwd.getParent(), Path.of(System.getProperty("user.home")))) {
            var e = assertThrows(IllegalArgumentException.class, () -> RunDirectory.check(p));
            assertTrue(e.getMessage().contains("working directory") || e.getMessage().contains("home directory"),
                    e.getMessage());
        }
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        var e = assertThrows(IllegalArgumentException.class, () -> RunDirectory.check(repo));
        assertTrue(e.getMessage().contains("root of a repository"), e.getMessage());
        Path link = tmp.resolve("link");
        Files.createSymbolicLink(link, repo);
        assertThrows(IllegalArgumentException.class, () -> RunDirectory.check(link));
        assertTrue(Files.isDirectory(repo.resolve(".git")));
    }
}
