package fi.foresight.job;

import java.util.regex.Pattern;

/**
 * Tells text meant for a user from text meant for a programmer: a message that names a Java class or package
 * ({@code java.util.List}, {@code NullPointerException}) or a method call ({@code monteCarlo()}) is an internal
 * error's, and is replaced by plain words before it is shown.
 */
public final class UserText {
    private static final Pattern INTERNAL = Pattern.compile(
            "\\b(java|javax|jdk|sun|com|org|fi|tech|picocli)\\.[a-z]\\w*\\."
                    + "|\\b[A-Z]\\w*(Exception|Error)\\b"
                    + "|\\b[a-z]\\w*[A-Z]\\w*\\(\\)"
                    + "|`|\\b\\w+Feature\\b");
    /** What an internal error says instead of its own message. */
    public static final String INTERNAL_ERROR = "an internal error (set FORESIGHT_DEBUG=1 for details)";

    private UserText() {
    }

    /** True when {@code message} is missing or shows Java class, package or method names. */
    public static boolean looksInternal(String message) {
        return message == null || message.isBlank() || INTERNAL.matcher(message).find();
    }

    /** The message, or {@link #INTERNAL_ERROR} when it is not for users. */
    public static String plain(String message) {
        return looksInternal(message) ? INTERNAL_ERROR : message;
    }
}
