package org.mkplay.rt;

/** java.lang.StringBuilder: a growable char buffer; also the target of compiled string concatenation. */
public final class JStringBuilder implements JCharSequence {
    private char[] buf; // buf.length >= count
    private int count;

    public JStringBuilder() {
        buf = new char[16];
    }

    public JStringBuilder(int capacity) {
        buf = new char[capacity];
    }

    public JStringBuilder(String s) {
        buf = new char[s.length() + 16];
        append(s);
    }

    private void ensure(int extra) {
        if (count + extra <= buf.length) return;
        int n = buf.length * 2 + 2;
        if (n < count + extra) n = count + extra;
        char[] b = new char[n];
        for (int k = 0; k < count; k++) b[k] = buf[k];
        buf = b;
    }

    public JStringBuilder append(String s) {
        if (s == null) s = "null";
        int n = s.length();
        ensure(n);
        for (int k = 0; k < n; k++) buf[count + k] = s.charAt(k);
        count += n;
        return this;
    }

    public JStringBuilder append(char c) {
        ensure(1);
        buf[count++] = c;
        return this;
    }

    public JStringBuilder append(int i) { return append(JInteger.toString(i)); }
    public JStringBuilder append(long l) { return append(JLong.toString(l)); }
    public JStringBuilder append(boolean b) { return append(b ? "true" : "false"); }
    public JStringBuilder append(Object o) { return append(String.valueOf(o)); }
    public JStringBuilder append(JCharSequence s) { return append(String.valueOf(s)); }
    public JStringBuilder append(char[] s) {
        for (int k = 0; k < s.length; k++) append(s[k]);
        return this;
    }

    public int length() { return count; }

    public char charAt(int index) {
        if (index < 0 || index >= count) Fault.stringIndex("index " + index + ", length " + count);
        return buf[index];
    }

    public void setCharAt(int index, char c) {
        if (index < 0 || index >= count) Fault.stringIndex("index " + index + ", length " + count);
        buf[index] = c;
    }

    public void setLength(int n) {
        if (n < 0) Fault.stringIndex("String index out of range: " + n);
        ensure(n > count ? n - count : 0);
        for (int k = count; k < n; k++) buf[k] = 0;
        count = n;
    }

    /** Surrogate pairs stay in order, as in the JDK (so a reversed supplementary character stays valid). */
    public JStringBuilder reverse() {
        for (int i = 0, j = count - 1; i < j; i++, j--) swap(i, j);
        for (int k = 0; k + 1 < count; k++) {
            if (JCharacter.isLowSurrogate(buf[k]) && JCharacter.isHighSurrogate(buf[k + 1])) swap(k, ++k);
        }
        return this;
    }

    private void swap(int i, int j) {
        char t = buf[i];
        buf[i] = buf[j];
        buf[j] = t;
    }

    public JStringBuilder insert(int offset, char c) {
        return insert(offset, JCharacter.toString(c));
    }

    public JStringBuilder insert(int offset, String s) {
        if (offset < 0 || offset > count) Fault.stringIndex("offset " + offset + ", length " + count);
        if (s == null) s = "null";
        int n = s.length();
        ensure(n);
        for (int k = count - 1; k >= offset; k--) buf[k + n] = buf[k];
        for (int k = 0; k < n; k++) buf[offset + k] = s.charAt(k);
        count += n;
        return this;
    }

    /** Removes [start, min(end, length)); as in the JDK, start must lie in [0, that end]. */
    public JStringBuilder delete(int start, int end) {
        if (end > count) end = count;
        if (start < 0 || start > end) Fault.stringIndex("start " + start + ", end " + end + ", length " + count);
        int n = end - start;
        for (int k = start; k + n < count; k++) buf[k] = buf[k + n];
        count -= n;
        return this;
    }

    public JStringBuilder deleteCharAt(int index) {
        if (index < 0 || index >= count) Fault.stringIndex("index " + index + ", length " + count);
        for (int k = index; k < count - 1; k++) buf[k] = buf[k + 1];
        count--;
        return this;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        if (start < 0 || start > end || end > count) {
            Fault.stringIndex("start " + start + ", end " + end + ", length " + count);
        }
        return JString.make(buf, start, end - start);
    }

    public int indexOf(String s) {
        return toString().indexOf(s);
    }

    public JStringBuilder replace(int start, int end, String s) {
        if (end > count) end = count;
        if (start < 0 || start > end) Fault.stringIndex("start " + start + ", end " + end + ", length " + count);
        String tail = substring(end);
        setLength(start);
        return append(s).append(tail);
    }

    public String toString() {
        return JString.make(buf, 0, count);
    }
}
