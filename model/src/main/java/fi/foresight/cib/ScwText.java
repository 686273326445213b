package fi.foresight.cib;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The text of a ScenarioWizard file: UTF-8 without its byte-order mark; other bytes refused with their place. */
final class ScwText {
    private ScwText() {
    }

    /** The decoded text; an {@link IllegalArgumentException} "source:line:col: …" for bytes that are not UTF-8. */
    static String decode(byte[] bytes, String source) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw notText(bytes, in.position(), source);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r') {
                throw new IllegalArgumentException(source + ":" + line + ":" + (i - lineStart + 1) + ": a control "
                        + "character (U+" + String.format("%04X", (int) c) + ") in the text; a ScenarioWizard file "
                        + "holds plain text: remove it, or check that this is a .scw project");
            }
        }
        return text;
    }

    /** Strips a leading byte-order mark from text already decoded. */
    static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static IllegalArgumentException notText(byte[] bytes, int offset, String source) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new IllegalArgumentException(source + ":" + line + ":" + column + ": byte " + offset + " (0x"
                + String.format("%02X", bytes[offset] & 0xFF) + ") is not UTF-8 text; a ScenarioWizard file is text: "
                + "save it as UTF-8, or check that it is a .scw project and not another kind of file");
    }
}
