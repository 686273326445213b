package fi.foresight.expression;

import fi.foresight.expression.Token.Kind;

/**
 * Splits an expression text into tokens on demand, so that the first problem in reading order is the one
 * reported. Catches the usual habits from other languages ({@code &&}, {@code ||}, {@code !}, {@code =},
 * {@code **}) with a message naming the operator to use instead.
 */
final class Lexer {

    private final String text;
    private int pos;

    Lexer(String text) {
        this.text = text;
    }

    Token next() {
        skipWhitespace();
        if (pos >= text.length()) {
            return new Token(Kind.END, "", text.length(), 0);
        }
        char c = text.charAt(pos);
        int start = pos;
        if (isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
            return number();
        }
        if (Names.isNameStart(c)) {
            while (pos < text.length() && Names.isNamePart(text.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.NAME, text.substring(start, pos), start, 0);
        }
        pos++;
        switch (c) {
            case '+': return single(Kind.PLUS, start);
            case '-': return single(Kind.MINUS, start);
            case '/': return single(Kind.SLASH, start);
            case '^': return single(Kind.CARET, start);
            case '(': return single(Kind.LPAREN, start);
            case ')': return single(Kind.RPAREN, start);
            case ',': return single(Kind.COMMA, start);
            case '*':
                if (peekIs('*')) {
                    throw error(start, "'**' is not an operator; use '^' for powers, e.g. x^2");
                }
                return single(Kind.STAR, start);
            case '<':
                if (peekIs('>')) {
                    throw error(start, "'<>' is not an operator; use '!=' for 'not equal'");
                }
                return comparison(start);
            case '>':
                return comparison(start);
            case '=':
                if (!peekIs('=')) {
                    throw error(start, "'=' is not an operator; use '==' to compare");
                }
                return comparison(start);
            case '!':
                if (!peekIs('=')) {
                    throw error(start, "'!' is not an operator; use 'not'");
                }
                return comparison(start);
            case '&':
                throw error(start, "'" + (peekIs('&') ? "&&" : "&") + "' is not an operator; use 'and'");
            case '|':
                throw error(start, "'" + (peekIs('|') ? "||" : "|") + "' is not an operator; use 'or'");
            default:
                throw error(start, unexpectedCharacter(start));
        }
    }

    private Token number() {
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw error(start, "malformed number '" + text.substring(start, pos)
                        + "'; an exponent needs digits, e.g. 1e-3");
            }
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && Names.isNamePart(text.charAt(pos))) {
            int end = pos;
            while (end < text.length() && Names.isNamePart(text.charAt(end))) {
                end++;
            }
            String hint = Names.isNameStart(text.charAt(pos))
                    ? "; put an operator between a number and a name, e.g. 2 * x"
                    : "";
            throw error(start, "malformed number '" + text.substring(start, end) + "'" + hint);
        }
        String literal = text.substring(start, pos);
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw error(start, "number '" + literal + "' is too large; the largest is about 1.8e308");
        }
        return new Token(Kind.NUMBER, literal, start, value);
    }

    private Token single(Kind kind, int start) {
        return new Token(kind, text.substring(start, start + 1), start, 0);
    }

    private Token comparison(int start) {
        if (peekIs('=')) {
            pos++;
        }
        return new Token(Kind.COMPARISON, text.substring(start, pos), start, 0);
    }

    private boolean peekIs(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private String unexpectedCharacter(int at) {
        int cp = text.codePointAt(at);
        String code = String.format("U+%04X", cp);
        boolean printable = Character.isDefined(cp) && !Character.isISOControl(cp)
                && Character.getType(cp) != Character.SURROGATE && !Character.isSpaceChar(cp);
        String shown = printable ? "'" + new String(Character.toChars(cp)) + "' (" + code + ")" : code;
        if (cp > 0x7f && Character.isLetter(cp)) {
            return "unexpected character " + shown + "; names use only A-Z, a-z, 0-9, '_' and '.'";
        }
        return "unexpected character " + shown;
    }

    private ExpressionSyntaxException error(int at, String message) {
        return new ExpressionSyntaxException(text, at, message);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
