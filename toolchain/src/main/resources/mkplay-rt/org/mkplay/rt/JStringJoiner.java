package org.mkplay.rt;

/** java.util.StringJoiner: prefix, delimiter-separated parts, suffix; the empty value when nothing was added. */
public final class JStringJoiner {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    private JStringBuilder parts;
    private String emptyValue;

    public JStringJoiner(JCharSequence delimiter) {
        this.prefix = "";
        this.delimiter = JObjects.requireNonNull(delimiter, "The delimiter must not be null").toString();
        this.suffix = "";
    }

    public JStringJoiner(JCharSequence delimiter, JCharSequence prefix, JCharSequence suffix) {
        this.prefix = JObjects.requireNonNull(prefix, "The prefix must not be null").toString();
        this.delimiter = JObjects.requireNonNull(delimiter, "The delimiter must not be null").toString();
        this.suffix = JObjects.requireNonNull(suffix, "The suffix must not be null").toString();
    }

    public JStringJoiner setEmptyValue(JCharSequence emptyValue) {
        this.emptyValue = JObjects.requireNonNull(emptyValue, "The empty value must not be null").toString();
        return this;
    }

    public JStringJoiner add(JCharSequence newElement) {
        if (parts == null) parts = new JStringBuilder();
        else parts.append(delimiter);
        parts.append(String.valueOf(newElement));
        return this;
    }

    public JStringJoiner merge(JStringJoiner other) {
        JObjects.requireNonNull(other);
        if (other.parts == null) return this;
        if (parts == null) parts = new JStringBuilder();
        else parts.append(delimiter);
        parts.append(other.parts.toString());
        return this;
    }

    public int length() {
        if (parts == null && emptyValue != null) return emptyValue.length();
        return prefix.length() + (parts == null ? 0 : parts.length()) + suffix.length();
    }

    public String toString() {
        if (parts == null && emptyValue != null) return emptyValue;
        return prefix + (parts == null ? "" : parts.toString()) + suffix;
    }
}
