package fi.foresight.jupyter;

/** Escapes text for HTML element content and attribute values. */
final class Html {

    private Html() {
    }

    /**
     * The text with {@code & < > " '} escaped.
     *
     * @param text any text (null gives "")
     * @return text safe inside an element or a quoted attribute
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
