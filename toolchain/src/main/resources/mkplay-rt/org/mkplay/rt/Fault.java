package org.mkplay.rt;

/**
 * Raising exceptions, and the report of an uncaught one. {@link #raise} is the library's one way to throw
 * (javac does not see the library's exception classes as Throwables, so library code cannot say {@code throw});
 * compiled {@code throw} calls the same routine, rt_throw, and the checks compiled into methods call the
 * reporters below from their fault stubs, which build the exception the JVM would and raise it.
 */
final class Fault {
    private Fault() {}

    /** Throws t: {@link Unwinder#unwind} finds its handler or reports it as uncaught. Never returns. */
    static void raise(JThrowable t) {
        Native.raise(t);
    }

    /**
     * The uncaught-exception report, as the JVM prints it: "Exception in thread "main" ", the stack trace with
     * its suppressed exceptions and causes; then the program ends with status 1.
     */
    static void uncaught(JThrowable t) {
        JPrintStream out = JSystem.out;
        out.print("Exception in thread \"main\" ");
        printTrace(out, t, new long[0], "", "");
        Native.fault(1);
    }

    /**
     * One exception of a trace: its line, its frames less those it shares (from the bottom) with the exception
     * it is printed inside ("... n more"), then its suppressed exceptions (indented) and its cause.
     */
    private static void printTrace(JPrintStream out, JThrowable t, long[] enclosing, String caption, String prefix) {
        long[] trace = t.trace == null ? new long[0] : t.trace;
        int m = trace.length - 1, n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && Unwinder.sameFrame(trace[m], enclosing[n])) {
            m--;
            n--;
        }
        int common = trace.length - 1 - m;
        out.print(prefix + caption + t + "\n");
        for (int k = 0; k <= m; k++) out.print(prefix + "\tat " + Unwinder.frameName(trace[k]) + "\n");
        if (common != 0) out.print(prefix + "\t... " + common + " more\n");
        for (JThrowable s : t.getSuppressed()) printTrace(out, s, trace, "Suppressed: ", prefix + "\t");
        if (t.getCause() != null && t.getCause() != t) printTrace(out, t.getCause(), trace, "Caused by: ", prefix);
    }

    // ---- the checks compiled into methods (fault stubs) and the library's own ----

    static void arithmetic() { raise(new JArithmeticException("/ by zero")); }
    static void overflow() { raise(new JArithmeticException("integer overflow")); }
    static void longOverflow() { raise(new JArithmeticException("long overflow")); }
    static void nullPointer() { raise(new JNullPointerException()); }
    static void index(int index, int length) {
        raise(new JArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length));
    }
    static void negativeSize(int size) { raise(new JNegativeArraySizeException(JInteger.toString(size))); }
    static void cast(Object o, String target) {
        String source = Native.className(o);
        raise(new JClassCastException("class " + source + " cannot be cast to class " + target + " (" + origin(source, target) + ")"));
    }

    /** The JVM's module/loader suffix, for a program whose own classes are all in the unnamed module. */
    private static String origin(String a, String b) {
        boolean aBase = isJavaBase(a), bBase = isJavaBase(b);
        if (aBase == bBase) return a + " and " + b + " are in " + place(aBase);
        return a + " is in " + place(aBase) + "; " + b + " is in " + place(bBase);
    }

    /** An array is where its element type is; primitive arrays are in java.base. */
    private static boolean isJavaBase(String name) {
        int dims = 0;
        while (name.charAt(dims) == '[') dims++;
        if (dims > 0 && name.charAt(dims) != 'L') return true;
        return name.substring(dims == 0 ? 0 : dims + 1).startsWith("java.");
    }

    private static String place(boolean javaBase) {
        return javaBase ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
    }
    static void abstractMethod() { raise(new JAbstractMethodError()); }
    static void stringIndex(String message) { raise(new JStringIndexOutOfBoundsException(message)); }
    /**
     * The heap cannot hold the live set (Gc.alloc, or the kernel profile's allocator). Reported without allocating:
     * the heap is full, and System.out may not even exist yet.
     */
    static void outOfMemory(String where) { fatal("java.lang.OutOfMemoryError: Java heap space"); } // cannot be caught

    /** sp went below the stack limit (rt_stack_overflow); the report runs in the reserve beneath it. */
    static void stackOverflow(String where) { fatal("java.lang.StackOverflowError"); }

    /** The JVM's first line, printed byte by byte (the text is ASCII), then status 1. Allocates nothing. */
    static void fatal(String description) {
        raw("Exception in thread \"main\" ");
        raw(description);
        Native.putByte('\n');
        Native.fault(1);
    }

    /** The heap checker (Gc.verify) found a broken object or list: what, and the address of the block. */
    static void heapCheck(String what, long where) {
        raw("Exception in thread \"main\" java.lang.InternalError: heap check: ");
        raw(what);
        raw(" at 0x");
        for (int shift = 60; shift >= 0; shift -= 4) Native.putByte("0123456789abcdef".charAt((int) (where >>> shift) & 15));
        Native.putByte('\n');
        Native.fault(1);
    }

    private static void raw(String s) {
        for (int i = 0; i < s.length(); i++) Native.putByte(s.charAt(i));
    }
    /** The JDK names the radix unless it is 10. */
    static void numberFormat(String s, int radix) {
        raise(new JNumberFormatException("For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix)));
    }

}
