package fi.foresight;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

/**
 * One local runner (issue 14, item 2): no class of reports/' main code makes a thread pool ({@link Executors},
 * {@link ThreadPoolExecutor}, {@link ForkJoinPool}) or creates a thread, but the two threads that compute nothing:
 * {@code rundir.RunDirectory}'s shutdown hook (deletes a half-written run when the JVM is stopped) and
 * {@code cli.ConsoleProgress}'s ticker (redraws the progress line). Report files and charts are written on
 * {@code analysis.LocalPlans}.
 */
class ThreadPoolTest {
    /** This module's own main classes. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target", "classes"));

    /**
     * The rule: no class of the workbench outside the named ones (each with its nested classes) uses a pool
     * factory or pool class or calls a constructor of {@link Thread}.
     *
     * @param allowed fully qualified names of the classes that may
     * @return the rule
     */
    static ArchRule onlyTheseMakeThreads(List<String> allowed) {
        String pattern = allowed.isEmpty() ? "(?!)" : "(" + String.join("|", allowed.stream()
                .map(java.util.regex.Pattern::quote).toList()) + ")(\\$.*)?";
        DescribedPredicate<JavaClass> exempt = nameMatching(pattern).forSubtype();
        return noClasses().that().resideInAPackage("fi.foresight..").and(DescribedPredicate.not(exempt))
                .should().dependOnClassesThat().belongToAnyOf(Executors.class, ThreadPoolExecutor.class,
                        ForkJoinPool.class)
                .orShould().callConstructorWhere(target(owner(JavaClass.Predicates.assignableTo(Thread.class))))
                .because("computation runs on the one local runner, analysis.LocalPlans (issue 14, item 2)");
    }

    @Test
    void onlyTheShutdownHookAndTheProgressTickerMakeThreads() {
        onlyTheseMakeThreads(List.of("fi.foresight.rundir.RunDirectory", "fi.foresight.cli.ConsoleProgress"))
                .check(MAIN);
    }

    @Test
    void theRuleFindsThemWhenNothingIsExempt() {
        assertTrue(onlyTheseMakeThreads(List.of("fi.foresight.rundir.RunDirectory")).evaluate(MAIN).hasViolation(),
                "without its exception the rule must flag the progress ticker");
        assertTrue(onlyTheseMakeThreads(List.of("fi.foresight.cli.ConsoleProgress")).evaluate(MAIN).hasViolation(),
                "without its exception the rule must flag the shutdown hook");
    }
}
