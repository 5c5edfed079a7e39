package org.mkplay.checks;

import java.util.ArrayList;
import java.util.List;

/** Splits a check line into words: runs of non-blank characters, and double-quoted texts kept with their quotes. */
final class Words {
    private Words() {}

    static List<String> split(String source, int line) throws CheckSyntaxException {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '"') {
                int end = closingQuote(source, i, line);
                words.add(source.substring(i, end + 1));
                i = end + 1;
            } else {
                int end = i;
                while (end < source.length() && source.charAt(end) != ' ' && source.charAt(end) != '\t') end++;
                words.add(source.substring(i, end));
                i = end;
            }
        }
        return words;
    }

    private static int closingQuote(String source, int open, int line) throws CheckSyntaxException {
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        throw new CheckSyntaxException(line, "a quoted text is not closed");
    }

    static boolean isQuoted(String word) {
        return word.length() >= 2 && word.startsWith("\"") && word.endsWith("\"");
    }

    /** The text between the quotes, with \" \\ and \n replaced. */
    static String unquote(String word) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if (c == '\\' && i + 1 < word.length() - 1) {
                char e = word.charAt(++i);
                s.append(e == 'n' ? '\n' : e);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** A process name: a letter or underscore, then letters, digits, '_', '-' or '$'. */
    static boolean isName(String word) {
        if (word.isEmpty() || !(Character.isLetter(word.charAt(0)) || word.charAt(0) == '_')) return false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '$') return false;
        }
        return true;
    }

    /**
     * Hexadecimal digits as an unsigned 64-bit number, as {@code Long.parseUnsignedLong(digits, 16)} reads them
     * (an optional '+', then at least one digit; 0x8000_0000_0000_0000 and above wrap to negative). Written out because
     * TeaVM's class library, which compiles this module for the page, has no parseUnsignedLong.
     */
    static long parseHex(String digits) {
        int start = digits.startsWith("+") ? 1 : 0;
        if (start == digits.length()) throw new NumberFormatException("no hexadecimal digits: " + digits);
        long value = 0;
        for (int i = start; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 16);
            if (d < 0) throw new NumberFormatException("not a hexadecimal digit in " + digits);
            if ((value >>> 60) != 0) throw new NumberFormatException("more than 64 bits: " + digits);
            value = (value << 4) | d;
        }
        return value;
    }

    /**
     * The text's lines as {@code text.split("\n", -1)} gives them (every piece, trailing empty ones too), without a
     * regular expression: TeaVM implements split with its regex engine, which would double the page's WebAssembly.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }
}
