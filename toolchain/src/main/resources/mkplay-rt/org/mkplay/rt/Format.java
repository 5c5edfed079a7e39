package org.mkplay.rt;

/**
 * String.format, String.formatted and PrintStream.printf for the common conversions, as java.util.Formatter
 * does them in the default (English) locale: {@code %d %x %X %o %s %S %c %C %b %B %h %H %n %%} with argument
 * indexes ({@code %2$s}, {@code %<s}), flags {@code - 0 + space , ( #}, width and, for strings, precision.
 * No floating point (the machine has none). A format the JDK would refuse ends the program with the JDK's
 * exception and message.
 */
final class Format {
    private final String format;
    private final Object[] args;
    private final StringBuilder out = new StringBuilder();
    private int at;
    private int ordinary; // the next argument for specifiers without an index
    private int last = -1; // the argument of the previous specifier, for %<

    private Format(String format, Object[] args) {
        this.format = format;
        this.args = args == null ? new Object[] {null} : args;
    }

    static String format(String format, Object[] args) {
        Format f = new Format(JObjects.requireNonNull(format), args);
        f.run();
        return f.out.toString();
    }

    private void run() {
        while (at < format.length()) {
            char c = format.charAt(at++);
            if (c != '%') out.append(c);
            else specifier(at - 1);
        }
    }

    /** One %[index$][flags][width][.precision]conversion; start is the '%'. */
    private void specifier(int start) {
        int index = argumentIndex();
        String flags = flags();
        int width = digits();
        int precision = -1;
        if (at < format.length() && format.charAt(at) == '.') {
            at++;
            precision = digits();
            if (precision < 0) unknown('.');
        }
        if (at >= format.length()) Fault.raise(new JUnknownFormatConversionException("Conversion = '%'"));
        char conversion = format.charAt(at++);
        String spec = format.substring(start, at);
        if (conversion == 'n') {
            out.append('\n');
            return;
        }
        if (conversion == '%') {
            out.append(pad("%", flags, width));
            return;
        }
        if (flags.indexOf('-') >= 0 && width < 0) Fault.raise(new JMissingFormatWidthException(spec));
        Object arg = argument(index, spec);
        String text = convert(conversion, arg, flags, precision);
        if (JCharacter.isUpperCase(conversion)) text = text.toUpperCase();
        out.append(pad(text, flags, width));
    }

    /** n$ (an index from 1), < (the previous one), or -1 for the next ordinary argument. */
    private int argumentIndex() {
        if (at < format.length() && format.charAt(at) == '<') {
            at++;
            return -2;
        }
        int mark = at;
        int n = digits();
        if (n > 0 && at < format.length() && format.charAt(at) == '$') {
            at++;
            return n - 1;
        }
        at = mark;
        return -1;
    }

    private String flags() {
        int start = at;
        while (at < format.length() && "-#+ 0,(".indexOf(format.charAt(at)) >= 0) at++;
        return format.substring(start, at);
    }

    private int digits() {
        int start = at;
        while (at < format.length() && JCharacter.isDigit(format.charAt(at))) at++;
        return start == at ? -1 : JInteger.parseInt(format.substring(start, at));
    }

    private Object argument(int index, String spec) {
        int k = index == -2 ? last : (index >= 0 ? index : ordinary++);
        if (k < 0 || k >= args.length) Fault.raise(new JMissingFormatArgumentException("Format specifier '" + spec + "'"));
        last = k;
        return args[k];
    }

    private String convert(char conversion, Object arg, String flags, int precision) {
        switch (JCharacter.toLowerCase(conversion)) {
            case 'd':
                return decimal(arg, flags, conversion);
            case 'x':
                return radix(arg, flags, 16, "0x", conversion);
            case 'o':
                return radix(arg, flags, 8, "0", conversion);
            case 's':
                return truncate(String.valueOf(arg), precision);
            case 'b':
                return truncate(String.valueOf(arg == null ? false : arg instanceof JBoolean b ? b.booleanValue() : true), precision);
            case 'h':
                return truncate(arg == null ? "null" : JInteger.toHexString(arg.hashCode()), precision);
            case 'c':
                return character(arg, conversion);
            default:
                unknown(conversion);
                return null;
        }
    }

    private String decimal(Object arg, String flags, char conversion) {
        if (arg == null) return "null";
        long v = integral(arg, conversion);
        String digits = v < 0 ? JLong.toString(v).substring(1) : JLong.toString(v);
        if (flags.indexOf(',') >= 0) digits = group(digits);
        return signed(digits, v < 0, flags);
    }

    /** Sign and parentheses as the flags ask; zero padding goes between them and the digits (see pad). */
    private static String signed(String digits, boolean negative, String flags) {
        if (negative) return flags.indexOf('(') >= 0 ? "(" + digits + ")" : "-" + digits;
        if (flags.indexOf('+') >= 0) return "+" + digits;
        if (flags.indexOf(' ') >= 0) return " " + digits;
        return digits;
    }

    private static String group(String digits) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < digits.length(); k++) {
            if (k > 0 && (digits.length() - k) % 3 == 0) sb.append(',');
            sb.append(digits.charAt(k));
        }
        return sb.toString();
    }

    /** %x and %o: the two's complement of the argument's own width, as Integer/Long.toHexString. */
    private String radix(Object arg, String flags, int radix, String prefix, char conversion) {
        if (arg == null) return "null";
        long v = integral(arg, conversion);
        long bits = arg instanceof JLong ? v : v & 0xffffffffL;
        String digits = JLong.toUnsignedString(bits, radix == 16 ? 4 : 3);
        return flags.indexOf('#') >= 0 ? prefix + digits : digits;
    }

    private long integral(Object arg, char conversion) {
        if (arg instanceof JInteger i) return i.intValue();
        if (arg instanceof JLong l) return l.longValue();
        Fault.raise(new JIllegalFormatConversionException(conversion + " != " + Native.className(arg)));
        return 0;
    }

    private String character(Object arg, char conversion) {
        if (arg == null) return "null";
        if (arg instanceof JCharacter c) return JCharacter.toString(c.charValue());
        if (arg instanceof JInteger i && i.intValue() >= 0 && i.intValue() <= 0xFFFF) return JCharacter.toString((char) i.intValue());
        Fault.raise(new JIllegalFormatConversionException(conversion + " != " + Native.className(arg)));
        return null;
    }

    private static String truncate(String s, int precision) {
        return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
    }

    /** To width: spaces on the left (or the right with '-'), or zeros after the sign with '0'. */
    private static String pad(String text, String flags, int width) {
        if (width <= text.length()) return text;
        StringBuilder sb = new StringBuilder();
        int fill = width - text.length();
        if (flags.indexOf('-') >= 0) {
            sb.append(text);
            for (int k = 0; k < fill; k++) sb.append(' ');
        } else if (flags.indexOf('0') >= 0) {
            int sign = text.length() > 0 && "+- (".indexOf(text.charAt(0)) >= 0 ? 1 : 0;
            sb.append(text.substring(0, sign));
            for (int k = 0; k < fill; k++) sb.append('0');
            sb.append(text.substring(sign));
        } else {
            for (int k = 0; k < fill; k++) sb.append(' ');
            sb.append(text);
        }
        return sb.toString();
    }

    private void unknown(char conversion) {
        Fault.raise(new JUnknownFormatConversionException("Conversion = '" + conversion + "'"));
    }
}
