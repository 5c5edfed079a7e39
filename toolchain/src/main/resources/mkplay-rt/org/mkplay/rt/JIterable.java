package org.mkplay.rt;

/** java.lang.Iterable, so user collections work with for-each. */
public interface JIterable<T> {
    JIterator<T> iterator();
}
