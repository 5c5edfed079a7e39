package org.mkplay.rt;

/** java.lang.CharSequence: what String.contains and StringBuilder.append(CharSequence) accept. */
public interface JCharSequence {
    int length();
    char charAt(int index);
    String toString();
}
