package org.mkplay.rt;

/** java.util.Objects: the helpers javac itself emits calls to, plus equals/hashCode. */
public final class JObjects {
    private JObjects() {}

    public static <T> T requireNonNull(T o) {
        if (o == null) Fault.report("NullPointerException", null, null);
        return o;
    }

    public static <T> T requireNonNull(T o, String message) {
        if (o == null) Fault.report("NullPointerException", message, null);
        return o;
    }

    public static boolean equals(Object a, Object b) {
        return a == b || (a != null && a.equals(b));
    }

    public static int hashCode(Object o) {
        return o == null ? 0 : o.hashCode();
    }

    public static boolean isNull(Object o) { return o == null; }
    public static boolean nonNull(Object o) { return o != null; }
}
