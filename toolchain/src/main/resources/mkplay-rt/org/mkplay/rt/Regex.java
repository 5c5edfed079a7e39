package org.mkplay.rt;

/**
 * The regular expressions of String.split, matches, replaceAll and replaceFirst: the part of java.util.regex
 * everyday code uses (literals and escapes, {@code .}, classes such as {@code [a-z_]} and {@code [^,]},
 * {@code \d \s \w} and their negations, groups, {@code |}, the greedy and lazy quantifiers {@code * + ? {n,m}},
 * {@code ^ $}), with Java's leftmost-first semantics. The pattern is parsed into a small program run by a
 * backtracking machine with an explicit stack (no recursion, so long inputs cannot overflow the stack). Any
 * other construct is reported at run time, naming it, rather than matched differently from the JVM.
 */
final class Regex {
    private static final int CHARS = 0, SPLIT = 1, JMP = 2, SAVE = 3, BEGIN = 4, END = 5, MATCH = 6;

    private final String pattern;
    private int at; // parse position
    private int[] op = new int[16], x = new int[16], y = new int[16];
    private CharClass[] sets = new CharClass[16];
    private int size;
    private int groups = 1; // group 0 is the whole match

    private Regex(String pattern) {
        this.pattern = pattern;
    }

    static Regex compile(String pattern) {
        Regex r = new Regex(JObjects.requireNonNull(pattern));
        r.emit(SAVE, 0, 0);
        r.alternation();
        if (r.at < pattern.length()) r.syntax("unmatched ')'");
        r.emit(SAVE, 1, 0);
        r.emit(MATCH, 0, 0);
        return r;
    }

    // ---- parsing and code generation (recursive descent over the pattern) ----

    /** a|b|c: SPLIT to a or to the rest; a ends with a jump past the rest. */
    private void alternation() {
        int start = size;
        sequence();
        if (!peek('|')) return;
        at++;
        int[] first = cut(start);
        int split = emit(SPLIT, 0, 0);
        paste(first);
        int jump = emit(JMP, 0, 0);
        int rest = size;
        alternation();
        x[split] = split + 1;
        y[split] = rest;
        x[jump] = size;
    }

    private void sequence() {
        while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') quantified();
    }

    private void quantified() {
        int start = size;
        atom();
        if (at >= pattern.length()) return;
        char q = pattern.charAt(at);
        int min, max;
        if (q == '*') { min = 0; max = -1; at++; }
        else if (q == '+') { min = 1; max = -1; at++; }
        else if (q == '?') { min = 0; max = 1; at++; }
        else if (q == '{' && at + 1 < pattern.length() && JCharacter.isDigit(pattern.charAt(at + 1))) {
            at++;
            min = number();
            max = min;
            if (peek(',')) {
                at++;
                max = peek('}') ? -1 : number();
            }
            expect('}');
            if (max >= 0 && max < min) syntax("illegal repetition range");
        } else return;
        boolean lazy = peek('?');
        if (lazy) at++;
        if (peek('+')) unsupported("possessive quantifier");
        repeat(cut(start), min, max, lazy);
    }

    private void repeat(int[] body, int min, int max, boolean lazy) {
        for (int k = 0; k < min; k++) paste(body);
        if (max < 0) {
            int loop = emit(SPLIT, 0, 0);
            paste(body);
            emit(JMP, loop, 0);
            setSplit(loop, loop + 1, size, lazy);
            return;
        }
        int[] exits = new int[max - min];
        for (int k = 0; k < max - min; k++) {
            exits[k] = emit(SPLIT, 0, 0);
            paste(body);
        }
        for (int k = 0; k < exits.length; k++) setSplit(exits[k], exits[k] + 1, size, lazy);
    }

    private void setSplit(int at, int body, int exit, boolean lazy) {
        x[at] = lazy ? exit : body;
        y[at] = lazy ? body : exit;
    }

    private void atom() {
        char c = pattern.charAt(at++);
        switch (c) {
            case '(' -> group();
            case '[' -> emitSet(charClass());
            case '.' -> emitSet(CharClass.dot());
            case '^' -> emit(BEGIN, 0, 0);
            case '$' -> emit(END, 0, 0);
            case '\\' -> escape(false, null);
            case '*', '+', '?' -> syntax("dangling meta character '" + c + "'");
            default -> emitSet(CharClass.single(c));
        }
    }

    private void group() {
        int index = -1;
        if (peek('?')) {
            if (at + 1 < pattern.length() && pattern.charAt(at + 1) == ':') at += 2;
            else unsupported("group construct (?" + (at + 1 < pattern.length() ? pattern.charAt(at + 1) : ' ') + "...)");
        } else {
            index = groups++;
        }
        if (index >= 0) emit(SAVE, 2 * index, 0);
        alternation();
        expect(')');
        if (index >= 0) emit(SAVE, 2 * index + 1, 0);
    }

