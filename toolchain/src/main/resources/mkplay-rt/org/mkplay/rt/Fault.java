package org.mkplay.rt;

/**
 * Uncaught-exception reports. Compiled code calls these on a failed check; each prints the JVM's first line
 * and one "\tat" line for the faulting frame, then exits with status 1. They never return.
 */
final class Fault {
    private Fault() {}

    static void report(String exception, String message, String where) {
        printAndExit(message == null ? "java.lang." + exception : "java.lang." + exception + ": " + message, where);
    }

    /** throw: the exception is reported as uncaught (catching is not supported). */
    static void uncaught(JThrowable t, String where) {
        if (t == null) nullPointer(where);
        printAndExit(t.toString(), where);
    }

    /**
     * A {@code throw} inside the library (whose exception classes javac does not see as Throwable): reported as
     * uncaught, like a user's throw. Never returns.
     */
    static void raise(JThrowable t) {
        uncaught(t, null);
    }

    private static void printAndExit(String description, String where) {
        JPrintStream out = JSystem.out;
        out.print("Exception in thread \"main\" ");
        out.print(description);
        out.print('\n');
        if (where != null) {
            out.print("\tat ");
            out.print(where);
            out.print('\n');
        }
        Native.fault(1);
    }

    static void arithmetic(String where) { report("ArithmeticException", "/ by zero", where); }
    static void overflow(String where) { report("ArithmeticException", "integer overflow", where); }
    static void longOverflow() { report("ArithmeticException", "long overflow", null); }
    static void nullPointer(String where) { report("NullPointerException", null, where); }
    static void index(int index, int length, String where) {
        report("ArrayIndexOutOfBoundsException", "Index " + index + " out of bounds for length " + length, where);
    }
    static void negativeSize(int size, String where) { report("NegativeArraySizeException", JInteger.toString(size), where); }
    static void cast(Object o, String target, String where) {
        String source = Native.className(o);
        report("ClassCastException", "class " + source + " cannot be cast to class " + target + " (" + origin(source, target) + ")", where);
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
    static void abstractMethod(String where) { report("AbstractMethodError", null, where); }
    /**
     * The heap cannot hold the live set (Gc.alloc, or the kernel profile's allocator). Reported without allocating:
     * the heap is full, and System.out may not even exist yet.
     */
    static void outOfMemory(String where) { fatal("java.lang.OutOfMemoryError: Java heap space"); }

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
    static void stringIndex(String message) { report("StringIndexOutOfBoundsException", message, null); }
    /** The JDK names the radix unless it is 10. */
    static void numberFormat(String s, int radix) {
        report("NumberFormatException", "For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix), null);
    }
}
