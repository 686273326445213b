package fi.foresight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.job.Language;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BundlesTest {
    @Test
    void englishAndFinnishHaveTheSameKeysAndArguments() {
        Map<String, String> en = Messages.of(Language.EN).all();
        Map<String, String> fi = Messages.of(Language.FI).all();
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(fi.keySet()));
        for (String k : en.keySet()) {
            assertEquals(new TreeSet<>(Messages.argumentsOf(en.get(k))), new TreeSet<>(Messages.argumentsOf(fi.get(k))),
                    "arguments of " + k);
        }
    }

    @Test
    void everyAnalysisTypeHasASectionInBothLanguages() {
        for (String type : fi.foresight.job.types.AnalysisTypes.standard().names()) {
            for (Language l : Language.values()) {
                Messages m = Messages.of(l);
                for (String part : new String[] {"title", "guide", "method"}) {
                    assertTrue(m.find("section." + type + "." + part).isPresent(), l + " section." + type + "." + part);
                }
            }
        }
    }

    @Test
    void finnishTextIsNotEnglish() {
        Map<String, String> en = Messages.of(Language.EN).all();
        Map<String, String> fi = Messages.of(Language.FI).all();
        long same = en.keySet().stream().filter(k -> en.get(k).equals(fi.get(k))
                && en.get(k).replaceAll("\\{[^}]*}", "").matches(".*[a-z]{4,}.*")
                && !k.startsWith("report.columns")
                && !k.startsWith("report.brief.") && !k.startsWith("report.caveat.") && !k.startsWith("report.robust.") && !k.startsWith("summary.group")
                && !k.startsWith("format.") && !k.startsWith("version.") && !k.matches("summary\\..*\\.limit")).count();
        assertEquals(0, same, "untranslated entries");
    }

    @Test
    void argumentsAreFilledInTheReadersFormat() {
        var en = Messages.of(Language.EN);
        var fi = Messages.of(Language.FI);
        Map<String, Object> args = Map.of("p", 0.4095, "x", 1234.5678, "n", 20000);
        assertEquals("41% 1,230 20,000", en.fill("{p,percent} {x,number} {n,integer}", args, null));
        assertEquals("41\u00a0% 1\u00a0230 20\u00a0000", fi.fill("{p,percent} {x,number} {n,integer}", args, null));
        assertEquals("0.25 and {missing}", en.fill("{y} and {missing}", Map.of("y", 0.25), null));
    }
}
