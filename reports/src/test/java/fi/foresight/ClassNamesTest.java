package fi.foresight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every top-level class of the main code of every module has its own simple name (issue 14, item 4): a reader, a
 * stack of imports or a search never has to tell two {@code Engine}s apart. {@code package-info} is no class.
 */
class ClassNamesTest {

    private static final List<String> MODULES = List.of("model", "reports", "spark", "jupyter");

    @Test
    void simpleNamesAreDistinct() throws IOException {
        Map<String, TreeSet<String>> byName = new TreeMap<>();
        int classes = 0;
        for (String module : MODULES) {
            Path root = Path.of("..", module, "src", "main", "java");
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String name = f.getFileName().toString().replaceFirst("\\.java$", "");
                    if (!name.equals("package-info")) {
                        byName.computeIfAbsent(name, k -> new TreeSet<>()).add(root.relativize(f).toString());
                        classes++;
                    }
                }
            }
        }
        assertTrue(classes > 300, "found only " + classes + " classes; is the working directory reports/?");
        Map<String, TreeSet<String>> repeated = new TreeMap<>();
        byName.forEach((name, files) -> {
            if (files.size() > 1) {
                repeated.put(name, files);
            }
        });
        assertEquals(Map.of(), repeated);
    }
}
