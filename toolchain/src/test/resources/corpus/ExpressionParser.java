public class ExpressionParser {
    abstract static class Expr {
        abstract long eval(long[] vars);
        abstract String show();
    }

    static final class Num extends Expr {
        final long v;
        Num(long v) { this.v = v; }
        long eval(long[] vars) { return v; }
        String show() { return Long.toString(v); }
    }

    static final class Var extends Expr {
        final char name;
        Var(char name) { this.name = name; }
        long eval(long[] vars) { return vars[name - 'a']; }
        String show() { return String.valueOf(name); }
    }

    static final class Bin extends Expr {
        final char op;
        final Expr l, r;
        Bin(char op, Expr l, Expr r) { this.op = op; this.l = l; this.r = r; }
        long eval(long[] vars) {
            long a = l.eval(vars), b = r.eval(vars);
            switch (op) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return b == 0 ? 0 : a / b;
                case '%': return b == 0 ? 0 : a % b;
                case '^': { long p = 1; for (long i = 0; i < b; i++) p *= a; return p; }
                default: throw new IllegalStateException("op " + op);
            }
        }
        String show() { return "(" + l.show() + op + r.show() + ")"; }
    }

    static final class Neg extends Expr {
        final Expr e;
        Neg(Expr e) { this.e = e; }
        long eval(long[] vars) { return -e.eval(vars); }
        String show() { return "-" + e.show(); }
    }

    static final class Parser {
        final String s;
        int pos;
        Parser(String s) { this.s = s; }

        char peek() {
            while (pos < s.length() && s.charAt(pos) == ' ') pos++;
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        Expr expr() {
            Expr e = term();
            for (char c = peek(); c == '+' || c == '-'; c = peek()) { pos++; e = new Bin(c, e, term()); }
            return e;
        }

        Expr term() {
            Expr e = power();
            for (char c = peek(); c == '*' || c == '/' || c == '%'; c = peek()) { pos++; e = new Bin(c, e, power()); }
            return e;
        }

        Expr power() {
            Expr base = unary();
            if (peek() == '^') { pos++; return new Bin('^', base, power()); }
            return base;
        }

        Expr unary() {
            if (peek() == '-') { pos++; return new Neg(unary()); }
            return atom();
        }

        Expr atom() {
            char c = peek();
            if (c == '(') { pos++; Expr e = expr(); peek(); pos++; return e; }
            if (Character.isLetter(c)) { pos++; return new Var(c); }
            long v = 0;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) v = v * 10 + (s.charAt(pos++) - '0');
            return new Num(v);
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * (y - 3) + z % 4", "100 / (a - a)", "a*b*c*d - a - b - c - d",
            "2^62 + 2^62", "-(-(-5)) - -5", "((((((7))))))", "x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x*x"};
        long[] vars = new long[26];
        for (int i = 0; i < 26; i++) vars[i] = i * 3 - 20;
        for (String in : inputs) {
            Expr e = new Parser(in).expr();
            System.out.println(in + " => " + e.show() + " = " + e.eval(vars));
        }
        Expr poly = new Parser("x*x*x - 6*x*x + 11*x - 6").expr();
        StringBuilder roots = new StringBuilder();
        long sum = 0;
        for (long x = -50; x <= 50; x++) {
            vars['x' - 'a'] = x;
            long v = poly.eval(vars);
            if (v == 0) roots.append(x).append(' ');
            sum += v;
        }
        System.out.println("roots " + roots + "sum " + sum);
    }
}
