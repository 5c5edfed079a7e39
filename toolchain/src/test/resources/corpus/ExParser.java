public class ExParser {
    static class ParseException extends Exception {
        final int position;
        ParseException(String message, int position) {
            super(message + " at " + position);
            this.position = position;
        }
    }

    private final String text;
    private int pos;

    ExParser(String text) { this.text = text; }

    static long evaluate(String s) throws ParseException {
        ExParser p = new ExParser(s);
        long v = p.expr();
        if (p.pos != s.length()) throw new ParseException("unexpected '" + s.charAt(p.pos) + "'", p.pos);
        return v;
    }

    long expr() throws ParseException {
        long v = term();
        while (pos < text.length() && (peek() == '+' || peek() == '-')) {
            char op = text.charAt(pos++);
            long r = term();
            v = op == '+' ? v + r : v - r;
        }
        return v;
    }

    long term() throws ParseException {
        long v = factor();
        while (pos < text.length() && (peek() == '*' || peek() == '/' || peek() == '%')) {
            char op = text.charAt(pos++);
            int at = pos;
            long r = factor();
            try {
                v = op == '*' ? v * r : op == '/' ? v / r : v % r;
            } catch (ArithmeticException e) {
                throw new ParseException(e.getMessage(), at);
            }
        }
        return v;
    }

    long factor() throws ParseException {
        if (pos >= text.length()) throw new ParseException("end of input", pos);
        char c = peek();
        if (c == '(') {
            pos++;
            long v = expr();
            if (pos >= text.length() || peek() != ')') throw new ParseException("missing )", pos);
            pos++;
            return v;
        }
        if (c == '-') {
            pos++;
            return -factor();
        }
        int start = pos;
        while (pos < text.length() && Character.isDigit(peek())) pos++;
        if (start == pos) throw new ParseException("expected a number, got '" + c + "'", pos);
        try {
            return Long.parseLong(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw new ParseException("number too large", start);
        }
    }

    char peek() { return text.charAt(pos); }

    public static void main(String[] args) {
        String[] inputs = {"1+2*3", "(4+5)*(2-7)", "10/(5-5)", "2*(3+4", "12+x", "7%0", "-(-3)*-2",
            "99999999999999999999+1", "", "1+2)", "((((((1))))))"};
        int failures = 0;
        for (String in : inputs) {
            try {
                System.out.println(in + " = " + evaluate(in));
            } catch (ParseException e) {
                failures++;
                System.out.println(in + " : " + e.getMessage() + " [" + e.position + "]");
            }
        }
        System.out.println(failures + " failures");
    }
}
