package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded reader: a size limit checked before reading and again while reading. */
class InputFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aFileWithinTheLimitIsReadWhole() throws IOException {
        Path f = Files.write(tmp.resolve("a.yaml"), new byte[100]);
        assertArrayEquals(new byte[100], InputFiles.read(f, 100, "model files"));
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSize() throws IOException {
        Path f = Files.write(tmp.resolve("a.yaml"), new byte[101]);
        var e = assertThrows(InputFiles.TooLarge.class, () -> InputFiles.read(f, 100, "model files"));
        assertEquals("the file is 0.0 MiB (101 bytes); model files may be at most 0 MiB (100 bytes)", e.getMessage());
    }

    @Test
    void aFileLargerThanItsStatedSizeStopsAtTheLimit() {
        // files under /proc state a size of 0 but hold more: the reader must not trust the size
        Path f = Path.of("/proc/self/maps");
        assumeTrue(Files.isReadable(f));
        var e = assertThrows(InputFiles.TooLarge.class, () -> InputFiles.read(f, 10, "model files"));
        assertEquals("the file is more than 0 MiB (more than 10 bytes); model files may be at most 0 MiB (10 bytes)",
                e.getMessage());
    }

    @Test
    void missingFilesAndDirectoriesAreNamedPlainly() throws IOException {
        assertEquals("no such file", InputFiles.reason(assertThrows(IOException.class,
                () -> InputFiles.read(tmp.resolve("none.yaml"), 10, "model files"))));
        assertEquals("not a regular file", InputFiles.reason(assertThrows(IOException.class,
                () -> InputFiles.read(tmp, 10, "model files"))));
    }
}
