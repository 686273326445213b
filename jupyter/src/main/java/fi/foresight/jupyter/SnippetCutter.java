package fi.foresight.jupyter;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Cuts a cell into snippets the way the {@code jshell} tool cuts a file, so that a notebook cell and
 * {@code ./foresight jshell} read the same text the same way: lines are gathered until JShell calls the text
 * complete (a statement ends at the end of a line whenever it can; a chained call keeps its dot at the line's
 * end), the first complete snippet is taken and the rest carried over.
 */
final class SnippetCutter {

    /**
     * One snippet of a cell.
     *
     * @param source the snippet's text
     * @param line   the cell line (1-based) its code starts on
     */
    record Piece(String source, int line) {
    }

    private SnippetCutter() {
    }

    /**
     * The snippets of a cell, in order.
     *
     * @param analysis JShell's source analysis
     * @param cell     the cell's text
     * @return the snippets; the last one may be incomplete (JShell then reports it)
     */
    static List<Piece> cut(SourceCodeAnalysis analysis, String cell) {
        List<String> lines = cell.lines().toList();
        List<Piece> pieces = new ArrayList<>();
        int next = 0;
        String src = "";
        int srcLine = 1;
        while (true) {
            while (src.isEmpty() || !complete(analysis, src)) {
                if (next == lines.size()) {
                    if (!src.isBlank()) {
                        pieces.add(new Piece(src, srcLine + leadingLines(src)));
                    }
                    return pieces;
                }
                String line = lines.get(next++);
                if (!src.isEmpty()) {
                    src = src + "\n" + line;
                } else {
                    src = line;
                    srcLine = next;
                }
            }
            CompletionInfo info = analysis.analyzeCompletion(src);
            String snippet = info.source() == null ? "" : info.source().stripTrailing();
            if (!snippet.isBlank()) {
                pieces.add(new Piece(snippet, srcLine + leadingLines(src)));
            }
            String remaining = info.remaining() == null ? "" : info.remaining();
            srcLine += newlines(src.substring(0, src.length() - remaining.length()));
            src = remaining.isBlank() ? "" : remaining;
        }
    }

    private static boolean complete(SourceCodeAnalysis analysis, String src) {
        Completeness c = analysis.analyzeCompletion(src).completeness();
        return c.isComplete() || c == Completeness.EMPTY;
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
}
