package org.mkplay.rt;

/**
 * java.util.Arrays: the common helpers over int, long, char, byte and Object arrays. Primitive sorts are heap
 * sorts (the order of equal primitives cannot be seen); object sorts are stable merge sorts, as the JDK's
 * are required to be, so every sort gives the JVM's result.
 */
public final class JArrays {
    private JArrays() {}

    public static String toString(int[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder().append('[');
        for (int k = 0; k < a.length; k++) sb.append(k == 0 ? "" : ", ").append(a[k]);
        return sb.append(']').toString();
    }

    public static String toString(long[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder().append('[');
        for (int k = 0; k < a.length; k++) sb.append(k == 0 ? "" : ", ").append(a[k]);
        return sb.append(']').toString();
    }

    public static String toString(char[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder().append('[');
        for (int k = 0; k < a.length; k++) sb.append(k == 0 ? "" : ", ").append(a[k]);
        return sb.append(']').toString();
    }

    public static String toString(byte[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder().append('[');
        for (int k = 0; k < a.length; k++) sb.append(k == 0 ? "" : ", ").append((int) a[k]);
        return sb.append(']').toString();
    }

    public static String toString(boolean[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder().append('[');
        for (int k = 0; k < a.length; k++) sb.append(k == 0 ? "" : ", ").append(a[k]);
        return sb.append(']').toString();
    }

    public static String toString(Object[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder().append('[');
        for (int k = 0; k < a.length; k++) sb.append(k == 0 ? "" : ", ").append(String.valueOf(a[k]));
        return sb.append(']').toString();
    }

    public static void fill(int[] a, int v) { fill(a, 0, a.length, v); }
    public static void fill(long[] a, long v) { for (int k = 0; k < a.length; k++) a[k] = v; }
    public static void fill(char[] a, char v) { for (int k = 0; k < a.length; k++) a[k] = v; }
    public static void fill(byte[] a, byte v) { for (int k = 0; k < a.length; k++) a[k] = v; }
    public static void fill(boolean[] a, boolean v) { for (int k = 0; k < a.length; k++) a[k] = v; }
    public static void fill(Object[] a, Object v) { fill(a, 0, a.length, v); }

    public static void fill(int[] a, int from, int to, int v) {
        checkRange(a.length, from, to);
        for (int k = from; k < to; k++) a[k] = v;
    }

    public static void fill(Object[] a, int from, int to, Object v) {
        checkRange(a.length, from, to);
        for (int k = from; k < to; k++) a[k] = v;
    }

    public static int[] copyOf(int[] a, int n) { return copyOfRange(a, 0, n); }
    public static long[] copyOf(long[] a, int n) { return copyOfRange(a, 0, n); }
    public static char[] copyOf(char[] a, int n) { return copyOfRange(a, 0, n); }

    public static byte[] copyOf(byte[] a, int n) {
        byte[] r = new byte[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }

    public static boolean[] copyOf(boolean[] a, int n) {
        boolean[] r = new boolean[n];
        System.arraycopy(a, 0, r, 0, Math.min(n, a.length));
        return r;
    }

    /** An array of the same class as a (a String[] stays a String[]), as the JDK's reflective copy. */
    public static <T> T[] copyOf(T[] a, int n) { return copyOfRange(a, 0, n); }

    public static int[] copyOfRange(int[] a, int from, int to) {
        int[] r = new int[checkCopyRange(a.length, from, to)];
        System.arraycopy(a, from, r, 0, Math.min(to, a.length) - from);
        return r;
    }

    public static long[] copyOfRange(long[] a, int from, int to) {
        long[] r = new long[checkCopyRange(a.length, from, to)];
        System.arraycopy(a, from, r, 0, Math.min(to, a.length) - from);
        return r;
    }

    public static char[] copyOfRange(char[] a, int from, int to) {
        char[] r = new char[checkCopyRange(a.length, from, to)];
        System.arraycopy(a, from, r, 0, Math.min(to, a.length) - from);
        return r;
    }

    public static <T> T[] copyOfRange(T[] a, int from, int to) {
        T[] r = (T[]) Native.newArray(Native.loadLong(Native.addressOf(a)), checkCopyRange(a.length, from, to));
        System.arraycopy(a, from, r, 0, Math.min(to, a.length) - from);
        return r;
    }

    /** The new length; the JDK's exceptions for a negative one or a start past the end. */
    private static int checkCopyRange(int length, int from, int to) {
        if (from > to) Fault.raise(new JIllegalArgumentException(from + " > " + to));
        if (from < 0 || from > length) {
            Fault.raise(new JArrayIndexOutOfBoundsException("Array index out of range: " + from));
        }
        return to - from;
    }

    private static void checkRange(int length, int from, int to) {
        if (from > to) Fault.raise(new JIllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")"));
        if (from < 0) Fault.raise(new JArrayIndexOutOfBoundsException("Array index out of range: " + from));
        if (to > length) Fault.raise(new JArrayIndexOutOfBoundsException("Array index out of range: " + to));
    }

    public static boolean equals(int[] a, int[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int k = 0; k < a.length; k++) if (a[k] != b[k]) return false;
        return true;
    }

    public static boolean equals(long[] a, long[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int k = 0; k < a.length; k++) if (a[k] != b[k]) return false;
        return true;
    }

    public static boolean equals(char[] a, char[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int k = 0; k < a.length; k++) if (a[k] != b[k]) return false;
        return true;
    }

    public static boolean equals(Object[] a, Object[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int k = 0; k < a.length; k++) if (!JObjects.equals(a[k], b[k])) return false;
        return true;
    }

    public static int hashCode(int[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int k = 0; k < a.length; k++) h = 31 * h + a[k];
        return h;
    }

    public static int hashCode(long[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int k = 0; k < a.length; k++) h = 31 * h + JLong.hashCode(a[k]);
        return h;
    }

    public static int hashCode(char[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int k = 0; k < a.length; k++) h = 31 * h + a[k];
        return h;
    }

    public static int hashCode(Object[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int k = 0; k < a.length; k++) h = 31 * h + JObjects.hashCode(a[k]);
        return h;
    }

    @SafeVarargs
    public static <T> JList<T> asList(T... a) {
        return new ArrayView<T>(a);
    }

    public static int binarySearch(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else if (a[mid] > key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    public static void sort(int[] a) { sort(a, 0, a.length); }
    public static void sort(long[] a) { sort(a, 0, a.length); }
    public static void sort(char[] a) { PrimitiveSort.chars(a, 0, a.length); }

    public static void sort(int[] a, int from, int to) {
        checkRange(a.length, from, to);
        PrimitiveSort.ints(a, from, to);
    }

    public static void sort(long[] a, int from, int to) {
        checkRange(a.length, from, to);
        PrimitiveSort.longs(a, from, to);
    }

    public static void sort(Object[] a) { sort(a, 0, a.length, null); }

    public static <T> void sort(T[] a, JComparator<? super T> c) { sort(a, 0, a.length, c); }

    public static <T> void sort(T[] a, int from, int to, JComparator<? super T> c) {
        checkRange(a.length, from, to);
        MergeSort.sort(a, from, to, (JComparator<Object>) c);
    }
}
