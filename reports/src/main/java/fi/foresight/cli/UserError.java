package fi.foresight.cli;

import java.util.List;

/** A mistake in what the user asked for (a file, an option, a directory): exit code 2, no stack trace. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    UserError(String message) {
        this(List.of(message));
    }

    UserError(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    /** One line per problem. */
    List<String> lines() {
        return lines;
    }
}
