package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Driver;
import fi.foresight.model.ExpressionOutcome;
import fi.foresight.model.Model;
import fi.foresight.model.ModelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Positions, formats, limits and safety of the model file loader. */
class ModelFilesTest {

    private static FileProblem only(String text, String name) {
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(text, name));
        assertEquals(1, e.fileProblems().size(), e.getMessage());
        return e.fileProblems().get(0);
    }

    private static void assertAt(FileProblem p, int line, int column, String path) {
        assertEquals(line, p.line(), p.toString());
        assertEquals(column, p.column(), p.toString());
        assertEquals(path, p.path(), p.toString());
    }

    private static final String HEAD = "model: m\nvariables:\n  x1: {distribution: {type: uniform, min: 0, max: 1}}\n";

    @Test
    void anUnknownKeyIsShownAtTheKey() {
        var p = only(HEAD + "outcomes:\n  y:\n    expresion: x1\n", "m.yaml");
        assertAt(p, 6, 5, "outcomes.y.expresion");
        assertTrue(p.message().startsWith("unknown key 'expresion'; did you mean expression?"), p.message());
    }

    @Test
    void aBadValueIsShownAtTheValue() {
        var p = only("model: m\nvariables:\n  x1:\n    distribution:\n      type: uniform\n      min: zero\n      max: 1\n",
                "m.yaml");
        assertAt(p, 6, 12, "variables.x1.distribution.min");
        assertEquals("expected a number, got 'zero'", p.message());
    }

    @Test
    void aConstructorsMessageIsShownAtTheKeyOfTheMappingItJudges() {
        var p = only("model: m\nvariables:\n  x1:\n    distribution: {type: uniform, min: 2, max: 1}\n", "m.yaml");
        assertAt(p, 4, 5, "variables.x1.distribution");
        assertEquals("min (2.0) is not below max (1.0); min must be < max", p.message());
    }

    @Test
    void expressionColumnsAddToTheStartOfAPlainOrQuotedValue() {
        // "x1 + x9": the unknown name starts at column 6 of the expression
        assertAt(only(HEAD + "outcomes:\n  y: {expression: x1 + x9}\n", "m.yaml"), 5, 24, "outcomes.y.expression");
        assertAt(only(HEAD + "outcomes:\n  y: {expression: \"x1 + x9\"}\n", "m.yaml"), 5, 25, "outcomes.y.expression");
        assertAt(only(HEAD + "outcomes:\n  y: {expression: 'x1 + x9'}\n", "m.yaml"), 5, 25, "outcomes.y.expression");
        assertAt(only(HEAD + "outcomes:\n  y: \"x1 + x9\"\n", "m.yaml"), 5, 12, "outcomes.y");
        var json = "{\"model\": \"m\", \"variables\": {\"x1\": {\"distribution\": 1}},\n"
                + " \"outcomes\": {\"y\": {\"expression\": \"x1 + x9\"}}}";
        assertAt(only(json, "m.json"), 2, 41, "outcomes.y.expression");
    }

    @Test
    void expressionSyntaxErrorsPointInsideTheExpression() {
        var p = only(HEAD + "outcomes:\n  y: {expression: \"x1 + * 2\"}\n", "m.yaml");
        assertAt(p, 5, 25, "outcomes.y.expression");
    }

    @Test
    void expressionColumnsSurviveWindowsLineEndingsAndNonAsciiText() {
        String text = (HEAD + "title: Kehitys – ennuste\noutcomes:\n  y: {expression: \"x1 + x9\"}\n").replace("\n", "\r\n");
        assertAt(only(text, "m.yaml"), 6, 25, "outcomes.y.expression");
    }

    @Test
    void anExpressionOnSeveralLinesNamesTheColumnInsideIt() {
        var p = only(HEAD + "outcomes:\n  y:\n    expression: >\n      x1 +\n      x9\n", "m.yaml");
        assertAt(p, 6, 17, "outcomes.y.expression");
        assertTrue(p.message().endsWith("(at column 6 of the expression)"), p.message());
    }

    @Test
    void problemsOfTheModelsOwnChecksArePlacedAtTheirKeys() {
        var p = only(HEAD + "panels:\n  p: {weights: {x1: 1, x2: 1}}\n", "m.yaml");
        assertAt(p, 5, 24, "panels.p.weights.x2");
        var q = only(HEAD + "scenarios:\n  s:\n    set:\n      x7: 1\n", "m.yaml");
        assertAt(q, 7, 7, "scenarios.s.set.x7");
    }

    @Test
    void weightsOfTheDefaultPanelAreReportedUnderWeights() {
        var p = only(HEAD + "weights: {x1: 1, y1: 2}\n", "m.yaml");
        assertAt(p, 4, 18, "weights.y1");
    }

    @Test
    void aCorrelationIsReportedAtItsEntryInTheFileEvenWhenAnEarlierOneFailed() {
        String text = HEAD + "  x2: {distribution: 1}\ncorrelations:\n"
                + "  - {between: [x1, x2], rho: 2}\n"
                + "  - {between: [x1, x3], rho: 0.1}\n";
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(text, "m.yaml"));
        assertEquals(2, e.fileProblems().size(), e.getMessage());
        assertAt(e.fileProblems().get(0), 6, 5, "correlations[0]");
        assertAt(e.fileProblems().get(1), 7, 5, "correlations[1]");
        assertTrue(e.fileProblems().get(1).message().startsWith("unknown variable 'x3'"));
    }

    @Test
    void jsonAndYamlOfTheSameModelAreEqual() {
        Path examples = Path.of("../scenarios/examples");
        assertEquals(ModelFiles.load(examples.resolve("tiny.yaml")), ModelFiles.load(examples.resolve("tiny.json")));
    }

    @Test
    void textOfAFileWithAnotherExtensionIsJsonWhenItStartsWithABrace() {
        Model m = ModelFiles.parse("{\"model\": \"m\", \"variables\": {\"x\": {\"distribution\": 2}}}", "model.txt");
        assertEquals(Fixed.of(2), m.drivers().get(0).distribution());
        var e = assertThrows(ModelFileException.class,
                () -> ModelFiles.parse("{model: m, variables: {x: {distribution: 2}}}", "model.txt"));
        assertTrue(e.getMessage().startsWith("model.txt:1:2: JSON syntax error"), e.getMessage());
        assertEquals(m, ModelFiles.parse("{model: m, variables: {x: {distribution: 2}}}", "model.yaml"));
    }

    @Test
    void anchorsAndAliasesReuseAValue() {
        Model m = ModelFiles.parse("model: m\nvariables:\n  a: {distribution: &u {type: uniform, min: 0, max: 2}}\n"
                + "  b: {distribution: *u}\n", "m.yaml");
        assertEquals(Uniform.of(0, 2), m.drivers().get(1).distribution());
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "model: m\nvariables:\n  x: {distribution: 1}\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        assertEquals("m", ModelFiles.parse(all, "m.yaml").id());
    }

    @Test
    void yamlTagsCannotConstructObjects(@TempDir Path dir) {
        Path target = dir.resolve("created-by-yaml");
        String text = "model: m\nvariables:\n  x: {distribution: 1}\ntitle: !!java.io.FileOutputStream [\"" + target + "\"]\n";
        var p = only(text, "m.yaml");
        assertAt(p, 4, 8, "title");
        assertEquals("the YAML tag !!java.io.FileOutputStream is not allowed; model files hold plain data (only the "
                + "tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are accepted)", p.message());
        assertFalse(Files.exists(target));
        assertEquals(2.5, ModelFiles.parse("model: m\nvariables:\n  x: {distribution: !!float '2.5'}\n", "m.yaml")
                .drivers().get(0).distribution().mean());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        byte[] content = new byte[ModelFiles.MAX_BYTES + 1];
        java.util.Arrays.fill(content, (byte) '#');
        Files.write(big, content);
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.load(big));
        assertEquals(big + ":1:1: the file is 5.0 MiB (5242881 bytes); model files may be at most 5 MiB (5242880 bytes)",
                e.getMessage());
        var s = assertThrows(ModelFileException.class, () -> ModelFiles.parse("#".repeat(ModelFiles.MAX_BYTES - 1) + "ää", "s.yaml"));
        assertEquals("s.yaml:1:1: the file is 5.0 MiB (5242883 bytes); model files may be at most 5 MiB (5242880 bytes)",
                s.getMessage());
    }

    @Test
    void aFileAtTheSizeLimitIsRead() {
        String model = "model: m\nvariables:\n  x: {distribution: 1}\n";
        String text = model + "#".repeat(ModelFiles.MAX_BYTES - model.length());
        assertEquals("m", ModelFiles.parse(text, "m.yaml").id());
    }

    @Test
    void aMissingFileIsOneProblemWithoutPosition(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.load(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        var json = assertThrows(ModelFileException.class, () -> ModelFiles.parse(deep, "deep.json"));
        assertTrue(json.getMessage().contains("values are nested more than 64 levels deep"), json.getMessage());
        var yaml = assertThrows(ModelFileException.class, () -> ModelFiles.parse("model: m\nvariables: " + deep, "deep.yaml"));
        assertEquals(1, yaml.fileProblems().size(), yaml.getMessage());
    }

    @Test
    void theListOfProblemsIsCapped() {
        var text = new StringBuilder("model: m\nvariables:\n");
        for (int i = 0; i < 150; i++) {
            text.append("  x").append(i).append(": {distribution: {type: uniform, min: 1, max: 0}}\n");
        }
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(text.toString(), "m.yaml"));
        assertEquals(ModelFiles.MAX_PROBLEMS + 1, e.fileProblems().size());
        assertEquals("m.yaml:103:10: 50 more problems are not listed; fix the ones above first",
                e.fileProblems().get(ModelFiles.MAX_PROBLEMS).toString());
    }

    @Test
    void theExceptionIsAModelExceptionWithTheSamePathsAndMessages() {
        ModelException e = assertThrows(ModelException.class,
                () -> ModelFiles.parse(HEAD + "outcomes:\n  y: {expression: \"x9\"}\n", "m.yaml"));
        assertEquals("outcomes.y.expression", e.problems().get(0).path());
        assertTrue(e.getMessage().startsWith("m.yaml:5:20: outcomes.y.expression: unknown name 'x9'"), e.getMessage());
    }

    @Test
    void labelsDefaultAndShorthandsReadAsTheirLongForms() {
        Model shorthand = ModelFiles.parse("model: m\nvariables:\n  x: {distribution: 2, label: ''}\n"
                + "outcomes:\n  y: \"2 * x\"\n", "m.yaml");
        Model longForm = Model.builder("m").variable(Driver.of("x", Fixed.of(2)))
                .outcome(ExpressionOutcome.of("y", "2 * x")).build();
        assertEquals(longForm, shorthand);
        assertEquals(List.of("x"), shorthand.driverIds());
    }

    @Test
    void aCorrelationMatrixReadsAsItsNonZeroPairs() {
        String vars = "model: m\nvariables:\n  a: {distribution: 1}\n  b: {distribution: 2}\n  c: {distribution: 3}\n";
        Model matrix = ModelFiles.parse(vars + "correlations:\n  variables: [a, b, c]\n"
                + "  matrix: [[1, 0.5, 0], [0.5, 1, -0.2], [0, -0.2, 1]]\n", "m.yaml");
        Model pairs = ModelFiles.parse(vars + "correlations:\n  - {between: [a, b], rho: 0.5}\n"
                + "  - {between: [b, c], rho: -0.2}\n", "m.yaml");
        assertEquals(pairs, matrix);
        assertEquals(2, matrix.correlations().size());
    }

    @Test
    void localTagsAreRefusedToo() {
        var p = only("model: m\nvariables:\n  x: {distribution: !weird 3}\n", "m.yaml");
        assertAt(p, 3, 21, "variables.x.distribution");
        assertTrue(p.message().startsWith("the YAML tag !weird is not allowed"), p.message());
    }

    @Test
    void aQualitativeSectionOfTheWrongShapeIsReportedAtItsValue() {
        var p = only("model: m\nvariables:\n  x: {distribution: 1}\nmicmac: 2035\n", "m.yaml");
        assertAt(p, 4, 9, "micmac");
        assertTrue(p.message().startsWith("expected a MICMAC matrix"), p.message());
    }
}
