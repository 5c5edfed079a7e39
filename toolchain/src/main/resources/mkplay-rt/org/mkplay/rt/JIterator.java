package org.mkplay.rt;

/** java.util.Iterator (hasNext/next only). */
public interface JIterator<T> {
    boolean hasNext();
    T next();
}
