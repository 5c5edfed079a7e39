package org.mkplay.rt;

/**
 * List.subList: a view of a range of its list; reads, writes and structural changes made through it go to the
 * list (the view follows its own changes), and a structural change made to the list directly makes the view
 * fail with ConcurrentModificationException, as the JDK's.
 */
final class SubList<E> extends JAbstractList<E> {
    private final JAbstractList<E> root;
    private final int offset;
    private int size;
    private int expectedModCount;

    SubList(JAbstractList<E> root, int fromIndex, int toIndex) {
        this.root = root;
        this.offset = fromIndex;
        this.size = toIndex - fromIndex;
        this.expectedModCount = root.modCount;
    }

    static void checkRange(int fromIndex, int toIndex, int size) {
        if (fromIndex < 0) Fault.raise(new JIndexOutOfBoundsException("fromIndex = " + fromIndex));
        if (toIndex > size) Fault.raise(new JIndexOutOfBoundsException("toIndex = " + toIndex));
        if (fromIndex > toIndex) {
            Fault.raise(new JIllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")"));
        }
    }

    private void checkForComodification() {
        if (root.modCount != expectedModCount) Fault.raise(new JConcurrentModificationException());
    }

    public E get(int index) {
        JObjects.checkIndex(index, size);
        checkForComodification();
        return root.get(offset + index);
    }

    public E set(int index, E element) {
        JObjects.checkIndex(index, size);
        checkForComodification();
        return root.set(offset + index, element);
    }

    public int size() {
        checkForComodification();
        return size;
    }

    public void add(int index, E element) {
        if (index < 0 || index > size) Fault.raise(new JIndexOutOfBoundsException("Index: " + index + ", Size: " + size));
        checkForComodification();
        root.add(offset + index, element);
        expectedModCount = root.modCount;
        size++;
        modCount++;
    }

    public E remove(int index) {
        JObjects.checkIndex(index, size);
        checkForComodification();
        E old = root.remove(offset + index);
        expectedModCount = root.modCount;
        size--;
        modCount++;
        return old;
    }
}
