package org.mkplay.rt;

/** What Arrays.asList returns: a fixed-size list written through to the array (set works, add does not). */
final class ArrayView<E> extends JAbstractList<E> {
    private final E[] array;

    ArrayView(E[] array) {
        this.array = JObjects.requireNonNull(array);
    }

    public E get(int index) {
        return array[index];
    }

    public E set(int index, E element) {
        E old = array[index];
        array[index] = element;
        return old;
    }

    public int size() {
        return array.length;
    }
}
