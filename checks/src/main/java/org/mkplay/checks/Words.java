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
}
