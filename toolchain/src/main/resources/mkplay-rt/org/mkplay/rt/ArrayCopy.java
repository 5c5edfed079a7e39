package org.mkplay.rt;

/**
 * System.arraycopy with HotSpot's checks and messages, all made before anything is copied: null → NPE, kinds
 * that differ → ArrayStoreException, bad ranges → ArrayIndexOutOfBoundsException. Overlapping ranges of one
 * array copy as if through a temporary. Between reference arrays each element must fit the destination's
 * element type; the elements before the first that does not are copied (as on the JVM).
 */
final class ArrayCopy {
    private ArrayCopy() {}

    static void copy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) Fault.raise(new JNullPointerException());
        String kind = checkedKind(src, dest);
        checkRanges(srcPos, lengthOf(src), destPos, lengthOf(dest), length, kind);
        boolean backwards = src == dest && srcPos < destPos;
        if (src instanceof int[] s) ints(s, srcPos, (int[]) dest, destPos, length, backwards);
        else if (src instanceof long[] s) longs(s, srcPos, (long[]) dest, destPos, length, backwards);
        else if (src instanceof char[] s) chars(s, srcPos, (char[]) dest, destPos, length, backwards);
        else if (src instanceof byte[] s) bytes(s, srcPos, (byte[]) dest, destPos, length, backwards);
        else if (src instanceof short[] s) shorts(s, srcPos, (short[]) dest, destPos, length, backwards);
        else if (src instanceof boolean[] s) booleans(s, srcPos, (boolean[]) dest, destPos, length, backwards);
        else objects((Object[]) src, srcPos, (Object[]) dest, destPos, length, backwards);
    }

    /** HotSpot's element type name ("int", ..., "object array"), or null when o is not an array. */
    private static String kind(Object o) {
        if (o instanceof Object[]) return "object array";
        if (o instanceof int[]) return "int";
        if (o instanceof long[]) return "long";
        if (o instanceof char[]) return "char";
        if (o instanceof byte[]) return "byte";
        if (o instanceof short[]) return "short";
        if (o instanceof boolean[]) return "boolean";
        return null;
    }

    private static String checkedKind(Object src, Object dest) {
        String s = kind(src), d = kind(dest);
        if (s == null) storeFault("source type " + Native.className(src) + " is not an array");
        if (d == null) storeFault("destination type " + Native.className(dest) + " is not an array");
        if (!s.equals(d)) storeFault("type mismatch: can not copy " + s + "[] into " + d + "[]");
        return s;
    }

    private static void storeFault(String what) {
        Fault.raise(new JArrayStoreException("arraycopy: " + what));
    }

    /** In HotSpot's order: negative positions, negative length, then each range's end. */
    private static void checkRanges(int srcPos, int srcLength, int destPos, int destLength, int length, String kind) {
        if (srcPos < 0) indexFault("source index " + srcPos + outOf(kind, srcLength));
        if (destPos < 0) indexFault("destination index " + destPos + outOf(kind, destLength));
        if (length < 0) indexFault("length " + length + " is negative");
        long srcEnd = (long) srcPos + length, destEnd = (long) destPos + length;
        if (srcEnd > srcLength) indexFault("last source index " + srcEnd + outOf(kind, srcLength));
        if (destEnd > destLength) indexFault("last destination index " + destEnd + outOf(kind, destLength));
    }

    private static String outOf(String kind, int arrayLength) {
        return " out of bounds for " + kind + "[" + arrayLength + "]";
    }

    private static void indexFault(String what) {
        Fault.raise(new JArrayIndexOutOfBoundsException("arraycopy: " + what));
    }

    private static int lengthOf(Object a) {
        if (a instanceof Object[] o) return o.length;
        if (a instanceof int[] i) return i.length;
        if (a instanceof long[] l) return l.length;
        if (a instanceof char[] c) return c.length;
        if (a instanceof byte[] b) return b.length;
        if (a instanceof short[] s) return s.length;
        return ((boolean[]) a).length;
    }

    // One loop per element type: Java has no generics over primitive arrays.
    private static void ints(int[] s, int sp, int[] d, int dp, int n, boolean backwards) {
        if (backwards) for (int k = n - 1; k >= 0; k--) d[dp + k] = s[sp + k];
        else for (int k = 0; k < n; k++) d[dp + k] = s[sp + k];
    }

    private static void longs(long[] s, int sp, long[] d, int dp, int n, boolean backwards) {
        if (backwards) for (int k = n - 1; k >= 0; k--) d[dp + k] = s[sp + k];
        else for (int k = 0; k < n; k++) d[dp + k] = s[sp + k];
    }

    private static void chars(char[] s, int sp, char[] d, int dp, int n, boolean backwards) {
        if (backwards) for (int k = n - 1; k >= 0; k--) d[dp + k] = s[sp + k];
        else for (int k = 0; k < n; k++) d[dp + k] = s[sp + k];
    }

    private static void bytes(byte[] s, int sp, byte[] d, int dp, int n, boolean backwards) {
        if (backwards) for (int k = n - 1; k >= 0; k--) d[dp + k] = s[sp + k];
        else for (int k = 0; k < n; k++) d[dp + k] = s[sp + k];
    }

    private static void shorts(short[] s, int sp, short[] d, int dp, int n, boolean backwards) {
        if (backwards) for (int k = n - 1; k >= 0; k--) d[dp + k] = s[sp + k];
        else for (int k = 0; k < n; k++) d[dp + k] = s[sp + k];
    }

    private static void booleans(boolean[] s, int sp, boolean[] d, int dp, int n, boolean backwards) {
        if (backwards) for (int k = n - 1; k >= 0; k--) d[dp + k] = s[sp + k];
        else for (int k = 0; k < n; k++) d[dp + k] = s[sp + k];
    }

    /** Only distinct arrays can disagree on element types, and those are copied forwards. */
    private static void objects(Object[] s, int sp, Object[] d, int dp, int n, boolean backwards) {
        if (backwards) {
            for (int k = n - 1; k >= 0; k--) d[dp + k] = s[sp + k];
            return;
        }
        for (int k = 0; k < n; k++) {
            Object v = s[sp + k];
            if (!Rt.canStore(d, v)) {
                storeFault("element type mismatch: can not cast one of the elements of " + elementName(s)
                    + "[] to the type of the destination array, " + elementName(d));
            }
            d[dp + k] = v;
        }
    }

    /** "[Ljava.lang.String;" → "java.lang.String", "[[I" → "[I". */
    private static String elementName(Object[] array) {
        String name = Native.className(array);
        return name.charAt(1) == 'L' ? name.substring(2, name.length() - 1) : name.substring(1);
    }
}
