package org.mkplay.rt;

/** What List.of returns: no nulls, no changes (UnsupportedOperationException, as the JDK's). */
final class ImmutableList<E> extends JAbstractList<E> {
    private final Object[] elements;

    private ImmutableList(Object[] elements) {
        this.elements = elements;
    }

    @SafeVarargs
    static <E> JList<E> of(Object... elements) {
        Object[] copy = new Object[elements.length];
        for (int k = 0; k < copy.length; k++) copy[k] = JObjects.requireNonNull(elements[k]);
        return new ImmutableList<E>(copy);
    }

    /** The JDK's List.of has two classes, whose messages differ: one or two elements, or an array. */
    public E get(int index) {
        int n = elements.length;
        if ((n == 1 || n == 2) && (index < 0 || index >= n)) {
            Fault.raise(new JIndexOutOfBoundsException("Index: " + index + " Size: " + n));
        }
        if (index < 0 || index >= n) {
            Fault.raise(new JArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + n));
        }
        return (E) elements[index];
    }

    public int size() {
        return elements.length;
    }

    public boolean contains(Object o) {
        return indexOf(JObjects.requireNonNull(o)) >= 0;
    }
}
