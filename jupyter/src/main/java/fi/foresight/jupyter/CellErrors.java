package fi.foresight.jupyter;

import fi.foresight.job.UserText;
import fi.foresight.model.ModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.Diag;

/**
 * Words for what went wrong in a cell, the way the workbench's command line says them: a model file's problems
 * as {@code file:line:col: ...} lines, a bad argument as its message, and only for a programming slip in the
 * cell itself (a null, a bad cast) the exception's type and the cell line it came from. No stack traces.
 */
final class CellErrors {

    private CellErrors() {
    }

    /**
     * A snippet that does not compile: each error with the cell line, the line itself and a caret under the spot.
     *
     * @param piece       the snippet
     * @param diagnostics JShell's diagnostics of it
     * @return the failure to show
     */
    static CellFailure compile(SnippetCutter.Piece piece, List<Diag> diagnostics) {
        List<String> out = new ArrayList<>();
        String source = piece.source();
        int skipped = leadingLines(source);
        for (Diag d : diagnostics) {
            if (!d.isError()) {
                continue;
            }
            long pos = Math.max(0, Math.min(d.getPosition(), source.length()));
            int lineInSource = (int) source.substring(0, (int) pos).chars().filter(c -> c == '\n').count();
            int lineStart = source.lastIndexOf('\n', (int) pos - 1) + 1;
            int lineEnd = source.indexOf('\n', lineStart);
            String text = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
            out.add("cell line " + (piece.line() + lineInSource - skipped) + ": " + d.getMessage(null));
            out.add("    " + text);
            out.add("    " + " ".repeat((int) pos - lineStart) + "^");
        }
        if (out.isEmpty()) {
            out.add("cell line " + piece.line() + ": this is not Java that JShell can run:");
            out.add("    " + source.strip().lines().findFirst().orElse(""));
        }
        return new CellFailure(out);
    }

    /**
     * A snippet that threw.
     *
     * @param piece       the snippet
     * @param thrown      what it threw (the exception object itself)
     * @param snippetLine cell line of each snippet id, to place a programming slip
     * @return the failure to show
     */
    static CellFailure thrown(SnippetCutter.Piece piece, Throwable thrown, Map<String, Integer> snippetLine) {
        List<String> out = new ArrayList<>();
        if (thrown instanceof ModelException) {
            out.addAll(thrown.getMessage().lines().toList());
            return new CellFailure(out);
        }
        Throwable t = thrown instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : thrown;
        String message = t.getMessage() == null ? null : t.getMessage().replaceAll("REPL\\.\\$JShell\\$\\d+\\.", "");
        boolean userError = (t instanceof IllegalArgumentException || t instanceof IllegalStateException
                || t instanceof IOException) && !UserText.looksInternal(message);
        if (userError) {
            out.addAll(message.lines().toList());
            return new CellFailure(out);
        }
        String kind = t.getClass().getSimpleName();
        out.add(message == null || message.isBlank() ? kind : kind + ": " + message);
        out.add("    at cell line " + cellLine(t, snippetLine).orElse(piece.line()));
        return new CellFailure(out);
    }

    /** The cell line of the deepest frame that belongs to one of the cell's snippets. */
    private static Optional<Integer> cellLine(Throwable t, Map<String, Integer> snippetLine) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String file = frame.getFileName();
            if (file != null && file.startsWith("#") && snippetLine.containsKey(file.substring(1))) {
                return Optional.of(snippetLine.get(file.substring(1)) + Math.max(0, frame.getLineNumber() - 1));
            }
        }
        return Optional.empty();
    }

    private static int leadingLines(String src) {
        int n = 0;
        for (String l : src.lines().toList()) {
            String s = l.strip();
            if (!s.isEmpty() && !s.startsWith("//")) {
                break;
            }
            n++;
        }
        return n;
    }
}
