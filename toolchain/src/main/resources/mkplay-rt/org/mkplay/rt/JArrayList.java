package org.mkplay.rt;

/** java.util.ArrayList: an array that grows by half when full, with the JDK's index messages. */
public class JArrayList<E> extends JAbstractList<E> {
    private Object[] elements;
    private int size;

    public JArrayList() {
        this(10);
    }

    public JArrayList(int initialCapacity) {
        if (initialCapacity < 0) Fault.raise(new JIllegalArgumentException("Illegal Capacity: " + initialCapacity));
        elements = new Object[initialCapacity];
    }

    public JArrayList(JCollection<? extends E> c) {
        elements = c.toArray();
        size = elements.length;
    }

    public int size() {
        return size;
    }

    public E get(int index) {
        JObjects.checkIndex(index, size);
        return (E) elements[index];
    }

    public E set(int index, E element) {
        JObjects.checkIndex(index, size);
        E old = (E) elements[index];
        elements[index] = element;
        return old;
    }

    public boolean add(E e) {
        modCount++;
        if (size == elements.length) grow(size + 1);
        elements[size++] = e;
        return true;
    }

    public void add(int index, E element) {
        if (index < 0 || index > size) Fault.raise(new JIndexOutOfBoundsException("Index: " + index + ", Size: " + size));
        modCount++;
        if (size == elements.length) grow(size + 1);
        System.arraycopy(elements, index, elements, index + 1, size - index);
        elements[index] = element;
        size++;
    }

    public E remove(int index) {
        JObjects.checkIndex(index, size);
        E old = (E) elements[index];
        removeAt(index);
        return old;
    }

    public boolean remove(Object o) {
        int k = indexOf(o);
        if (k < 0) return false;
        removeAt(k);
        return true;
    }

    private void removeAt(int index) {
        modCount++;
        System.arraycopy(elements, index + 1, elements, index, size - index - 1);
        elements[--size] = null;
    }

    public boolean addAll(JCollection<? extends E> c) {
        Object[] added = c.toArray();
        modCount++;
        if (added.length == 0) return false;
        if (size + added.length > elements.length) grow(size + added.length);
        System.arraycopy(added, 0, elements, size, added.length);
        size += added.length;
        return true;
    }

    public void clear() {
        modCount++;
        for (int k = 0; k < size; k++) elements[k] = null;
        size = 0;
    }

    public int indexOf(Object o) {
        for (int k = 0; k < size; k++) if (JObjects.equals(o, elements[k])) return k;
        return -1;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public Object[] toArray() {
        return JArrays.copyOf(elements, size);
    }

    public void sort(JComparator<? super E> c) {
        JArrays.sort(elements, 0, size, (JComparator<Object>) c);
        modCount++;
    }

    public void ensureCapacity(int minCapacity) {
        if (minCapacity > elements.length) grow(minCapacity);
    }

    public void trimToSize() {
        elements = JArrays.copyOf(elements, size);
    }

    /** To 1.5 times the capacity, or to what is needed if that is more (as the JDK grows). */
    private void grow(int needed) {
        int capacity = Math.max(needed, elements.length + (elements.length >> 1));
        elements = JArrays.copyOf(elements, Math.max(capacity, 10));
    }
}
