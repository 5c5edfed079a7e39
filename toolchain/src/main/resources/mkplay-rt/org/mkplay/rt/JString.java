package org.mkplay.rt;

/**
 * java.lang.String: an immutable UTF-16 char array. Layout (fields in declaration order): value, hash.
 * String literals are emitted by the linker with this layout (link.Linker#emitStrings).
 */
public final class JString implements JCharSequence, JComparable<String> {
    final char[] value; // exact length, never mutated after construction
    int hash;           // 0 until computed (String.hashCode caches the same way)

    /** Takes ownership of value (callers pass a fresh array); hash 0 means "not computed yet". */
    private JString(char[] value, int hash) {
        this.value = value;
        this.hash = hash;
    }

    public JString() {
        this(new char[0], 0);
    }

    public JString(String original) {
        this(js(original).value, js(original).hash);
    }

    public JString(char[] value) {
        this(value, 0, value.length);
    }

    /** Copies count chars from offset; a range outside value is the JVM's StringIndexOutOfBoundsException. */
    public JString(char[] value, int offset, int count) {
        this(copy(checkedRange(value, offset, count), offset, count), 0);
    }

    private static char[] checkedRange(char[] value, int offset, int count) {
        if (offset < 0 || count < 0 || offset > value.length - count) {
            Fault.stringIndex("offset " + offset + ", count " + count + ", length " + value.length);
        }
        return value;
    }

    static String make(char[] src, int from, int count) {
        return str(new JString(copy(src, from, count), 0));
    }

    private static char[] copy(char[] src, int from, int count) {
        char[] v = new char[count];
        for (int k = 0; k < count; k++) v[k] = src[from + k];
        return v;
    }

    static String str(JString j) {
        return (String) (Object) j;
    }

    static JString js(String s) {
        return (JString) (Object) s;
    }

