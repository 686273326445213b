package fi.foresight;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * No cycle between the packages of model/ (the library): every package (sub-packages count as packages of their own,
 * so {@code job} and {@code job.types} are two) may only depend on packages that do not depend back on it,
 * directly or through others. docs/architecture.md draws the arrows this leaves.
 */
class PackageCyclesTest {

    /** This module's own main classes (the class path also holds the modules it depends on). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target", "classes"));

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("fi.foresight.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
