package org.mkplay.vmmagic;

/**
 * The system-call ABI between user processes and the kernel: one home for every number both sides must agree
 * on. Only compile-time constants ({@code static final} primitives), so javac inlines each use and neither the
 * kernel image nor a user image contains or loads this class; that is also why it may live in vmmagic, which
 * javac sees in every profile (the user profile refuses references to vmmagic, and an inlined constant leaves
 * none). Not an intrinsic. docs/kernel.md has the same table in prose.
 *
 * <p>Registers at {@code ecall} from U-mode: {@code t0} = syscall number; {@code a0} = capability slot in,
 * status out (0 ok, negative = one of the error codes below); {@code a1} = message info in and out (layout
 * below); {@code a2..a7} = message words 0..5 in and out; {@code t1} = badge out on a receive. {@code t3..t6}
 * are clobbered (zero on return: every user syscall goes through a runtime routine, which the compiled caller
 * treats as a call that clobbers them anyway); every other register ({@code ra}, {@code sp}, {@code gp},
 * {@code tp}, {@code t0}, {@code t2}, {@code s0..s11}) is preserved; {@code sepc} advances past the
 * {@code ecall}. Interrupts and faults preserve every register.
 */
public final class Abi {
    private Abi() {}

    // ---- syscall numbers (t0) -------------------------------------------------------------------------
    /** Send a message and wait for the reply on the same endpoint (a0 = endpoint slot, needs SEND). */
    public static final int SYS_CALL = 1;
    /** Send a message, blocking until a receiver takes it (a0 = endpoint slot, needs SEND). */
    public static final int SYS_SEND = 2;
    /** Send only if a receiver is waiting, else WOULD_BLOCK (a0 = endpoint slot, needs SEND). */
    public static final int SYS_NBSEND = 3;
    /** Wait for a message (a0 = endpoint slot, needs RECEIVE); t1 = the sender's badge. */
    public static final int SYS_RECV = 4;
    /** Answer the caller of the last received call (one-shot; a0 ignored). */
    public static final int SYS_REPLY = 5;
    /** REPLY, then RECV on a0, in one trap (the server's loop). */
    public static final int SYS_REPLY_RECV = 6;
    /** OR a1's bits and the capability's badge into a notification's word (a0 = slot, needs SEND). */
    public static final int SYS_NOTIFY = 7;
    /** Take and clear a notification's word, waiting while it is 0 (a0 = slot, needs RECEIVE); a1 = bits. */
    public static final int SYS_WAIT = 8;
    /** WAIT without waiting: a1 = the bits taken, possibly 0. */
    public static final int SYS_POLL = 9;
    /** Give the rest of the time slice to the next thread of the same priority. */
    public static final int SYS_YIELD = 10;
    /** Map a frame (a0 = frame slot) at virtual address a1 with rights a2 (RIGHT_READ/WRITE/EXEC). */
    public static final int SYS_MAP = 11;
    /** Unmap a frame (a0 = frame slot). */
    public static final int SYS_UNMAP = 12;
    /** Copy slot a0 to empty slot a1 with rights (old AND a2), badge a3 (only on an unbadged endpoint or
     *  notification capability; 0 keeps the badge). */
    public static final int SYS_CAP_COPY = 13;
    /** Empty slot a0. */
    public static final int SYS_CAP_DELETE = 14;
    /** End the calling process with status a0 (its supervisor learns of it through the fault endpoint). */
    public static final int SYS_EXIT = 15;
    /** Start the process of process capability a0 (needs CONTROL): supervisors only. */
    public static final int SYS_SPAWN = 16;
    /** Stop the process of process capability a0 for good (needs CONTROL). */
    public static final int SYS_KILL = 17;
    /** Stop and start again the process of process capability a0 (needs CONTROL). */
    public static final int SYS_RESTART = 18;
    /** Write byte a0 to the UART (the kernel's own polled console; a user-space console driver may own it too). */
    public static final int SYS_DEBUG_PUTC = 19;
    /** Bind the interrupt of IRQ capability a0 to notification capability a1 (needs SEND there), signalling
     *  bits a2 (non-zero): the kernel enables the PLIC source, and each interrupt ORs the bits into the word. */
    public static final int SYS_IRQ_BIND = 20;
    /** Acknowledge the interrupt of IRQ capability a0: the kernel completes the claim it took, so the source may
     *  interrupt again (BAD_ARGUMENT when no interrupt of it is outstanding). */
    public static final int SYS_IRQ_ACK = 21;
    /** The instructions retired on behalf of the process of process capability a0 (any rights), returned in a0
     *  (never negative; a negative a0 is an error code): its thread's share of instret (docs/kernel.md). */
    public static final int SYS_INSTRET = 22;
    /** The highest syscall number; t0 outside 1..SYS_MAX is BAD_SYSCALL. */
    public static final int SYS_MAX = 22;

