package fi.foresight.notebooks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs JShell scripts the way the {@code jshell} tool runs a file, through the {@code jdk.jshell} API, and stops at
 * the first snippet that fails.
 *
 * <p>Input is cut into snippets as the tool cuts it: lines are gathered until
 * {@link SourceCodeAnalysis#analyzeCompletion} calls the text complete (so a statement ends at the end of a line
 * whenever it can, and a chained call must keep its dot at the end of the line), the first complete snippet is
 * evaluated and the rest carried over. Lines starting with {@code /} (tool commands) are skipped. A snippet fails
 * when it is rejected, has any compile diagnostic, is a declaration left waiting for undefined names, or throws.
 *
 * <p>Snippets run in a separate JVM (the default JDI engine) with the given class path and system properties,
 * as they would under {@code jshell --class-path ... -R-D...}; its output is captured.
 */
final class NotebookRunner implements AutoCloseable {
    /** The imports of the jshell tool's {@code DEFAULT} startup, which {@code ./foresight jshell} loads first. */
    static final String DEFAULT_STARTUP = String.join("\n",
            "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
            "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
            "import java.util.prefs.*;", "import java.util.regex.*;", "import java.util.stream.*;");

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final JShell shell;
    private final SourceCodeAnalysis analysis;

    /**
     * @param classPath  the class path of compiler and remote VM
     * @param properties system properties of the remote VM, each {@code name=value}
     */
    NotebookRunner(String classPath, List<String> properties) {
        PrintStream sink = new PrintStream(output, true, StandardCharsets.UTF_8);
        var vmOptions = new ArrayList<String>(List.of("--class-path", classPath, "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8"));
        properties.forEach(p -> vmOptions.add("-D" + p));
        this.shell = JShell.builder()
                .out(sink).err(sink)
                .compilerOptions("--class-path", classPath)
                .remoteVMOptions(vmOptions.toArray(String[]::new))
                .build();
        this.analysis = shell.sourceCodeAnalysis();
    }

    /** What went wrong in one snippet of a script. */
    record Failure(String script, int line, String snippet, String problem) {
        @Override
        public String toString() {
            return script + ", snippet at line " + line + ":\n    " + snippet.strip().replace("\n", "\n    ")
                    + "\n  " + problem.replace("\n", "\n  ");
        }
    }

    /** Evaluates a script; empty when every snippet ran, else the first failure (the rest is not run). */
    Optional<Failure> run(String scriptName, String text) {
        List<String> lines = text.lines().toList();
        int next = 0;        // index of the next line to read
        String src = "";     // text read but not yet evaluated
        int srcLine = 1;     // line number of src's first line
        while (true) {
            // Gather lines until the text holds a complete snippet (or only comments and blanks).
            while (src.isEmpty() || !complete(src)) {
                if (next == lines.size()) {
                    return src.isBlank() ? Optional.empty()
                            : Optional.of(new Failure(scriptName, srcLine, src, "incomplete input at the end of the file"));
                }
                String line = lines.get(next++);
                if (!src.isEmpty()) {
                    src = src + "\n" + line;
                } else if (!isCommand(line)) {
                    src = line;
                    srcLine = next;
                }
            }
            CompletionInfo info = analysis.analyzeCompletion(src);
            String snippet = info.source() == null ? "" : info.source().stripTrailing();
            if (!snippet.isBlank()) {
                Optional<Failure> failure = eval(scriptName, srcLine + leadingLines(src), snippet);
                if (failure.isPresent()) {
                    return failure;
                }
            }
            String remaining = info.remaining() == null ? "" : info.remaining();
            srcLine += newlines(src.substring(0, src.length() - remaining.length()));
            src = remaining.isBlank() ? "" : remaining;
        }
    }

    /** Lines before the first one with code (blank or comment lines are gathered with the snippet). */
    private static int leadingLines(String src) {
        int n = 0;
        for (String l : src.lines().toList()) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("//")) {
                break;
            }
            n++;
        }
        return n;
    }

    private static int newlines(String s) {
        return (int) s.chars().filter(c -> c == '\n').count();
    }

    private boolean complete(String src) {
        Completeness c = analysis.analyzeCompletion(src).completeness();
        return c.isComplete() || c == Completeness.EMPTY;
    }

    private static boolean isCommand(String line) {
        return line.startsWith("/") && !line.startsWith("//") && !line.startsWith("/*");
    }

    private Optional<Failure> eval(String script, int line, String snippet) {
        for (SnippetEvent e : shell.eval(snippet)) {
            if (e.causeSnippet() != null || e.snippet() == null) {
                continue; // an update of an earlier snippet, not this one's own result
            }
            Snippet s = e.snippet();
            List<Diag> diagnostics = shell.diagnostics(s).toList();
            if (e.status() == Snippet.Status.REJECTED || !diagnostics.isEmpty()) {
                String problems = diagnostics.isEmpty() ? "rejected (no diagnostics)"
                        : diagnostics.stream().map(d -> (d.isError() ? "error: " : "warning: ")
                                + d.getMessage(null)).collect(Collectors.joining("\n"));
                return Optional.of(new Failure(script, line, snippet, e.status() + ": " + problems));
            }
            if (e.status() == Snippet.Status.RECOVERABLE_DEFINED || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                String missing = s instanceof jdk.jshell.DeclarationSnippet d
                        ? shell.unresolvedDependencies(d).collect(Collectors.joining(", ")) : "?";
                return Optional.of(new Failure(script, line, snippet, e.status() + ": refers to undefined " + missing));
            }
            if (e.exception() != null) {
                return Optional.of(new Failure(script, line, snippet, describe(e.exception())));
            }
        }
        return Optional.empty();
    }

    private static String describe(JShellException ex) {
        String kind;
        if (ex instanceof EvalException ev) {
            kind = ev.getExceptionClassName();
        } else if (ex instanceof UnresolvedReferenceException u) {
            kind = "unresolved reference in " + u.getSnippet().source();
        } else {
            kind = ex.getClass().getName();
        }
        var sb = new StringBuilder("threw ").append(kind).append(": ").append(ex.getMessage());
        for (StackTraceElement frame : ex.getStackTrace()) {
            sb.append("\n    at ").append(frame);
        }
        return sb.toString();
    }

    /**
     * Everything the scripts printed. The remote VM's output reaches us on another thread, so a marker is printed
     * last and waited for (up to a minute) to be sure the output is complete.
     */
    String output() {
        String marker = "--- end of output " + System.nanoTime() + " ---";
        shell.eval("System.out.println(\"" + marker + "\"); System.out.flush();");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!output.toString(StandardCharsets.UTF_8).contains(marker) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        String text = output.toString(StandardCharsets.UTF_8);
        int at = text.indexOf(marker);
        return at < 0 ? text : text.substring(0, at);
    }

    @Override
    public void close() {
        shell.close();
    }
}
