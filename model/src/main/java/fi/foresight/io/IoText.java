package fi.foresight.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What went wrong reading or writing a file, in plain words for a user ({@code permission denied}, {@code no space
 * left on device}, {@code the file is not UTF-8 text}): never the Java name of the exception.
 *
 * <pre>{@code
 * catch (IOException e) { problems.add(file + ": cannot read: " + IoText.reason(e)); }
 * }</pre>
 */
public final class IoText {
    private IoText() {
    }

    /**
     * The reason alone, without the path.
     *
     * @param e the exception from a file operation
     * @return the reason in plain words, without the path or an exception name
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the directory is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "the symbolic links form a loop";
        }
        if (e instanceof FileAlreadyExistsException f && f.getFile() != null) {
            Path p = Path.of(f.getFile());
            return Files.exists(p) && !Files.isDirectory(p) ? "exists and is not a directory" : "already exists";
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not UTF-8 text; save it with UTF-8 encoding";
        }
        if (e instanceof FileSystemException f) {
            return plain(f.getReason(), "the file system refused the operation");
        }
        return plain(e.getMessage(), "an input or output error");
    }

    /**
     * {@code PATH: reason} when the exception names a file, else the reason.
     *
     * @param e the exception from a file operation
     * @return the path and the reason, or the reason alone when the exception names no file
     */
    public static String describe(IOException e) {
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        return file == null ? reason(e) : file + ": " + reason(e);
    }

    private static String plain(String text, String otherwise) {
        if (text == null || text.isBlank() || text.contains("Exception") || text.matches("(?s).*\\b(java|javax|sun)\\..*")) {
            return otherwise;
        }
        String s = text.strip();
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            s = s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }
}
