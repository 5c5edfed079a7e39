package org.mkplay.rt;

/** java.util.Objects: the helpers javac itself emits calls to, and the common ones of everyday code. */
public final class JObjects {
    private JObjects() {}

    public static <T> T requireNonNull(T o) {
        if (o == null) Fault.raise(new JNullPointerException());
        return o;
    }

    public static <T> T requireNonNull(T o, String message) {
        if (o == null) Fault.raise(new JNullPointerException(message));
        return o;
    }

    public static boolean equals(Object a, Object b) {
        return a == b || (a != null && a.equals(b));
    }

    public static int hashCode(Object o) {
        return o == null ? 0 : o.hashCode();
    }

    /** The JDK's message: "Index 5 out of bounds for length 3". */
    public static int checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            Fault.raise(new JIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length));
        }
        return index;
    }

    public static String toString(Object o) { return String.valueOf(o); }
    public static String toString(Object o, String nullDefault) { return o == null ? nullDefault : o.toString(); }
    public static <T> T requireNonNullElse(T o, T otherwise) { return o != null ? o : requireNonNull(otherwise, "defaultObj"); }
    public static int hash(Object... values) { return JArrays.hashCode(values); }

    public static <T> int compare(T a, T b, JComparator<? super T> c) {
        return a == b ? 0 : c.compare(a, b);
    }

    public static <T> T requireNonNullElseGet(T o, JSupplier<? extends T> supplier) {
        return o != null ? o : requireNonNull(requireNonNull(supplier, "supplier").get(), "supplier.get()");
    }

    public static <T> T requireNonNull(T o, JSupplier<String> messageSupplier) {
        if (o == null) Fault.raise(new JNullPointerException(messageSupplier == null ? null : messageSupplier.get()));
        return o;
    }

    public static boolean isNull(Object o) { return o == null; }
    public static boolean nonNull(Object o) { return o != null; }
}