    /** After a backslash: a class escape, a control escape or a quoted character; into set when in [...]. */
    private void escape(boolean inClass, CharClass set) {
        if (at >= pattern.length()) syntax("unexpected end after '\\'");
        char c = pattern.charAt(at++);
        CharClass named = CharClass.named(c);
        char literal = switch (c) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            case 'e' -> (char) 27;
            case '0' -> (char) 0;
            default -> c;
        };
        if (named == null && JCharacter.isLetterOrDigit(c) && literal == c) unsupported("escape \\" + c);
        if (set != null) {
            if (named != null) set.addAll(named);
            else set.add(literal, literal);
        } else {
            emitSet(named != null ? named : CharClass.single(literal));
        }
    }

    private CharClass charClass() {
        CharClass set = new CharClass();
        if (peek('^')) {
            set.negated = true;
            at++;
        }
        boolean first = true;
        while (at < pattern.length() && (first || pattern.charAt(at) != ']')) {
            first = false;
            char c = pattern.charAt(at);
            if (c == '[' || (c == '&' && at + 1 < pattern.length() && pattern.charAt(at + 1) == '&')) unsupported("class union or intersection");
            at++;
            if (c == '\\') {
                escape(true, set);
                continue;
            }
            if (at + 1 < pattern.length() && pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']') {
                char hi = pattern.charAt(at + 1);
                if (hi == '\\') unsupported("escaped range bound");
                if (hi < c) syntax("illegal character range");
                at += 2;
                set.add(c, hi);
            } else {
                set.add(c, c);
            }
        }
        expect(']');
        return set;
    }

    private int number() {
        int start = at;
        while (at < pattern.length() && JCharacter.isDigit(pattern.charAt(at))) at++;
        if (start == at) syntax("number expected");
        return JInteger.parseInt(pattern.substring(start, at));
    }

    private boolean peek(char c) {
        return at < pattern.length() && pattern.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) syntax("'" + c + "' expected");
        at++;
    }

    private void syntax(String what) {
        Fault.raise(new JIllegalArgumentException(what + " near index " + at + " in regular expression " + pattern));
    }

    private void unsupported(String what) {
        Fault.raise(new JUnsupportedOperationException(what + " in regular expression " + pattern + " is not supported"));
    }

    // ---- the code buffer: instructions are (op, x, y, set); pieces are cut out and pasted to repeat them ----

    private int emitSet(CharClass set) {
        int pc = emit(CHARS, 0, 0);
        sets[pc] = set;
        return pc;
    }

    private int emit(int o, int a, int b) {
        if (size == op.length) {
            op = JArrays.copyOf(op, size * 2);
            x = JArrays.copyOf(x, size * 2);
            y = JArrays.copyOf(y, size * 2);
            sets = JArrays.copyOf(sets, size * 2);
        }
        op[size] = o;
        x[size] = a;
        y[size] = b;
        sets[size] = null;
        return size++;
    }

    /** Removes the code from start on; jump targets are stored relative to start. Sets go in a side table. */
    private int[] cut(int start) {
        int n = size - start;
        int[] piece = new int[n * 4];
        for (int k = 0; k < n; k++) {
            int pc = start + k;
            boolean jumps = op[pc] == SPLIT || op[pc] == JMP;
            piece[4 * k] = op[pc];
            piece[4 * k + 1] = jumps ? x[pc] - start : x[pc];
            piece[4 * k + 2] = jumps ? y[pc] - start : y[pc];
            piece[4 * k + 3] = op[pc] == CHARS ? keep(sets[pc]) : -1;
        }
        size = start;
        return piece;
    }

    private CharClass[] kept = new CharClass[8];
    private int keptCount;

    private int keep(CharClass set) {
        if (keptCount == kept.length) kept = JArrays.copyOf(kept, keptCount * 2);
        kept[keptCount] = set;
        return keptCount++;
    }

    private void paste(int[] piece) {
        int base = size;
        for (int k = 0; k < piece.length / 4; k++) {
            int o = piece[4 * k];
            boolean jumps = o == SPLIT || o == JMP;
            int pc = emit(o, jumps ? piece[4 * k + 1] + base : piece[4 * k + 1], jumps ? piece[4 * k + 2] + base : piece[4 * k + 2]);
            if (o == CHARS) sets[pc] = kept[piece[4 * k + 3]];
        }
    }

    // ---- matching ----

    /**
     * Tries to match at exactly position from; on success fills slots (2 per group, -1 when unset) and
     * returns true. whole: the match must end at the end of s.
     */
    boolean matchAt(String s, int from, boolean whole, int[] slots) {
        for (int k = 0; k < slots.length; k++) slots[k] = -1;
        int[] stack = new int[64];
        int sp = 0;
        int pc = 0, pos = from;
        while (true) {
            boolean fail = false;
            switch (op[pc]) {
                case CHARS -> {
                    if (pos < s.length() && sets[pc].contains(s.charAt(pos))) {
                        pos++;
                        pc++;
                    } else fail = true;
                }
                case SPLIT -> {
                    if (sp + 3 > stack.length) stack = JArrays.copyOf(stack, stack.length * 2);
                    stack[sp++] = y[pc];
                    stack[sp++] = pos;
                    stack[sp++] = -1;
                    pc = x[pc];
                }
                case JMP -> pc = x[pc];
                case SAVE -> {
                    if (sp + 3 > stack.length) stack = JArrays.copyOf(stack, stack.length * 2);
                    stack[sp++] = x[pc]; // restore entry: slot, old value, marker >= 0
                    stack[sp++] = slots[x[pc]];
                    stack[sp++] = 1;
                    slots[x[pc]] = pos;
                    pc++;
                }
                case BEGIN -> {
                    if (pos == 0) pc++;
                    else fail = true;
                }
                case END -> {
                    if (pos == s.length() || (pos == s.length() - 1 && isLineTerminator(s.charAt(pos)))) pc++;
                    else fail = true;
                }
                default -> {
                    if (!whole || pos == s.length()) return true;
                    fail = true;
                }
            }
            if (fail) {
                while (true) {
                    if (sp == 0) return false;
                    int marker = stack[--sp], b = stack[--sp], a = stack[--sp];
                    if (marker >= 0) {
                        slots[a] = b;
                        continue;
                    }
                    pc = a;
                    pos = b;
                    break;
                }
            }
        }
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The first match starting at or after from, as Matcher.find: slots filled, or false. */
    boolean find(String s, int from, int[] slots) {
        for (int start = from; start <= s.length(); start++) if (matchAt(s, start, false, slots)) return true;
        return false;
    }

    int[] newSlots() {
        return new int[2 * groups];
    }

    // ---- the String operations ----

    /** Pattern.split's rules: no empty leading string for a zero-width match at 0; limit 0 drops trailing empties. */
    static String[] split(String s, String regex, int limit) {
        Regex r = compile(regex);
        int[] slots = r.newSlots();
        JArrayList<String> parts = new JArrayList<String>();
        int index = 0, searchFrom = 0;
        boolean limited = limit > 0;
        while (searchFrom <= s.length() && r.find(s, searchFrom, slots)) {
            int start = slots[0], end = slots[1];
            searchFrom = end == start ? end + 1 : end;
            if (!limited || parts.size() < limit - 1) {
                if (index == 0 && start == 0 && start == end) continue;
                parts.add(s.substring(index, start));
                index = end;
            } else if (parts.size() == limit - 1) {
                parts.add(s.substring(index));
                index = end;
            }
        }
        if (index == 0) return new String[] {s};
        if (!limited || parts.size() < limit) parts.add(s.substring(index));
        int n = parts.size();
        if (limit == 0) while (n > 0 && parts.get(n - 1).isEmpty()) n--;
        String[] result = new String[n];
        for (int k = 0; k < n; k++) result[k] = parts.get(k);
        return result;
    }

    static boolean matches(String s, String regex) {
        Regex r = compile(regex);
        return r.matchAt(s, 0, true, r.newSlots());
    }

    static String replace(String s, String regex, String replacement, boolean all) {
        Regex r = compile(regex);
        int[] slots = r.newSlots();
        StringBuilder sb = new StringBuilder();
        int index = 0, searchFrom = 0;
        boolean found = false;
        while (searchFrom <= s.length() && r.find(s, searchFrom, slots)) {
            found = true;
            sb.append(s.substring(index, slots[0]));
            r.appendReplacement(sb, s, replacement, slots);
            index = slots[1];
            searchFrom = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
            if (!all) break;
        }
        return found ? sb.append(s.substring(index)).toString() : s;
    }

    /** $n inserts group n (the longest number that names a group), \x inserts x, as Matcher.appendReplacement. */
    private void appendReplacement(StringBuilder sb, String s, String replacement, int[] slots) {
        for (int k = 0; k < replacement.length(); k++) {
            char c = replacement.charAt(k);
            if (c == '\\') {
                if (++k >= replacement.length()) Fault.raise(new JIllegalArgumentException("character to be escaped is missing"));
                sb.append(replacement.charAt(k));
            } else if (c == '$') {
                if (++k >= replacement.length() || !JCharacter.isDigit(replacement.charAt(k))) {
                    Fault.raise(new JIllegalArgumentException("Illegal group reference"));
                }
                int group = replacement.charAt(k) - '0';
                while (k + 1 < replacement.length() && JCharacter.isDigit(replacement.charAt(k + 1))
                        && group * 10 + (replacement.charAt(k + 1) - '0') < groups) {
                    group = group * 10 + (replacement.charAt(++k) - '0');
                }
                if (group >= groups) Fault.raise(new JIndexOutOfBoundsException("No group " + group));
                if (slots[2 * group] >= 0) sb.append(s.substring(slots[2 * group], slots[2 * group + 1]));
            } else {
                sb.append(c);
            }
        }
    }
}
