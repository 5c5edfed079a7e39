package org.mkplay.rt;

/** java.lang.Comparable. */
public interface JComparable<T> {
    int compareTo(T other);
}
