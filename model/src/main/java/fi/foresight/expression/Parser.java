package fi.foresight.expression;

import fi.foresight.expression.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser for the expression grammar, loosest binding first:
 * <pre>
 * or         := and ('or' and)*
 * and        := not ('and' not)*
 * not        := 'not' not | comparison
 * comparison := additive (('&lt;' | '&lt;=' | '&gt;' | '&gt;=' | '==' | '!=') additive)?
 * additive   := multiplicative (('+' | '-') multiplicative)*
 * multiplicative := unary (('*' | '/') unary)*
 * unary      := ('-' | '+') unary | power
 * power      := primary ('^' unary)?
 * primary    := number | name | constant | 'prev' '(' name ')' | function '(' or (',' or)* ')' | '(' or ')'
 * </pre>
 * Every recursive step ({@code not}, a sign, an exponent, parentheses, a call argument) counts as one level
 * of nesting; more than {@link Expression#MAX_NESTING} levels is a syntax error, so deep input cannot
 * overflow the stack here or in any later walk of the tree.
 */
final class Parser {

    private static final String OPERAND = "expected a number, a name, '(' or a function call";

    private final String text;
    private final Lexer lexer;
    private final List<NameRef> references = new ArrayList<>();
    private final List<NameRef> previous = new ArrayList<>();
    private Token token;
    private int depth;

    private Parser(String text) {
        this.text = text;
        this.lexer = new Lexer(text);
    }

    /**
     * The tree of {@code text} and, in reading order, every variable reference in it: those read now and those
     * read through {@code prev(name)}.
     */
    record Result(SyntaxNode root, List<NameRef> references, List<NameRef> previous) {
    }

    static Result parse(String text) {
        if (text.length() > Expression.MAX_LENGTH) {
            throw new ExpressionSyntaxException(text, Expression.MAX_LENGTH, "expression is too long: "
                    + text.length() + " characters; the limit is " + Expression.MAX_LENGTH);
        }
        Parser parser = new Parser(text);
        parser.advance();
        if (parser.token.is(Kind.END)) {
            throw new ExpressionSyntaxException(text, 0, "empty expression; " + OPERAND);
        }
        SyntaxNode root = parser.or();
        if (!parser.token.is(Kind.END)) {
            if (parser.token.is(Kind.RPAREN)) {
                throw parser.error(parser.token, "unexpected ')' with no matching '('");
            }
            throw parser.error(parser.token, "unexpected " + parser.token.describe()
                    + "; expected an operator or the end of the expression" + keywordHint(parser.token));
        }
        return new Result(root, List.copyOf(parser.references), List.copyOf(parser.previous));
    }

    private SyntaxNode or() {
        SyntaxNode first = and();
        if (!token.isName("or")) {
            return first;
        }
        List<SyntaxNode.Link> links = new ArrayList<>();
        while (token.isName("or")) {
            int at = token.pos();
            advance();
            links.add(new SyntaxNode.Link(BinaryOp.OR, and(), at));
        }
        return new SyntaxNode.Chain(first, links, first.pos());
    }

    private SyntaxNode and() {
        SyntaxNode first = not();
        if (!token.isName("and")) {
            return first;
        }
        List<SyntaxNode.Link> links = new ArrayList<>();
        while (token.isName("and")) {
            int at = token.pos();
            advance();
            links.add(new SyntaxNode.Link(BinaryOp.AND, not(), at));
        }
        return new SyntaxNode.Chain(first, links, first.pos());
    }

    private SyntaxNode not() {
        if (!token.isName("not")) {
            return comparison();
        }
        int at = token.pos();
        advance();
        enter(at);
        SyntaxNode operand = not();
        depth--;
        return new SyntaxNode.Unary(UnaryOp.NOT, operand, at);
    }

    private SyntaxNode comparison() {
        SyntaxNode left = additive();
        if (!token.is(Kind.COMPARISON)) {
            return left;
        }
        BinaryOp op = BinaryOp.comparison(token.text());
        advance();
        SyntaxNode right = additive();
        if (token.is(Kind.COMPARISON)) {
            throw error(token, "comparisons do not chain; combine them with 'and', e.g. a < b and b < c");
        }
        return new SyntaxNode.Binary(op, left, right, left.pos());
    }

    private SyntaxNode additive() {
        SyntaxNode first = multiplicative();
        if (!token.is(Kind.PLUS) && !token.is(Kind.MINUS)) {
            return first;
        }
        List<SyntaxNode.Link> links = new ArrayList<>();
        while (token.is(Kind.PLUS) || token.is(Kind.MINUS)) {
            BinaryOp op = token.is(Kind.PLUS) ? BinaryOp.ADD : BinaryOp.SUB;
            int at = token.pos();
            advance();
            links.add(new SyntaxNode.Link(op, multiplicative(), at));
        }
        return new SyntaxNode.Chain(first, links, first.pos());
    }

    private SyntaxNode multiplicative() {
        SyntaxNode first = unary();
        if (!token.is(Kind.STAR) && !token.is(Kind.SLASH)) {
            return first;
        }
        List<SyntaxNode.Link> links = new ArrayList<>();
        while (token.is(Kind.STAR) || token.is(Kind.SLASH)) {
            BinaryOp op = token.is(Kind.STAR) ? BinaryOp.MUL : BinaryOp.DIV;
            int at = token.pos();
            advance();
            links.add(new SyntaxNode.Link(op, unary(), at));
        }
        return new SyntaxNode.Chain(first, links, first.pos());
    }

    private SyntaxNode unary() {
        if (!token.is(Kind.MINUS) && !token.is(Kind.PLUS)) {
            return power();
        }
        boolean negate = token.is(Kind.MINUS);
        int at = token.pos();
        advance();
        enter(at);
        SyntaxNode operand = unary();
        depth--;
        return negate ? new SyntaxNode.Unary(UnaryOp.NEG, operand, at) : operand;
    }

    private SyntaxNode power() {
        SyntaxNode base = primary();
        if (!token.is(Kind.CARET)) {
            return base;
        }
        int at = token.pos();
        advance();
        enter(at);
        SyntaxNode exponent = unary();
        depth--;
        return new SyntaxNode.Binary(BinaryOp.POW, base, exponent, base.pos());
    }

    private SyntaxNode primary() {
        Token t = token;
        switch (t.kind()) {
            case NUMBER:
                advance();
                return new SyntaxNode.Num(t.number(), t.pos());
            case NAME:
                advance();
                return token.is(Kind.LPAREN) ? call(t) : name(t);
            case LPAREN:
                advance();
                enter(t.pos());
                SyntaxNode inner = or();
                depth--;
                if (!token.is(Kind.RPAREN)) {
                    String where = "the '(' at column " + (t.pos() + 1);
                    throw token.is(Kind.END)
                            ? error(token, "missing ')' to close " + where)
                            : error(token, "unexpected " + token.describe() + "; expected an operator or ')' to close "
                                    + where + keywordHint(token));
                }
                advance();
                return inner;
            case END:
                throw error(t, "unexpected end of expression; " + OPERAND);
            default:
                throw error(t, "unexpected " + t.describe() + "; " + OPERAND);
        }
    }

    private SyntaxNode name(Token t) {
        String name = t.text();
        if (name.equals("not")) {
            throw error(t, "'not' cannot stand here: it binds more loosely than comparisons and arithmetic;"
                    + " put it in parentheses, e.g. (not x)");
        }
        if (name.equals("and") || name.equals("or")) {
            throw error(t, "unexpected '" + name + "'; " + OPERAND);
        }
        if (name.equals("if")) {
            throw error(t, "'if' needs arguments: if(condition, then, else)");
        }
        if (name.equals(Expression.PREV)) {
            throw error(t, "'prev' needs the name of a variable: prev(x) is x one time step earlier");
        }
        Constant constant = Constant.named(name);
        if (constant != null) {
            return new SyntaxNode.Const(constant, t.pos());
        }
        Builtin builtin = Builtin.named(name);
        if (builtin != null) {
            throw error(t, "'" + name + "' is a function; call it with arguments, e.g. " + name + "(x)");
        }
        references.add(new NameRef(name, t.pos() + 1));
        return new SyntaxNode.Var(name, t.pos());
    }

    private SyntaxNode call(Token nameToken) {
        String name = nameToken.text();
        if (name.equals(Expression.PREV)) {
            return prev(nameToken);
        }
        Builtin function = Builtin.named(name);
        if (function == null) {
            throw error(nameToken, unknownFunction(name));
        }
        Token open = token;
        advance();
        List<SyntaxNode> args = new ArrayList<>();
        if (token.is(Kind.RPAREN)) {
            advance();
        } else {
            while (true) {
                enter(token.pos());
                args.add(or());
                depth--;
                if (token.is(Kind.COMMA)) {
                    advance();
                } else if (token.is(Kind.RPAREN)) {
                    advance();
                    break;
                } else if (token.is(Kind.END)) {
                    throw error(token, "missing ')' to close the call of " + name + " at column " + (open.pos() + 1));
                } else {
                    throw error(token, "unexpected " + token.describe() + "; expected an operator, ',' or ')' in the call of "
                            + name + keywordHint(token));
                }
            }
        }
        if (!function.accepts(args.size())) {
            throw error(nameToken, function.arityProblem(args.size()));
        }
        if (function.unaryOp() != null) {
            return new SyntaxNode.Unary(function.unaryOp(), args.get(0), nameToken.pos());
        }
        return new SyntaxNode.Call(function, args, nameToken.pos());
    }

    /** {@code prev(name)}: exactly one variable name between the parentheses. */
    private SyntaxNode prev(Token nameToken) {
        String usage = "prev takes one variable name, e.g. prev(exports)";
        advance();
        Token inner = token;
        if (!inner.is(Kind.NAME)) {
            throw error(inner, inner.is(Kind.RPAREN) ? usage + ", got no argument" : usage + ", got " + inner.describe());
        }
        String name = inner.text();
        if (Names.problem(name).isPresent()) {
            throw error(inner, usage + "; '" + name + "' is a reserved word, not a variable");
        }
        if (name.equals(Expression.YEAR)) {
            throw error(inner, "prev(year) is not needed: the previous year is year - 1");
        }
        advance();
        if (!token.is(Kind.RPAREN)) {
            throw error(token, token.is(Kind.END) ? "missing ')' to close prev(" + name + ")"
                    : usage + "; an expression such as prev(a + b) is written prev(a) + prev(b)");
        }
        advance();
        previous.add(new NameRef(name, inner.pos() + 1));
        return new SyntaxNode.Prev(name, nameToken.pos());
    }

    private static String unknownFunction(String name) {
        if (Constant.named(name) != null) {
            return "'" + name + "' is a constant, not a function";
        }
        if (name.equals("and") || name.equals("or")) {
            return "unexpected '" + name + "'; " + OPERAND;
        }
        if (name.equals("not")) {
            return "'not' cannot stand here: it binds more loosely than comparisons and arithmetic;"
                    + " put it in parentheses, e.g. (not x)";
        }
        List<String> functions = new ArrayList<>();
        for (Builtin b : Builtin.values()) {
            functions.add(b.text());
        }
        functions.sort(null);
        return Names.closest(name, functions)
                .map(f -> "unknown function '" + name + "'; did you mean " + f + "?")
                .orElse("unknown function '" + name + "'; the functions are " + String.join(", ", functions));
    }

    private static String keywordHint(Token t) {
        if (t.is(Kind.NAME)) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!lower.equals(t.text()) && (lower.equals("and") || lower.equals("or") || lower.equals("not"))) {
                return " (keywords are lower-case: " + lower + ")";
            }
        }
        return "";
    }

    private void enter(int at) {
        if (++depth > Expression.MAX_NESTING) {
            throw new ExpressionSyntaxException(text, at, "expression nests too deeply: more than "
                    + Expression.MAX_NESTING + " levels of parentheses, function arguments, signs, 'not' or powers");
        }
    }

    private void advance() {
        token = lexer.next();
    }

    private ExpressionSyntaxException error(Token at, String message) {
        return new ExpressionSyntaxException(text, at.pos(), message);
    }
}
