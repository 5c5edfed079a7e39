package org.mkplay.rt;

/**
 * java.util.PriorityQueue: the JDK's array binary heap (children of i at 2i+1 and 2i+2, the same sift-up and
 * sift-down, capacity 11 growing by +2 below 64 and by half above, heapify of an initial collection), so that
 * iteration and toString, which walk the array, print the JVM's order.
 */
public class JPriorityQueue<E> extends JAbstractQueue<E> {
    private Object[] queue;
    private int size;
    private final JComparator<? super E> comparator;
    int modCount;

    public JPriorityQueue() {
        this(11, null);
    }

    public JPriorityQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public JPriorityQueue(JComparator<? super E> comparator) {
        this(11, comparator);
    }

    public JPriorityQueue(int initialCapacity, JComparator<? super E> comparator) {
        if (initialCapacity < 1) Fault.raise(new JIllegalArgumentException());
        this.queue = new Object[initialCapacity];
        this.comparator = comparator;
    }

    public JPriorityQueue(JCollection<? extends E> c) {
        if (c instanceof JSortedSet<?>) {
            comparator = (JComparator<? super E>) ((JSortedSet<?>) c).comparator();
        } else if (c instanceof JPriorityQueue<?>) {
            comparator = (JComparator<? super E>) ((JPriorityQueue<?>) c).comparator();
        } else {
            comparator = null;
        }
        Object[] a = c.toArray();
        for (Object o : a) JObjects.requireNonNull(o);
        queue = a.length == 0 ? new Object[1] : a;
        size = a.length;
        if (!(c instanceof JSortedSet<?>) && !(c instanceof JPriorityQueue<?>)) heapify();
    }

    public JComparator<? super E> comparator() {
        return comparator;
    }

    private void grow(int minCapacity) {
        int oldCapacity = queue.length;
        int newCapacity = oldCapacity + (oldCapacity < 64 ? oldCapacity + 2 : oldCapacity >> 1);
        if (newCapacity < minCapacity) newCapacity = minCapacity;
        queue = JArrays.copyOf(queue, newCapacity);
    }

    public boolean add(E e) {
        return offer(e);
    }

    public boolean offer(E e) {
        JObjects.requireNonNull(e);
        modCount++;
        int i = size;
        if (i >= queue.length) grow(i + 1);
        siftUp(i, e);
        size = i + 1;
        return true;
    }

    public E peek() {
        return (E) queue[0];
    }

    private int indexOf(Object o) {
        if (o != null) for (int i = 0; i < size; i++) if (o.equals(queue[i])) return i;
        return -1;
    }

    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i == -1) return false;
        removeAt(i);
        return true;
    }

    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    public Object[] toArray() {
        return JArrays.copyOf(queue, size);
    }

    public int size() {
        return size;
    }

    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) queue[i] = null;
        size = 0;
    }

    public E poll() {
        if (size == 0) return null;
        E result = (E) queue[0];
        modCount++;
        int n = --size;
        Object x = queue[n];
        queue[n] = null;
        if (n > 0) siftDown(0, x);
        return result;
    }

    /** Removes the i-th element; returns the element moved from the end to before i, if any (for the iterator). */
    E removeAt(int i) {
        modCount++;
        int s = --size;
        if (s == i) {
            queue[i] = null;
        } else {
            Object moved = queue[s];
            queue[s] = null;
            siftDown(i, moved);
            if (queue[i] == moved) {
                siftUp(i, moved);
                if (queue[i] != moved) return (E) moved;
            }
        }
        return null;
    }

    private int compare(Object a, Object b) {
        return comparator == null ? ((JComparable<Object>) a).compareTo(b) : comparator.compare((E) a, (E) b);
    }

    private void siftUp(int k, Object x) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = queue[parent];
            if (compare(x, e) >= 0) break;
            queue[k] = e;
            k = parent;
        }
        queue[k] = x;
    }

    private void siftDown(int k, Object x) {
        int half = size >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = queue[child];
            int right = child + 1;
            if (right < size && compare(c, queue[right]) > 0) c = queue[child = right];
            if (compare(x, c) <= 0) break;
            queue[k] = c;
            k = child;
        }
        queue[k] = x;
    }

    private void heapify() {
        for (int i = (size >>> 1) - 1; i >= 0; i--) siftDown(i, queue[i]);
    }

    public JIterator<E> iterator() {
        return new Itr();
    }

    /**
     * In array order. A removal that moves the last element in front of the cursor (removeAt's result) keeps that
     * element for the end, so every element is still returned once, as in the JDK.
     */
    private final class Itr implements JIterator<E> {
        private int cursor;
        private int lastRet = -1;
        private JArrayDeque<E> forgetMeNot;
        private E lastRetElt;
        private int expectedModCount = modCount;

        public boolean hasNext() {
            return cursor < size || (forgetMeNot != null && !forgetMeNot.isEmpty());
        }

        public E next() {
            if (expectedModCount != modCount) Fault.raise(new JConcurrentModificationException());
            if (cursor < size) return (E) queue[lastRet = cursor++];
            if (forgetMeNot != null) {
                lastRet = -1;
                lastRetElt = forgetMeNot.poll();
                if (lastRetElt != null) return lastRetElt;
            }
            Fault.raise(new JNoSuchElementException());
            return null;
        }

        public void remove() {
            if (expectedModCount != modCount) Fault.raise(new JConcurrentModificationException());
            if (lastRet != -1) {
                E moved = removeAt(lastRet);
                lastRet = -1;
                if (moved == null) {
                    cursor--;
                } else {
                    if (forgetMeNot == null) forgetMeNot = new JArrayDeque<E>();
                    forgetMeNot.add(moved);
                }
            } else if (lastRetElt != null) {
                removeEq(lastRetElt);
                lastRetElt = null;
            } else {
                Fault.raise(new JIllegalStateException());
            }
            expectedModCount = modCount;
        }
    }

    /** As the JDK's bulk removal: the survivors keep their array order, then the heap is rebuilt. */
    public boolean removeIf(JPredicate<? super E> filter) {
        JObjects.requireNonNull(filter);
        int expectedModCount = ++modCount;
        int end = size;
        boolean[] dead = new boolean[end];
        boolean any = false;
        for (int i = 0; i < end; i++) {
            if (filter.test((E) queue[i])) {
                dead[i] = true;
                any = true;
            }
        }
        if (modCount != expectedModCount) Fault.raise(new JConcurrentModificationException());
        if (!any) return false;
        int w = 0;
        for (int i = 0; i < end; i++) if (!dead[i]) queue[w++] = queue[i];
        for (int i = size = w; i < end; i++) queue[i] = null;
        heapify();
        return true;
    }

    public boolean removeAll(JCollection<?> c) {
        JObjects.requireNonNull(c);
        return removeIf(e -> c.contains(e));
    }

    public boolean retainAll(JCollection<?> c) {
        JObjects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    private void removeEq(Object o) {
        for (int i = 0; i < size; i++) {
            if (o == queue[i]) {
                removeAt(i);
                break;
            }
        }
    }
}
