package org.mkplay.rt;

/** java.util.Collections: sorting, order and read-only views of lists. */
public final class JCollections {
    private JCollections() {}

    public static <T extends JComparable<? super T>> void sort(JList<T> list) {
        list.sort(null);
    }

    public static <T> void sort(JList<T> list, JComparator<? super T> c) {
        list.sort(c);
    }

    public static void reverse(JList<?> list) {
        JList<Object> l = (JList<Object>) list;
        for (int i = 0, j = l.size() - 1; i < j; i++, j--) l.set(i, l.set(j, l.get(i)));
    }

    public static void swap(JList<?> list, int i, int j) {
        JList<Object> l = (JList<Object>) list;
        l.set(i, l.set(j, l.get(i)));
    }

    public static <T> JComparator<T> reverseOrder() {
        return (JComparator<T>) Comparators.REVERSE;
    }

    public static <T> JComparator<T> reverseOrder(JComparator<T> c) {
        return c == null ? (JComparator<T>) Comparators.REVERSE : c.reversed();
    }

    public static <T extends Object & JComparable<? super T>> T max(JCollection<? extends T> c) {
        JIterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T t = it.next();
            if (t.compareTo(best) > 0) best = t;
        }
        return best;
    }

    public static <T extends Object & JComparable<? super T>> T min(JCollection<? extends T> c) {
        JIterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T t = it.next();
            if (t.compareTo(best) < 0) best = t;
        }
        return best;
    }

    public static int frequency(JCollection<?> c, Object o) {
        int n = 0;
        for (JIterator<?> it = c.iterator(); it.hasNext(); ) if (JObjects.equals(o, it.next())) n++;
        return n;
    }

    public static <T> JList<T> emptyList() {
        return ImmutableList.of();
    }

    public static <T> JList<T> unmodifiableList(JList<? extends T> list) {
        return new ReadOnlyList<T>(list);
    }

    public static <T> JCollection<T> unmodifiableCollection(JCollection<? extends T> c) {
        return new ReadOnlyViews.Collection<T>(c);
    }

    public static <T> JSet<T> unmodifiableSet(JSet<? extends T> s) {
        return new ReadOnlyViews.Set<T>(s);
    }

    public static <K, V> JMap<K, V> unmodifiableMap(JMap<? extends K, ? extends V> m) {
        return new ReadOnlyViews.Map<K, V>(m, true);
    }

    public static <T> JSet<T> emptySet() {
        return new ReadOnlyViews.Set<T>(new JHashSet<T>());
    }

    public static <K, V> JMap<K, V> emptyMap() {
        return new ReadOnlyViews.Map<K, V>(new JHashMap<K, V>(), true);
    }

    public static <T> JList<T> singletonList(T o) {
        Object[] one = {o};
        return new ReadOnlyList<T>((JList<T>) JArrays.asList(one));
    }

    public static <T> JSet<T> singleton(T o) {
        JHashSet<T> set = new JHashSet<T>();
        set.add(o);
        return new ReadOnlyViews.Set<T>(set);
    }

    public static <K, V> JMap<K, V> singletonMap(K key, V value) {
        JHashMap<K, V> map = new JHashMap<K, V>();
        map.put(key, value);
        return new ReadOnlyViews.Map<K, V>(map, true);
    }

    public static <T> JList<T> nCopies(int n, T o) {
        if (n < 0) Fault.raise(new JIllegalArgumentException("List length = " + n));
        Object[] copies = new Object[n];
        for (int k = 0; k < n; k++) copies[k] = o;
        return new ReadOnlyList<T>((JList<T>) JArrays.asList(copies));
    }

    @SafeVarargs
    public static <T> boolean addAll(JCollection<? super T> c, T... elements) {
        boolean changed = false;
        for (T e : elements) changed |= c.add(e);
        return changed;
    }

    public static <T> void fill(JList<? super T> list, T obj) {
        for (int k = 0, n = list.size(); k < n; k++) list.set(k, obj);
    }

    public static <T> T max(JCollection<? extends T> c, JComparator<? super T> comp) {
        JIterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T t = it.next();
            if (Comparators.compare((JComparator<Object>) comp, t, best) > 0) best = t;
        }
        return best;
    }

    public static <T> T min(JCollection<? extends T> c, JComparator<? super T> comp) {
        JIterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T t = it.next();
            if (Comparators.compare((JComparator<Object>) comp, t, best) < 0) best = t;
        }
        return best;
    }

    /** A read-only view: reads go through to the list, changes throw UnsupportedOperationException. */
    static final class ReadOnlyList<E> extends JAbstractList<E> {
        private final JList<? extends E> list;

        ReadOnlyList(JList<? extends E> list) {
            this.list = JObjects.requireNonNull(list);
        }

        public E get(int index) {
            return list.get(index);
        }

        public int size() {
            return list.size();
        }
    }
}
