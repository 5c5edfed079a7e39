package org.mkplay.rt;

/**
 * Exceptions in flight: finding the handler, capturing stack traces and printing them. All of it reads the
 * tables the linker emits (toolchain link/UnwindTables: one record per method, one per call) and walks frames by
 * their return addresses; compiled code does nothing for it until something is raised.
 *
 * <p>A frame is a method's record and its sp: the method saved its s registers at sp + saveBase (those whose
 * bit is set, in ascending order), its ra at sp + raOffset (or, a method that calls nothing, in the word
 * rt_leaf_ra when one of its checks failed), and its caller's sp is sp + frame size.
 *
 * <p>A trace entry is a return address, or, for the frame of a method the compiler inlined at that call, the
 * negated address of the call's inlined-frame record (its name and its own line), just before the entry of the
 * frame it was inlined into: one machine frame, two lines of the trace, as on the JVM.
 */
final class Unwinder {
    private Unwinder() {}

    // a method record, 8 words; a call-site record, 4 words; an inlined frame, 2 words (see UnwindTables)
    private static final int M_START = 0, M_END = 8, M_FRAME = 16, M_RA = 24, M_SAVE = 32, M_MASK = 40, M_NAME = 48, M_FLAGS = 56;
    private static final int METHOD_BYTES = 64, SITE_BYTES = 32, S_LINE = 8, S_HANDLERS = 16, S_INLINED = 24;
    private static final int I_NAME = 0, I_LINE = 8;
    private static final int THROWABLE_INIT = 1, LIBRARY = 2;
    /** The JVM's default -XX:MaxJavaStackTraceDepth. */
    private static final int MAX_DEPTH = 1024;

    /**
     * rt_throw jumps here with the exception, the return address of the call that raised it and that frame's sp;
     * s0..s11 as they were there are in unwind_regs. Each frame that has a matching handler at its call is
     * resumed (rt_resume restores the s registers as this walk left them); one that has not is popped, its saved
     * s registers going back into unwind_regs. Past main, the exception is uncaught. Never returns.
     */
    static void unwind(JThrowable t, long pc, long sp) {
        if (t == null) t = new JNullPointerException(); // throw null
        long regs = Native.unwindRegs();
        for (long m = method(pc); m != 0; m = method(pc)) {
            long handlers = handlers(pc);
            for (long h = handlers; h != 0 && Native.loadLong(h) != 0; h += 16) {
                long type = Native.loadLong(h + 8);
                if (type == 0 || Rt.isInstance(t, type)) Native.resume(t, Native.loadLong(h), sp);
            }
            long at = sp + Native.loadLong(m + M_SAVE), mask = Native.loadLong(m + M_MASK);
            for (int k = 0; k < 12; k++) {
                if ((mask >>> k & 1) == 0) continue;
                Native.storeLong(regs + 8L * k, Native.loadLong(at));
                at += 8;
            }
            pc = callerPc(m, sp);
            sp += Native.loadLong(m + M_FRAME);
        }
        Fault.uncaught(t);
    }

    private static long callerPc(long m, long sp) {
        long ra = Native.loadLong(m + M_RA);
        return ra < 0 ? Native.loadLong(Native.leafRa()) : Native.loadLong(sp + ra);
    }

    /**
     * The return addresses of the frames below this call, as a new Throwable records them: the leading frames of
     * the runtime library and of Throwable constructors are left out, so the trace starts where the JVM's does
     * for the program's own code (the JVM would show the JDK's frames above it; we have different ones).
     */
    static long[] capture() {
        long sp = Native.stackPointer(), pc = Native.returnAddress();
        long startPc = 0, startSp = 0;
        int depth = 0;
        for (long m = method(pc); m != 0 && depth < MAX_DEPTH; m = method(pc)) {
            boolean hidden = Native.loadLong(m + M_NAME) == 0 || (Native.loadLong(m + M_FLAGS) & (LIBRARY | THROWABLE_INIT)) != 0;
            if (depth == 0 && !hidden) {
                startPc = pc;
                startSp = sp;
            }
            if (startPc != 0 && Native.loadLong(m + M_NAME) != 0) depth += inlined(pc) != 0 ? 2 : 1;
            pc = callerPc(m, sp);
            sp += Native.loadLong(m + M_FRAME);
        }
        if (depth > MAX_DEPTH) depth = MAX_DEPTH;
        long[] trace = new long[depth];
        pc = startPc;
        sp = startSp;
        for (int k = 0; k < depth; ) {
            long m = method(pc);
            if (Native.loadLong(m + M_NAME) != 0) {
                long in = inlined(pc);
                if (in != 0) trace[k++] = -in;
                if (k < depth) trace[k++] = pc;
            }
            pc = callerPc(m, sp);
            sp += Native.loadLong(m + M_FRAME);
        }
        return trace;
    }

    /** The inlined-frame record of the call that returns to pc, or 0. */
    private static long inlined(long pc) {
        long s = site(pc);
        return s == 0 ? 0 : Native.loadLong(s + S_INLINED);
    }

    /**
     * The method record whose code holds the call that returns to pc, or 0. The call is before pc: a fault stub's
     * call can be a method's last instruction, so its return address is where the next method starts.
     */
    private static long method(long pc) {
        pc--;
        long table = Native.unwindMethods();
        long lo = 0, hi = Native.loadLong(table) - 1;
        while (lo <= hi) {
            long mid = (lo + hi) >>> 1;
            long m = table + 8 + mid * METHOD_BYTES;
            if (pc < Native.loadLong(m + M_START)) hi = mid - 1;
            else if (pc >= Native.loadLong(m + M_END)) lo = mid + 1;
            else return m;
        }
        return 0;
    }

    /** The call-site record of return address pc, or 0. */
    private static long site(long pc) {
        long table = Native.unwindSites();
        long lo = 0, hi = Native.loadLong(table) - 1;
        while (lo <= hi) {
            long mid = (lo + hi) >>> 1;
            long s = table + 8 + mid * SITE_BYTES;
            long ra = Native.loadLong(s);
            if (pc < ra) hi = mid - 1;
            else if (pc > ra) lo = mid + 1;
            else return s;
        }
        return 0;
    }

    private static long handlers(long pc) {
        long s = site(pc);
        return s == 0 ? 0 : Native.loadLong(s + S_HANDLERS);
    }

    /** The "Cls.m(File.java:LINE)" of a trace entry, as the JVM's StackTraceElement prints it. */
    static String frameName(long entry) {
        String name = (String) Native.objectAt(nameOf(entry));
        long line = lineOf(entry);
        return line < 0 ? name + "?)" : name + line + ")";
    }

    /** Whether two trace entries print the same (the JVM compares frames by class, method, file and line). */
    static boolean sameFrame(long a, long b) {
        if (a == b) return true;
        long la = lineOf(a), lb = lineOf(b);
        return nameOf(a) == nameOf(b) && la >= 0 && lb >= 0 && la == lb; // names are shared strings
    }

    /** The address of an entry's "Cls.m(File.java:" string. */
    private static long nameOf(long entry) {
        return entry < 0 ? Native.loadLong(-entry + I_NAME) : Native.loadLong(method(entry) + M_NAME);
    }

    /** An entry's line, or -1 if its call was not recorded. */
    private static long lineOf(long entry) {
        if (entry < 0) return Native.loadLong(-entry + I_LINE);
        long s = site(entry);
        return s == 0 ? -1 : Native.loadLong(s + S_LINE);
    }
}
