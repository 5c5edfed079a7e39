package org.mkplay.rt;

/** A set of chars for Regex: ranges, possibly negated. The named classes are Java's ASCII ones (\d \s \w). */
final class CharClass {
    private int[] ranges = new int[8]; // pairs lo, hi (inclusive)
    private int count;
    boolean negated;

    static CharClass single(char c) {
        CharClass set = new CharClass();
        set.add(c, c);
        return set;
    }

    /** '.': anything but a line terminator (Java's default, without DOTALL). */
    static CharClass dot() {
        CharClass set = new CharClass();
        set.add('\n', '\n');
        set.add('\r', '\r');
        set.add('\u0085', '\u0085');
        set.add('\u2028', '\u2029');
        set.negated = true;
        return set;
    }

    /** \d \D \s \S \w \W, or null for any other letter. */
    static CharClass named(char c) {
        CharClass set = new CharClass();
        switch (JCharacter.toLowerCase(c)) {
            case 'd' -> set.add('0', '9');
            case 's' -> {
                set.add('\t', '\r'); // \t \n \u000B \f \r
                set.add(' ', ' ');
            }
            case 'w' -> {
                set.add('a', 'z');
                set.add('A', 'Z');
                set.add('0', '9');
                set.add('_', '_');
            }
            default -> {
                return null;
            }
        }
        set.negated = JCharacter.isUpperCase(c);
        return set;
    }

    void add(char lo, char hi) {
        if (count + 2 > ranges.length) ranges = JArrays.copyOf(ranges, ranges.length * 2);
        ranges[count++] = lo;
        ranges[count++] = hi;
    }

    /** Adds every char other contains (other may be negated: then its complement's ranges are added). */
    void addAll(CharClass other) {
        if (!other.negated) {
            for (int k = 0; k < other.count; k += 2) add((char) other.ranges[k], (char) other.ranges[k + 1]);
            return;
        }
        for (int c = 0; c <= 0xFFFF; c++) {
            if (other.contains((char) c)) {
                int start = c;
                while (c < 0xFFFF && other.contains((char) (c + 1))) c++;
                add((char) start, (char) c);
            }
        }
    }

    boolean contains(char c) {
        for (int k = 0; k < count; k += 2) if (c >= ranges[k] && c <= ranges[k + 1]) return !negated;
        return negated;
    }
}
