package fi.foresight.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What killed runs leave beside a target, and how the next run cleans or restores it. */
class LeftoversTest {
    @TempDir
    Path tmp;

    private List<String> names() throws IOException {
        try (var s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path partialOf(long pid, String name) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.resolve("tables"));
        Files.writeString(p.resolve("tables/t.csv"), "x\n");
        Files.writeString(p.resolve(Leftovers.PARTIAL_MARKER),
                "{\"pid\":" + pid + ",\"start\":\"\",\"host\":\"" + hostname() + "\"}");
        return p;
    }

    private static String hostname() throws IOException {
        Path linux = Path.of("/proc/sys/kernel/hostname");
        return Files.isReadable(linux) ? Files.readString(linux).trim() : String.valueOf(System.getenv("HOSTNAME"));
    }

    @Test
    void aPartialDirectoryOfAnEndedProcessIsRemovedAndALiveOneKept() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        partialOf(ended.pid(), ".a.partial-0000000a");
        partialOf(ProcessHandle.current().pid(), ".a.partial-0000000b");
        Files.createDirectories(tmp.resolve(".a.partial-0000000c"));                 // killed right after mkdir
        Files.createDirectories(tmp.resolve(".a.partial-0000000d/mine"));            // no marker: not provably ours
        Files.createDirectories(tmp.resolve(".a.partial-user"));                     // not our name pattern
        Leftovers.clean(tmp.resolve("a"));
        assertEquals(List.of(".a.partial-0000000b", ".a.partial-0000000d", ".a.partial-user"), names());
    }

    @Test
    void anEarlierRunMovedAsideIsRestoredWhenTheSwapWasInterrupted() throws IOException {
        OwnershipTest.writeRun(tmp.resolve("a"), "x\n1\n");
        Files.move(tmp.resolve("a"), tmp.resolve(".a.old-12345678"));
        List<String> done = Leftovers.clean(tmp.resolve("a"));
        assertEquals(List.of("restored .a.old-12345678"), done);
        assertEquals(List.of("a"), names());
        assertTrue(Ownership.examine(tmp.resolve("a")).replaceable());
    }

    @Test
    void anEarlierRunMovedAsideIsDeletedWhenTheNewOneIsInPlace() throws IOException {
        OwnershipTest.writeRun(tmp.resolve("a"), "x\n1\n");
        Files.move(tmp.resolve("a"), tmp.resolve(".a.old-12345678"));
        OwnershipTest.writeRun(tmp.resolve("a"), "x\n2\n");
        assertEquals(List.of("a"), names(), "the next run removed the old copy");
        assertEquals("x\n2\n", Files.readString(tmp.resolve("a/tables/t.csv")));
    }

    @Test
    void anOldDirectoryWithAUsersFileIsLeftAlone() throws IOException {
        OwnershipTest.writeRun(tmp.resolve("a"), "x\n1\n");
        Files.move(tmp.resolve("a"), tmp.resolve(".a.old-12345678"));
        Files.writeString(tmp.resolve(".a.old-12345678/NOTES.md"), "mine");
        Leftovers.clean(tmp.resolve("a"));
        assertEquals(List.of(".a.old-12345678"), names());
        assertEquals("mine", Files.readString(tmp.resolve(".a.old-12345678/NOTES.md")));
    }

    @Test
    void anEarlierRunKilledWhileBeingDeletedIsRemovedByTheNextCommand() throws IOException {
        OwnershipTest.writeRun(tmp.resolve("a"), "x\n1\n");
        Files.move(tmp.resolve("a"), tmp.resolve(".a.old-12345678"));
        OwnershipTest.writeRun(tmp.resolve("a"), "x\n2\n");
        // killed while deleting the old run: its tables gone, its manifest and marker not yet
        OwnershipTest.writeRun(tmp.resolve(".a.old-23456789"), "x\n3\n");
        Files.delete(tmp.resolve(".a.old-23456789/tables/t.csv"));
        // killed after deleting the marker: empty directories only
        Files.createDirectories(tmp.resolve(".a.old-3456789a/tables"));
        List<String> done = Leftovers.clean(tmp.resolve("a"));
        assertEquals(List.of("removed .a.old-23456789", "removed .a.old-3456789a"), done);
        assertEquals(List.of("a"), names());
        assertEquals("x\n2\n", Files.readString(tmp.resolve("a/tables/t.csv")));
    }

    @Test
    void aHalfDeletedEarlierRunIsNeverPutBackAsTheRun() throws IOException {
        OwnershipTest.writeRun(tmp.resolve(".a.old-12345678"), "x\n1\n");
        Files.delete(tmp.resolve(".a.old-12345678/tables/t.csv"));
        Leftovers.clean(tmp.resolve("a"));
        assertEquals(List.of(), names(), "deleted, not restored to the target");
    }

    @Test
    void anOldDirectoryHoldingAnyFileIsNotTakenForEmpty() throws IOException {
        Files.createDirectories(tmp.resolve(".a.old-12345678/tables"));
        Files.writeString(tmp.resolve(".a.old-12345678/tables/mine.txt"), "mine");
        Leftovers.clean(tmp.resolve("a"));
        assertEquals("mine", Files.readString(tmp.resolve(".a.old-12345678/tables/mine.txt")));
    }
}
