package org.mkplay.vmmagic.trace;

import org.mkplay.vmmagic.Abi;

/**
 * One record the kernel writes to the emulator's trace window, decoded: the one definition of the record format
 * on the host side (docs/kernel.md, "Trace records"). The kernel ({@code org.mkplay.kernel.Trace}) writes ARG0..ARG3
 * and then TYPE; {@link #decode} turns those five words back into fields:
 * <pre>
 *   TYPE  bits 7..0 the record type ({@link #SEND}..{@link #RESTART}); bits 15..8 scause (FAULT only)
 *   ARG0  instret when the record was written (instructions retired: a deterministic clock)
 *   ARG1  the acting thread's id (bits 31..0) and the other thread's id (bits 63..32); {@link #NONE} = none
 *   ARG2  the object: endpoint or notification id; process id (SPACE, SPAWN, EXIT, KILL, RESTART); FAULT: pc
 *   ARG3  the value: message info (SEND, RECEIVE, REPLY), bits (NOTIFY), satp (SPACE), exit status (EXIT),
 *         generation (SPAWN, KILL, RESTART), 0 (SWITCH); FAULT: the faulting address (stval)
 *   CAP   (a slot of the actor's capability table changed: boot grant, copy, delete, transfer in a message)
 *         ARG2 = slot (bits 15..0), capability type (23..16, 0 = now empty), rights (31..24), object id (63..32,
 *         0xFFFF_FFFF for none); ARG3 = the badge
 * </pre>
 * Used by the kernel's system tests, the {@code mkplay run --trace} command and the web bridge (which hands the
 * fields to the page's timeline, web/src/main/frontend/src/playground/trace.js, as numbers).
 *
 * @param type the record type (TYPE bits 7..0)
 * @param cause scause of a FAULT (TYPE bits 15..8), else 0
 * @param instret instructions retired when the record was written
 * @param actor the acting thread's id, or {@link #NONE}
 * @param peer the other thread's id, or {@link #NONE}
 * @param object ARG2 (see above)
 * @param value ARG3 (see above)
 */
public record TraceRecord(int type, int cause, long instret, long actor, long peer, long object, long value) {
    public static final int SEND = 1,
            RECEIVE = 2,
            REPLY = 3,
            NOTIFY = 4,
            SWITCH = 5,
            SPACE = 6,
            FAULT = 7,
            SPAWN = 8,
            EXIT = 9,
            KILL = 10,
            RESTART = 11,
            CAP = 12;
    /** The highest record type. */
    public static final int MAX_TYPE = CAP;
    /** A thread id that names no thread. */
    public static final long NONE = 0xFFFF_FFFFL;

    private static final String[] NAMES = {
        "?", "SEND", "RECEIVE", "REPLY", "NOTIFY", "SWITCH", "SPACE", "FAULT", "SPAWN", "EXIT", "KILL", "RESTART", "CAP"
    };

    /** CAP: ARG2's fields (see above). */
    public static final int CAP_TYPE_SHIFT = 16, CAP_RIGHTS_SHIFT = 24, CAP_OBJECT_SHIFT = 32;

    /** CAP: ARG2 for a slot, the type of capability it now holds, its rights and object id (-1: none). */
    public static long capObject(long slot, int capType, int rights, long objectId) {
        return slot & 0xFFFF
                | (long) (capType & 0xff) << CAP_TYPE_SHIFT
                | (long) (rights & 0xff) << CAP_RIGHTS_SHIFT
                | (objectId & NONE) << CAP_OBJECT_SHIFT;
    }

    /** The record the five words of the window describe (TYPE as the guest wrote it, then ARG0..ARG3). */
    public static TraceRecord decode(long type, long arg0, long arg1, long arg2, long arg3) {
        return new TraceRecord(
                (int) (type & 0xff), (int) (type >>> 8 & 0xff), arg0, arg1 & NONE, arg1 >>> 32, arg2, arg3);
    }

    /** The record type's name ("SEND"...), or "?" for a type the kernel does not define. */
    public String name() {
        return type >= 1 && type <= MAX_TYPE ? NAMES[type] : NAMES[0];
    }

    /** Whether the value is a message info (SEND, RECEIVE, REPLY). */
    public boolean isMessage() {
        return type == SEND || type == RECEIVE || type == REPLY;
    }

    /** The message's label (message info bits 63..32). */
    public long label() {
        return value >>> Abi.INFO_LABEL_SHIFT;
    }

    /** Register words the message carries (message info bits 2..0). */
    public int words() {
        return (int) (value >>> Abi.INFO_WORDS_SHIFT & Abi.INFO_WORDS_MASK);
    }

    /** Bytes the message carries in the IPC buffer (message info bits 28..16). */
    public int bufferBytes() {
        return (int) (value >>> Abi.INFO_BUFFER_SHIFT & Abi.INFO_BUFFER_MASK);
    }

    /** CAP: the slot that changed. */
    public int slot() {
        return (int) (object & 0xFFFF);
    }

    /** CAP: the type of capability the slot now holds (vmmagic Abi CAP_*; CAP_NULL = empty). */
    public int capType() {
        return (int) (object >>> CAP_TYPE_SHIFT & 0xff);
    }

    /** CAP: its rights (Abi RIGHT_* bits). */
    public int rights() {
        return (int) (object >>> CAP_RIGHTS_SHIFT & 0xff);
    }

    /** CAP: the id of the object it names, {@link #NONE} for an empty slot. */
    public long objectId() {
        return object >>> CAP_OBJECT_SHIFT;
    }

    /** The message's length in bytes: its register words (8 bytes each) and its buffer bytes. */
    public int length() {
        return 8 * words() + bufferBytes();
    }

    /**
     * One line, as {@code mkplay run --trace} prints it: the instruction count, the type, the threads, then the
     * type's own fields, e.g. {@code 81234 SEND t1->t0 endpoint 0 label 7 words 2 buffer 0}.
     */
    public String describe() {
        StringBuilder s = new StringBuilder()
                .append(instret)
                .append(' ')
                .append(name())
                .append(' ')
                .append(thread(actor))
                .append("->")
                .append(thread(peer));
        switch (type) {
            case SEND, RECEIVE -> s.append(" endpoint ").append(object).append(message());
            case REPLY -> s.append(message());
            case NOTIFY ->
                s.append(" notification ").append(object).append(" bits 0x").append(Long.toHexString(value));
            case SPACE ->
                s.append(" process ").append(object).append(" satp 0x").append(Long.toHexString(value));
            case FAULT ->
                s.append(" cause 0x")
                        .append(Integer.toHexString(cause))
                        .append(" pc 0x")
                        .append(Long.toHexString(object))
                        .append(" address 0x")
                        .append(Long.toHexString(value));
            case EXIT -> s.append(" process ").append(object).append(" status ").append(value);
            case SPAWN, KILL, RESTART ->
                s.append(" process ").append(object).append(" generation ").append(value);
            case CAP ->
                s.append(" slot ")
                        .append(slot())
                        .append(" type ")
                        .append(capType())
                        .append(" object ")
                        .append(objectId() == NONE ? "-" : String.valueOf(objectId()))
                        .append(" rights 0x")
                        .append(Integer.toHexString(rights()))
                        .append(" badge 0x")
                        .append(Long.toHexString(value));
            default -> {}
        }
        return s.toString();
    }

    private String message() {
        return " label " + label() + " words " + words() + " buffer " + bufferBytes();
    }

    private static String thread(long id) {
        return id == NONE ? "-" : "t" + id;
    }
}
