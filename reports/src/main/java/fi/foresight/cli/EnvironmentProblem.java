package fi.foresight.cli;

import fi.foresight.job.UserText;
import fi.foresight.io.IoText;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A problem of the machine rather than of the analysis: a directory that cannot be created, a full disk, a file
 * that may not be read, a path no file system accepts. Turns such a failure, however deeply wrapped, into one plain
 * line with the path and what went wrong, e.g. {@code cannot write /data/runs/demo/tables/x.csv: no space left on
 * device}; the Java names of the exceptions never show.
 */
final class EnvironmentProblem {
    private EnvironmentProblem() {
    }

    /** The plain line for {@code failure} when an I/O or path problem caused it, else empty. */
    static Optional<String> describe(Throwable failure) {
        Throwable cause = failure;
        var wrappers = new ArrayList<Throwable>();
        while (cause != null && !(cause instanceof IOException) && !(cause instanceof InvalidPathException)) {
            wrappers.add(cause);
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (cause == null) {
            return Optional.empty();
        }
        String context = context(wrappers);
        String what = cause instanceof InvalidPathException p ? invalidPath(p) : plain((IOException) cause, context);
        return Optional.of(context.isEmpty() ? what : context + ": " + what);
    }

    /** The wrappers' own words, outermost first, each without the text it repeats from its cause. */
    private static String context(List<Throwable> wrappers) {
        var parts = new ArrayList<String>();
        for (Throwable w : wrappers) {
            String m = w.getMessage();
            Throwable c = w.getCause();
            if (m == null || c == null) {
                continue;
            }
            m = strip(m, String.valueOf(c));
            if (c.getMessage() != null) {
                m = strip(m, c.getMessage());
            }
            String own = m.strip();
            if (!own.isEmpty() && !UserText.looksInternal(own) && parts.stream().noneMatch(p -> p.contains(own))) {
                parts.add(own);
            }
        }
        return String.join(": ", parts);
    }

    private static String strip(String message, String repeated) {
        if (message.equals(repeated)) {
            return "";
        }
        if (message.endsWith(": " + repeated)) {
            return message.substring(0, message.length() - repeated.length() - 2);
        }
        if (message.endsWith(" (" + repeated + ")")) {
            return message.substring(0, message.length() - repeated.length() - 3);
        }
        return message;
    }

    private static String invalidPath(InvalidPathException e) {
        String input = e.getInput() == null ? "" : e.getInput();
        boolean nul = input.indexOf('\0') >= 0;
        return "'" + printable(input) + "' is not a usable path"
                + (nul ? ": it contains a NUL character" : ": it contains a character file names cannot hold");
    }

    /** {@code PATH: reason}, or the reason alone when {@code context} names the path already. */
    private static String plain(IOException e, String context) {
        String reason = IoText.reason(e);
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String other = f.getOtherFile() == null ? "" : " (moving to " + f.getOtherFile() + ")";
            return (context.endsWith(f.getFile()) ? "" : f.getFile() + ": ") + reason + other;
        }
        return reason;
    }

    /** The text with control characters shown as {@code \\uXXXX} (a NUL never reaches the terminal). */
    static String printable(String s) {
        var sb = new StringBuilder(Math.min(s.length(), 300));
        for (int i = 0; i < s.length() && sb.length() < 300; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() >= 300 ? sb + "…" : sb.toString();
    }
}
