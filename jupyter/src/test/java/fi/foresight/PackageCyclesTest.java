package fi.foresight;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No cycle between the packages of jupyter/ (the Jupyter kernel): every package (a sub-package such as {@code job.types} counts
 * as a package of its own) depends only on packages that do not depend back on it, directly or through others.
 * And the arrows are exactly those of the table in docs/architecture.md ("Packages and their arrows").
 */
class PackageCyclesTest {

    private static final String MODULE = "jupyter";
    private static final String BASE = "fi.foresight.";
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z.]+)` \\| ([a-z]+) \\| (.*) \\|$");

    /** This module's own main classes (the class path also holds the modules it depends on). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target", "classes"));

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("fi.foresight.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void arrowsAreThoseOfTheArchitectureMap() throws IOException {
        Map<String, TreeSet<String>> actual = new TreeMap<>();
        for (JavaClass c : MAIN) {
            if (!c.getPackageName().startsWith(BASE)) {
                continue;
            }
            String from = c.getPackageName().substring(BASE.length());
            actual.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = d.getTargetClass().getBaseComponentType().getPackageName();
                if (to.startsWith(BASE) && !to.equals(c.getPackageName())) {
                    actual.get(from).add(to.substring(BASE.length()));
                }
            }
        }
        Map<String, TreeSet<String>> documented = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "architecture.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches() && m.group(2).equals(MODULE)) {
                TreeSet<String> to = new TreeSet<>();
                Matcher name = Pattern.compile("`([a-z.]+)`").matcher(m.group(3));
                while (name.find()) {
                    to.add(name.group(1));
                }
                documented.put(m.group(1), to);
            }
        }
        assertEquals(documented, actual, "the package arrows of " + MODULE + "/ differ from the table in"
                + " docs/architecture.md; after checking that no cycle arises, correct the table (and package-info)");
    }
}