    // ---- status codes (a0 out) ---------------------------------------------------------------------------
    public static final int OK = 0;
    /** t0 is not a syscall number. */
    public static final int E_BAD_SYSCALL = -1;
    /** A slot number outside the table, or an empty slot. */
    public static final int E_BAD_SLOT = -2;
    /** The slot holds a capability of another type than the syscall needs. */
    public static final int E_WRONG_TYPE = -3;
    /** The capability lacks a right the syscall needs (or the caller is not a supervisor). */
    public static final int E_NO_RIGHTS = -4;
    /** A user address that is unmapped, not user-accessible, misaligned or not writable where it must be. */
    public static final int E_BAD_POINTER = -5;
    /** More than MAX_WORDS register words or more than MAX_BUFFER buffer bytes. */
    public static final int E_TOO_LONG = -6;
    /** The peer died or was restarted while this thread waited for it (or the object is gone). */
    public static final int E_DEAD = -7;
    /** A non-blocking operation would have had to wait. */
    public static final int E_WOULD_BLOCK = -8;
    /** A kernel pool or the frames are exhausted. */
    public static final int E_NO_MEMORY = -9;
    /** Any other argument the syscall cannot take (reserved info bits set, slot occupied, no caller, ...). */
    public static final int E_BAD_ARGUMENT = -10;
    /** The lowest error code. */
    public static final int E_MIN = -10;

    // ---- message info (a1): | label 63..32 | reserved 31..29 | buffer bytes 28..16 | cap slot 15..4 |
    //                           cap flag 3 | words 2..0 | --------------------------------------------------
    /** Register words carried (0..MAX_WORDS) in a2..a7. */
    public static final int INFO_WORDS_SHIFT = 0;

    public static final long INFO_WORDS_MASK = 0x7;
    /** Set on send: transfer the capability in INFO_CAP_SLOT (the endpoint capability needs GRANT).
     *  Set on receive (in): willing to accept one into the empty slot INFO_CAP_SLOT; (out): one arrived there. */
    public static final long INFO_CAP = 1L << 3;

    public static final int INFO_CAP_SLOT_SHIFT = 4;
    public static final long INFO_CAP_SLOT_MASK = 0xFFF;
    /** Bytes carried in the thread's IPC buffer (0..MAX_BUFFER). */
    public static final int INFO_BUFFER_SHIFT = 16;

    public static final long INFO_BUFFER_MASK = 0x1FFF;
    /** Bits 29..31 must be zero (else BAD_ARGUMENT). */
    public static final long INFO_RESERVED = 0x7L << 29;
    /** The label, 32 bits, for the receiver's use (the kernel never interprets it). */
    public static final int INFO_LABEL_SHIFT = 32;

    public static final int MAX_WORDS = 6;
    public static final int MAX_BUFFER = 4096;