    public int length() { return value.length; }
    public boolean isEmpty() { return value.length == 0; }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) Fault.stringIndex("String index out of range: " + index);
        return value[index];
    }

    public boolean equals(Object o) {
        if (this == (Object) o) return true;
        if (!(o instanceof String)) return false;
        char[] other = js((String) o).value;
        if (other.length != value.length) return false;
        for (int k = 0; k < value.length; k++) if (other[k] != value[k]) return false;
        return true;
    }

    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int k = 0; k < value.length; k++) h = 31 * h + value[k];
            hash = h;
        }
        return h;
    }

    public int compareTo(String s) {
        char[] other = js(s).value;
        int n = Math.min(value.length, other.length);
        for (int k = 0; k < n; k++) if (value[k] != other[k]) return value[k] - other[k];
        return value.length - other.length;
    }

    public String substring(int begin) {
        return substring(begin, value.length);
    }

    public String substring(int begin, int end) {
        if (begin < 0 || begin > end || end > value.length) {
            Fault.stringIndex("begin " + begin + ", end " + end + ", length " + value.length);
        }
        return make(value, begin, end - begin);
    }

    public int indexOf(int ch) { return indexOf(ch, 0); }

    public int indexOf(int ch, int from) {
        for (int k = Math.max(from, 0); k < value.length; k++) if (value[k] == ch) return k;
        return -1;
    }

    public int lastIndexOf(int ch) {
        for (int k = value.length - 1; k >= 0; k--) if (value[k] == ch) return k;
        return -1;
    }

    public int indexOf(String s) { return indexOf(s, 0); }

    public int indexOf(String s, int from) {
        char[] t = js(s).value;
        for (int k = Math.max(from, 0); k + t.length <= value.length; k++) {
            if (regionMatches(k, t)) return k;
        }
        return -1;
    }

    private boolean regionMatches(int at, char[] t) {
        for (int j = 0; j < t.length; j++) if (value[at + j] != t[j]) return false;
        return true;
    }

    public boolean contains(JCharSequence s) { return indexOf(s.toString()) >= 0; }
    public boolean startsWith(String s) {
        char[] t = js(s).value;
        return t.length <= value.length && regionMatches(0, t);
    }
    public boolean endsWith(String s) {
        char[] t = js(s).value;
        return t.length <= value.length && regionMatches(value.length - t.length, t);
    }

    public String concat(String s) {
        char[] t = js(s).value;
        if (t.length == 0) return str(this);
        char[] v = new char[value.length + t.length];
        for (int k = 0; k < value.length; k++) v[k] = value[k];
        for (int k = 0; k < t.length; k++) v[value.length + k] = t[k];
        return str(new JString(v, 0));
    }

    public char[] toCharArray() {
        return js(make(value, 0, value.length)).value;
    }

    public String toString() { return str(this); }

    public boolean equalsIgnoreCase(String s) {
        if (s == null || s.length() != value.length) return false;
        for (int k = 0; k < value.length; k++) {
            if (JCharacter.toLowerCase(value[k]) != JCharacter.toLowerCase(s.charAt(k))) return false;
        }
        return true;
    }

    public String replace(char from, char to) {
        char[] v = js(make(value, 0, value.length)).value;
        for (int k = 0; k < v.length; k++) if (v[k] == from) v[k] = to;
        return str(new JString(v, 0));
    }

    /** Every occurrence of target, left to right; an empty target matches before each char and at the end. */
    public String replace(JCharSequence target, JCharSequence replacement) {
        String t = target.toString(), r = replacement.toString();
        StringBuilder sb = new StringBuilder();
        if (t.isEmpty()) {
            for (int k = 0; k < value.length; k++) sb.append(r).append(value[k]);
            return sb.append(r).toString();
        }
        int from = 0;
        for (int at = indexOf(t, 0); at >= 0; at = indexOf(t, from)) {
            sb.append(substring(from, at)).append(r);
            from = at + t.length();
        }
        return from == 0 ? str(this) : sb.append(substring(from)).toString();
    }

    public static String format(String format, Object... args) {
        return Format.format(format, args);
    }

    public String formatted(Object... args) {
        return Format.format(str(this), args);
    }

    public String[] split(String regex) {
        return Regex.split(str(this), regex, 0);
    }

    public String[] split(String regex, int limit) {
        return Regex.split(str(this), regex, limit);
    }

    public boolean matches(String regex) {
        return Regex.matches(str(this), regex);
    }

    public String replaceAll(String regex, String replacement) {
        return Regex.replace(str(this), regex, replacement, true);
    }

    public String replaceFirst(String regex, String replacement) {
        return Regex.replace(str(this), regex, replacement, false);
    }

    /** UTF-8, the JDK's default charset since 18 and the one our console speaks. */
    public byte[] getBytes() {
        return Utf8.encode(value);
    }

    public JString(byte[] bytes) {
        this(Utf8.decode(bytes, 0, bytes.length), 0);
    }

    public JString(byte[] bytes, int offset, int length) {
        this(Utf8.decode(checkedBytes(bytes, offset, length), offset, length), 0);
    }

    private static byte[] checkedBytes(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            Fault.stringIndex("offset " + offset + ", count " + length + ", length " + bytes.length);
        }
        return bytes;
    }

    public String repeat(int count) {
        if (count < 0) Fault.raise(new JIllegalArgumentException("count is negative: " + count));
        char[] v = new char[value.length * count];
        for (int k = 0; k < v.length; k++) v[k] = value[k % value.length];
        return str(new JString(v, 0));
    }

    public int compareToIgnoreCase(String s) {
        return toLowerCase().compareTo(s.toLowerCase());
    }

    public String toUpperCase() {
        char[] v = js(make(value, 0, value.length)).value;
        for (int k = 0; k < v.length; k++) v[k] = JCharacter.toUpperCase(v[k]);
        return str(new JString(v, 0));
    }

    public String toLowerCase() {
        char[] v = js(make(value, 0, value.length)).value;
        for (int k = 0; k < v.length; k++) v[k] = JCharacter.toLowerCase(v[k]);
        return str(new JString(v, 0));
    }

    public String trim() {
        int b = 0, e = value.length;
        while (b < e && value[b] <= ' ') b++;
        while (e > b && value[e - 1] <= ' ') e--;
        return b == 0 && e == value.length ? str(this) : make(value, b, e - b);
    }

    public static String join(JCharSequence delimiter, JCharSequence... elements) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < elements.length; k++) {
            if (k > 0) sb.append(delimiter);
            sb.append(elements[k]);
        }
        return sb.toString();
    }

    public static String join(JCharSequence delimiter, JIterable<? extends JCharSequence> elements) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (JIterator<? extends JCharSequence> it = elements.iterator(); it.hasNext(); first = false) {
            if (!first) sb.append(delimiter);
            sb.append(it.next());
        }
        return sb.toString();
    }

    public static String valueOf(Object o) { return o == null ? "null" : o.toString(); }
    public static String valueOf(int i) { return JInteger.toString(i); }
    public static String valueOf(long l) { return JLong.toString(l); }
    public static String valueOf(char c) { return JCharacter.toString(c); }
    public static String valueOf(boolean b) { return b ? "true" : "false"; }
    public static String valueOf(char[] data) { return make(data, 0, data.length); }
}
