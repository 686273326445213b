package fi.foresight.expression;

/** One lexical token: its kind, its text, its 0-based offset, and for numbers their value. */
record Token(Kind kind, String text, int pos, double number) {

    enum Kind { NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, COMMA, COMPARISON, END }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isName(String word) {
        return kind == Kind.NAME && text.equals(word);
    }

    /** How error messages refer to this token: {@code number '2'}, {@code name 'x'}, {@code '*'}. */
    String describe() {
        switch (kind) {
            case NUMBER: return "number '" + text + "'";
            case NAME: return Names.isReserved(text) ? "'" + text + "'" : "name '" + text + "'";
            case END: return "end of expression";
            default: return "'" + text + "'";
        }
    }
}
