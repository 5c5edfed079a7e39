package org.mkplay.rt;

/**
 * java.lang.Record: the superclass of every record. javac implements a record's equals, hashCode and
 * toString through ObjectMethods.bootstrap, which the compiler resolves (front/Bootstraps).
 */
public abstract class JRecord {
    protected JRecord() {}

    public abstract boolean equals(Object o);

    public abstract int hashCode();

    public abstract String toString();
}