    // ---- capabilities -------------------------------------------------------------------------------------
    public static final int CAP_NULL = 0;
    public static final int CAP_ENDPOINT = 1;
    public static final int CAP_NOTIFICATION = 2;
    public static final int CAP_FRAME = 3;
    public static final int CAP_PROCESS = 4;
    /** An interrupt source of the PLIC: bind it to a notification, acknowledge it (no rights needed). */
    public static final int CAP_IRQ = 5;

    /** Endpoint: send, call. Notification: notify. */
    public static final int RIGHT_SEND = 1;
    /** Endpoint: receive. Notification: wait, poll. */
    public static final int RIGHT_RECEIVE = 2;
    /** Endpoint: a message sent through it may carry a capability. */
    public static final int RIGHT_GRANT = 4;
    /** Frame: map readable, writable, executable. */
    public static final int RIGHT_READ = 8;

    public static final int RIGHT_WRITE = 16;
    public static final int RIGHT_EXEC = 32;
    /** Process: spawn, kill, restart. */
    public static final int RIGHT_CONTROL = 64;

    public static final int RIGHTS_ALL = 127;

    /** Slots per process capability table. */
    public static final int CSPACE_SLOTS = 64;

    // ---- user address space (docs/kernel.md, "Memory layout") -----------------------------------------------
    /** User images are linked here: text, then data, then the heap. */
    public static final long USER_BASE = 0x4000_0000L;
    /** The user stack grows down from here. */
    public static final long USER_STACK_TOP = 0x7FFF_0000L;
    /** Each thread's 4 KiB IPC buffer (kernel-user may move it; this is the one place to change). */
    public static final long USER_IPC_BUFFER = 0x7FFF_0000L;
    /** The first address above user space: user pointers lie in [USER_BASE, USER_END). */
    public static final long USER_END = 0x8000_0000L;

    // ---- kernel placement (docs/kernel.md, "Placement") ----------------------------------------------------
    /**
     * The kernel-server window: the gigabyte [SERVER_WINDOW, SERVER_WINDOW + 1 GiB) (root entry 3), mapped without
     * U in every address space. Program k of a system placed in the kernel is linked at SERVER_WINDOW + k * SERVER_SLOT and
     * owns SERVER_SLOT bytes from there: its image from the base, then a guard page, its stack and its IPC buffer at
     * the top (the same shape as a user space, shrunk to the slot).
     */
    public static final long SERVER_WINDOW = 0xC000_0000L;
    /** Bytes of the window per program (16 MiB; 16 programs fill 256 MiB of the gigabyte). */
    public static final long SERVER_SLOT = 0x0100_0000L;
    /** The stack's top and the IPC buffer's address, from a slot's base (the buffer is the slot's last page). */
    public static final long SERVER_STACK_TOP_OFFSET = SERVER_SLOT - 0x1000;

    // ---- fault messages (label and words of the message a fault endpoint receives) -----------------------
    /** Label of a fault message; words: 0 = scause, 1 = sepc, 2 = stval, 3 = thread id, 4 = process id. */
    public static final int LABEL_FAULT = 0xFFFF_0001;
    /** Label of an exit message; words: 0 = status, 1 = thread id, 2 = process id. */
    public static final int LABEL_EXIT = 0xFFFF_0002;

    // ---- devices a user-space driver may be given (docs/kernel.md, "Interrupts and devices") ----------------
    /** Not a PLIC source: the kernel's clock tick, as an interrupt a program may bind to a notification to wait for
     *  time (each tick ORs the bits in; nothing to acknowledge). */
    public static final int IRQ_TICK = 0;
    /** The PLIC source of the board's UART (a constant expression: javac inlines it in user programs). */
    public static final int IRQ_UART = org.mkplay.riscv.board.Virt.UART_IRQ;
    /** Physical address of the UART's registers page, which the console server's device frame maps. */
    public static final long DEVICE_UART = org.mkplay.riscv.board.Virt.UART_BASE;
}
