package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The plain-text rules shared by the model and job readers. */
class PlainTextTest {
    @Test
    void controlCharactersAreFoundWithTheirPlace() {
        assertEquals(new PlainText.Finding(2, 5, "a control character (U+0007) in the file; files hold plain text: "
                + "remove it (a tab or a line break is fine)"), PlainText.scan("a: 1\nb: x\u0007\n", true));
        assertNull(PlainText.scan("a:\tb\r\n# comment \u00e4\n", true));
        assertEquals(1, PlainText.scan("{\"a\": \"\u007f\"}", false).line());
    }

    @Test
    void longWordsAreRefusedInYamlButNotInCommentsOrJson() {
        String word = "x".repeat(PlainText.MAX_WORD_CHARS + 1);
        assertTrue(PlainText.scan("title: " + word, true).message().startsWith("a key or value of more than 100000"));
        assertEquals(8, PlainText.scan("title: " + word, true).column());
        assertNull(PlainText.scan("title: a\n# " + word + "\n", true));
        assertNull(PlainText.scan("{\"title\": \"" + word + "\"}", false));
        assertNull(PlainText.scan("values: [" + "1,".repeat(60_000) + "1]", true));
    }

    @Test
    void labelsAreOneShortLineAndTextsMayBreakLines() {
        assertNull(PlainText.textProblem("Open markets", true));
        assertNull(PlainText.textProblem("Line one\n\tline two", false));
        assertTrue(PlainText.textProblem("Open\nmarkets", true).startsWith("a control character (U+000A) at character 5"));
        assertTrue(PlainText.textProblem("a\rb", false).startsWith("a control character (U+000D) at character 2"));
        assertTrue(PlainText.textProblem("\ud800x", false).startsWith("an unpaired surrogate (U+D800)"));
        assertTrue(PlainText.textProblem("x".repeat(201), true).startsWith("the text has 201 characters"));
        assertNull(PlainText.textProblem("x".repeat(20_000), false));
        assertTrue(PlainText.textProblem("x".repeat(20_001), false).startsWith("the text has 20001 characters"));
        assertTrue(PlainText.keyProblem("k".repeat(201)).startsWith("a key of 201 characters"));
    }

    @Test
    void onlyCoreTagsAreAllowed() {
        assertNull(PlainText.tagProblem("tag:yaml.org,2002:str", "job files"));
        assertNull(PlainText.tagProblem(null, "job files"));
        assertTrue(PlainText.tagProblem("tag:yaml.org,2002:binary", "job files")
                .startsWith("the YAML tag !!binary is not allowed; job files hold plain data"));
        assertTrue(PlainText.tagProblem("!include", "model files").startsWith("the YAML tag !include is not allowed"));
    }
}
