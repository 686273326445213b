package fi.foresight.jupyter;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * One JShell with the workbench on its class path, running snippets in this JVM ({@link CapturingExecution}).
 * {@link #run(String)} evaluates a cell snippet by snippet, stops at the first that fails and returns the value
 * of a final expression; {@link #stop()} interrupts it from another thread.
 */
final class JShellSession implements AutoCloseable {
    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final CapturingExecution execution = new CapturingExecution();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final PrintStream warnings;

    /**
     * A session whose compiler sees {@code classPath}.
     *
     * @param classPath the class path of the workbench (normally this JVM's own)
     * @param warnings  where notes that do not stop a cell go (a method waiting for a name defined later)
     */
    JShellSession(String classPath, PrintStream warnings) {
        this.warnings = warnings;
        ExecutionControlProvider provider = new ExecutionControlProvider() {
            @Override
            public String name() {
                return "foresight";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return execution;
            }
        };
        this.shell = JShell.builder()
                .executionEngine(provider, Map.of())
                .compilerOptions("--class-path", classPath)
                .build();
        this.analysis = shell.sourceCodeAnalysis();
    }

    /**
     * JShell's source analysis, for completion and documentation.
     *
     * @return the analysis of this session
     */
    SourceCodeAnalysis analysis() {
        return analysis;
    }

    /**
     * Runs a cell.
     *
     * @param cell the cell's text
     * @return the value of the cell's last snippet when it is an expression with a value
     * @throws CellFailure when a snippet does not compile, throws or is interrupted (later snippets do not run)
     */
    Optional<Object> run(String cell) {
        stopped.set(false);
        Map<String, Integer> lines = new HashMap<>();
        Optional<Object> last = Optional.empty();
        try {
            for (SnippetCutter.Piece piece : SnippetCutter.cut(analysis, cell)) {
                last = runPiece(piece, lines);
                if (stopped.get()) {
                    throw new CellFailure(List.of("Interrupted at cell line " + piece.line()
                            + "; the snippets before it ran, and what they defined is kept."));
                }
            }
            return last;
        } finally {
            execution.forgetValues();
        }
    }

    private Optional<Object> runPiece(SnippetCutter.Piece piece, Map<String, Integer> lines) {
        Optional<Object> value = Optional.empty();
        List<SnippetEvent> events = shell.eval(piece.source());
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null || e.snippet() == null) {
                continue; // an update of an earlier snippet, not this one's own result
            }
            Snippet s = e.snippet();
            lines.put(s.id(), piece.line());
            List<Diag> diagnostics = shell.diagnostics(s).toList();
            if (e.status() == Snippet.Status.REJECTED || diagnostics.stream().anyMatch(Diag::isError)) {
                if (s.kind() == Snippet.Kind.ERRONEOUS && diagnostics.isEmpty()
                        && analysis.analyzeCompletion(piece.source()).completeness()
                        == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
                    throw new CellFailure(List.of("cell line " + piece.line()
                            + ": the cell ends inside a statement (an open bracket, or a line ending in an operator)"));
                }
                throw CellErrors.compile(piece, diagnostics);
            }
            if (e.status() == Snippet.Status.RECOVERABLE_DEFINED || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                String missing = s instanceof DeclarationSnippet d
                        ? shell.unresolvedDependencies(d).collect(Collectors.joining(", ")) : "";
                warnings.println("note (cell line " + piece.line() + "): defined, but it can be used only once "
                        + missing + " is defined");
            }
            if (e.exception() != null) {
                Throwable thrown = execution.lastThrown();
                if (thrown == null) {
                    throw new CellFailure(List.of("cell line " + piece.line() + ": " + e.exception().getMessage()));
                }
                throw CellErrors.thrown(piece, thrown, lines);
            }
            boolean shown = s instanceof ExpressionSnippet
                    || s instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
            value = shown ? execution.take(e.value()) : Optional.empty();
        }
        return value;
    }

    /**
     * Evaluates the kernel's own start-up text (imports and helpers); a failure there is a broken installation.
     *
     * @param name   what to call the text in a message
     * @param script the text
     * @throws IllegalStateException when a snippet fails
     */
    void startup(String name, String script) {
        try {
            run(script);
        } catch (CellFailure f) {
            throw new IllegalStateException(name + " failed: " + String.join("\n", f.lines()), f);
        }
    }

    /** Interrupts the running cell, if any: the snippet stops and the cell reports the interrupt. */
    void stop() {
        stopped.set(true);
        execution.stop();
    }

    /**
     * Names visible at {@code cursor}, for completion.
     *
     * @param code   the cell
     * @param cursor the cursor's offset
     * @param anchor receives the offset where the completed word starts
     * @return the completions, best first
     */
    List<String> complete(String code, int cursor, int[] anchor) {
        List<String> out = new ArrayList<>();
        for (SourceCodeAnalysis.Suggestion s : analysis.completionSuggestions(code, cursor, anchor)) {
            if (!out.contains(s.continuation())) {
                out.add(s.continuation());
            }
        }
        return out;
    }

    @Override
    public void close() {
        shell.close();
    }
}
