package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Feeds arbitrary text to the ScenarioWizard project file parser. The only outcomes allowed are a system (whose
 * written form reads back to the same system) or an {@link IllegalArgumentException} whose message names the file
 * and shows no Java class name; any other exception (a stack overflow or out-of-memory included) is a finding.
 *
 * <p>{@code mvn test} runs the inputs in {@code ScwParserFuzzTestInputs/parseNeverCrashes/} (regression mode).
 * To fuzz: {@code JAZZER_FUZZ=1 ./mvnw -pl model test -Dtest=ScwParserFuzzTest}.
 */
class ScwParserFuzzTest {
    private static final String NAME = "fuzz.scw";
    /** What a user-facing message must never contain (unless the input itself holds it). */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "java.", "fi.foresight.", "jdk.",
            "For input string");

    @FuzzTest(maxDuration = "60s")
    void parseNeverCrashes(byte @NotNull [] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        ScenarioWizard.Loaded loaded;
        try {
            loaded = ScenarioWizard.parse(text, NAME);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            check(message != null && message.startsWith(NAME + ":"), "message does not name the file: " + message);
            check(message.length() > NAME.length() + 2, "empty message");
            for (String word : INTERNALS) {
                check(!message.contains(word) || text.contains(word), "message shows '" + word + "': " + message);
            }
            return;
        }
        CrossImpactSystem system = loaded.system();
        check(system.descriptors().size() >= 1, "a system without descriptors");
        for (String w : loaded.warnings()) {
            check(w.startsWith(NAME + ":"), "warning does not name the file: " + w);
        }
        if (system.descriptors().stream().allMatch(d -> writable(d.id())
                && d.variants().stream().allMatch(v -> writable(v.id())))) {
            CrossImpactSystem again = ScenarioWizard.parse(ScenarioWizard.format(system), NAME).system();
            check(again.descriptors().equals(system.descriptors()), "descriptors change when written and read again");
            check(again.matrix().equals(system.matrix()), "the matrix changes when written and read again");
        }
    }

    /** Names that survive a round trip through the line format unchanged. */
    private static boolean writable(String id) {
        return id.equals(id.strip()) && id.chars().noneMatch(c -> c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
