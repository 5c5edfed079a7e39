package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.riscv.board.TraceRegisters;
import org.mkplay.riscv.board.Virt;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * Structured records of what the kernel does, written to the emulator's trace window (docs/emulator.md,
 * "Trace window"): four argument registers, then the type, whose write commits the record. The web timeline
 * and the lesson checks read exactly these records; docs/kernel.md, "Trace records", is their definition:
 * <pre>
 *   TYPE  bits 7..0 the record type below; bits 15..8 scause (FAULT only)
 *   ARG0  instret when the record was written (instructions retired, a deterministic clock)
 *   ARG1  the acting thread's id (bits 31..0) and the other thread's id (bits 63..32); NONE = 0xFFFF_FFFF
 *   ARG2  the object: endpoint or notification id, process id (SPACE, SPAWN, EXIT, KILL, RESTART); FAULT: pc
 *   ARG3  the value: message info (SEND, RECEIVE, REPLY), bits (NOTIFY), satp (SPACE), exit status (EXIT),
 *         generation (SPAWN, KILL, RESTART), 0 (SWITCH); FAULT: the faulting address (stval)
 * </pre>
 * QEMU has no such window (an access there faults), so the records are written only once {@link #enable}
 * was called — by {@link #probe}, when the boot found the window's magic. The host decodes them with vmmagic's
 * {@link TraceRecord}, which is also where the type numbers are defined.
 */
public final class Trace {
    private Trace() {}

    public static final int SEND = TraceRecord.SEND,
            RECEIVE = TraceRecord.RECEIVE,
            REPLY = TraceRecord.REPLY,
            NOTIFY = TraceRecord.NOTIFY,
            SWITCH = TraceRecord.SWITCH,
            SPACE = TraceRecord.SPACE,
            FAULT = TraceRecord.FAULT,
            SPAWN = TraceRecord.SPAWN,
            EXIT = TraceRecord.EXIT,
            KILL = TraceRecord.KILL,
            RESTART = TraceRecord.RESTART,
            CAP = TraceRecord.CAP;
    public static final long NONE = TraceRecord.NONE;

    /**
     * The trace window (riscv.board: Virt.TRACE_BASE, TraceRegisters): TYPE at +0 (reads the magic), ARG0..3. A
     * constant, turned into an Address where it is used, so that Trace has no static initialiser and its callers on
     * the IPC path test no initialisation flag.
     */
    public static final long WINDOW = Virt.TRACE_BASE;

    public static final long MAGIC = TraceRegisters.MAGIC;
    static final int TYPE = (int) TraceRegisters.TYPE,
            ARG0 = (int) TraceRegisters.ARG0,
            ARG1 = ARG0 + 8,
            ARG2 = ARG0 + 16,
            ARG3 = ARG0 + 24;

    /** Read directly (not through {@link #enabled()}) only where a switch happens: Sched.activate. */
    static boolean enabled;
    /** Records written. */
    static long records;

    static void reset() {
        enabled = false;
        records = 0;
    }

    /**
     * True while {@link #probe} reads the window: {@link Traps} then answers a load access fault by skipping the
     * load and setting {@link #absent}, instead of a panic.
     */
    static boolean probing;

    static boolean absent;

    /**
     * Enables the records if the window is there (the boot calls it with the kernel's space mapping the window):
     * TYPE reads as the magic on our emulator; on QEMU nothing answers at that address, the load raises a load
     * access fault and the trap handler resumes after it with {@link #absent} set. Returns whether it is enabled.
     */
    public static boolean probe() {
        probing = true;
        absent = false;
        long magic = Address.fromLong(WINDOW).loadLong(TYPE);
        probing = false;
        if (!absent && magic == MAGIC) enable();
        return enabled;
    }

    /** Records go to the window from now on (the boot has checked it is there). */
    public static void enable() {
        enabled = true;
    }

    public static boolean enabled() {
        return enabled;
    }

    public static long records() {
        return records;
    }

    /** Only called when enabled: each record method tests the flag first, so a disabled trace costs a test. */
    private static void write(long type, Thread actor, Thread peer, long object, long value) {
        records++;
        Address window = Address.fromLong(WINDOW);
        window.storeLong(ARG0, Csr.read(INSTRET));
        window.storeLong(ARG1, (actor == null ? NONE : actor.id) | (peer == null ? NONE : peer.id) << 32);
        window.storeLong(ARG2, object);
        window.storeLong(ARG3, value);
        window.storeLong(TYPE, type);
    }

    static void send(Thread sender, Thread receiver, Endpoint ep, long info) {
        if (!enabled) return;
        write(SEND, sender, receiver, ep.id, info);
    }

    static void receive(Thread receiver, Thread sender, Endpoint ep, long info) {
        if (!enabled) return;
        write(RECEIVE, receiver, sender, ep.id, info);
    }

    static void reply(Thread server, Thread caller, long info) {
        if (!enabled) return;
        write(REPLY, server, caller, 0, info);
    }

    static void notify(Thread actor, Thread woken, Notification n, long bits) {
        if (!enabled) return;
        write(NOTIFY, actor, woken, n.id, bits);
    }

    /**
     * A switch (Sched.activate): SWITCH, then SPACE if the address space changed too. Its callers test
     * {@link #enabled} first, and this is one call of a method that writes both: the compiler inlines this wrapper,
     * not what it calls, so the switch has a single call on its way and builds its frame only around it, only when
     * it traces.
     */
    static void switched(Thread from, Thread to, boolean space) {
        writeSwitch(from, to, space ? to.process : null);
    }

    private static void writeSwitch(Thread from, Thread to, Process space) {
        write(SWITCH, from, to, 0, 0);
        if (space != null) write(SPACE, to, null, space.id, space.satp);
    }

    /** CALL's fast path delivered the message at once: its SEND and RECEIVE, in one call as {@link #switched}. */
    static void call(Thread caller, Thread server, Endpoint ep, long info) {
        writeCall(caller, server, ep.id, info);
    }

    private static void writeCall(Thread caller, Thread server, long ep, long info) {
        write(SEND, caller, server, ep, info);
        write(RECEIVE, server, caller, ep, info);
    }

    static void fault(Thread t, long cause, long pc, long address) {
        if (!enabled) return;
        write(FAULT | (cause & 0xff) << 8, t, null, pc, address);
    }

    static void exit(Thread t, long status) {
        if (!enabled) return;
        write(EXIT, t, null, t.process.id, status);
    }

    /** Slot {@code slot} of p's capability table has just changed (it is a valid slot number). */
    static void cap(Process p, long slot) {
        if (!enabled) return;
        Cap c = p.cspace.slot(slot);
        // TraceRecord.capObject's layout, spelled out: the kernel compiles none of TraceRecord's code
        long object = slot & 0xFFFF
                | (long) (c.type & 0xff) << TraceRecord.CAP_TYPE_SHIFT
                | (long) (c.rights & 0xff) << TraceRecord.CAP_RIGHTS_SHIFT
                | (c.objectId() & NONE) << TraceRecord.CAP_OBJECT_SHIFT;
        write(CAP, p.thread, null, object, c.badge);
    }

    static void lifecycle(int type, Thread actor, Process p) {
        if (!enabled) return;
        write(type, actor, p.thread, p.id, p.generation);
    }
}
