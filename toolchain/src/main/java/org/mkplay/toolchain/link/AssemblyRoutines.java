package org.mkplay.toolchain.link;

import static org.mkplay.riscv.isa.Reg.*;

import org.mkplay.riscv.board.Finisher;
import org.mkplay.riscv.board.UartRegisters;
import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.layout.Layout;

/**
 * The hand-written assembly routines the linker puts at the start of every image's text (not to be confused
 * with the runtime library, org.mkplay.rt, which is Java). All routines follow the calling convention of
 * codegen.MethodCompiler (the standard psABI) and clobber only caller-saved registers.
 * <ul>
 * <li>_start: entry in M-mode at 0x8000_0000: sp = STACK_TOP, main(new String[0]), then exit(0).
 *     The image has no .bss (statics are initialised data), so nothing is zeroed.</li>
 * <li>rt_alloc(a0 = descriptor, a1 = size, a multiple of 8) → a0 = zeroed object with its header set.</li>
 * <li>rt_newarray(a0 = descriptor, a1 = length ≥ 0) → a0 = zeroed array with header and length set.</li>
 * <li>rt_putc(a0 = byte): polls the UART's LSR bit 5 (THR empty) and writes THR.</li>
 * <li>rt_exit(a0 = status): status &amp; 0xff (like a Unix exit status); 0 writes 0x5555 to the SiFive test
 *     finisher, n writes (n &lt;&lt; 16) | 0x3333. Never returns.</li>
 * <li>rt_fault(a0 = status): the end of a fault report (Native.fault). Standalone and kernel: the same
 *     routine as rt_exit. User: ebreak, a breakpoint exception the kernel takes as the thread's fault.</li>
 * <li>rt_abstract: target of vtable/itable slots with no implementation; reports AbstractMethodError.</li>
 * <li>i:&lt;class&gt;: class initialisation: sets the class's flag (so recursive triggers proceed, as in the
 *     JVM's "initialisation in progress by this thread"), initialises the superclass, runs &lt;clinit&gt;.</li>
 * </ul>
 * The user profile (a U-mode process) differs where the program meets the machine: _start keeps the sp the
 * kernel gave it, rt_putc and rt_exit are the kernel's DEBUG_PUTC and EXIT syscalls, rt_fault is ebreak, the heap
 * ends at heap_limit (a data word: _end + USER_HEAP_SIZE), and rt_syscall(a0 = number, a1 = long[9] registers)
 * is the raw syscall of the library's org.mkplay.rt.Syscall.
 */
final class AssemblyRoutines {
    /** The kernel's syscall numbers this glue uses (t0 = number, a0 = argument; docs/kernel.md). */
    static final int SYS_EXIT = org.mkplay.vmmagic.Abi.SYS_EXIT, SYS_DEBUG_PUTC = org.mkplay.vmmagic.Abi.SYS_DEBUG_PUTC;

    private AssemblyRoutines() {}

    static void emitStart(Linker l, ClassPool.MethodRef main) {
        Assembler a = l.asm();
        Label start = a.label("_start");
        a.bind(start);
        if (!l.user()) a.li(SP, MemoryMap.STACK_TOP);
        a.la(T0, a.label("heap_ptr"));
        a.emit(Encoder.sd(SP, T0, GC_STACK_TOP)); // the collector scans the stack up to here
        if (l.collected()) stackLimit(l);
        a.la(A0, a.label("empty_args"));
        a.jal(RA, l.method(main));
        a.li(A0, 0);
        a.jal(RA, a.label("rt_exit"));
        l.symbol("_start", start, true);
    }

    /**
     * gp = the lowest sp a method may run at: the prologue of every method that calls (codegen.MethodCompiler)
     * branches to rt_stack_overflow when sp is below it. The reserve beneath holds the largest frame and the report.
     */
    private static void stackLimit(Linker l) {
        Assembler a = l.asm();
        if (l.user()) {
            a.li(T1, MemoryMap.USER_STACK_SIZE - MemoryMap.USER_STACK_RESERVE);
            a.emit(Encoder.sub(GP, SP, T1));
        } else {
            a.li(GP, MemoryMap.HEAP_LIMIT + MemoryMap.STACK_RESERVE);
        }
    }

    /** The word of the heap_ptr block (link.Linker.emitGcInfo) where _start leaves the initial sp. */
    private static final int GC_STACK_TOP = 32;

    static void emitRoutines(Linker l) {
        Assembler a = l.asm();
        Label alloc = a.label("rt_alloc");
        a.bind(alloc);
        allocRoutine(l, false);
        l.symbol("rt_alloc", alloc, true);

        Label newArray = a.label("rt_newarray");
        a.bind(newArray);
        a.mv(T5, A1);
        a.emit(Encoder.ld(T0, A0, Layout.DESC_ELEM_SHIFT));
        a.emit(Encoder.sll(A1, A1, T0));
        a.emit(Encoder.addi(A1, A1, Layout.ARRAY_DATA + 7));
        a.emit(Encoder.andi(A1, A1, -8));
        allocRoutine(l, true);
        l.symbol("rt_newarray", newArray, true);

        Label overflow = a.label("rt_stack_overflow");
        a.bind(overflow);
        a.mv(GP, ZERO); // no further check fires while the report runs in the reserve below the limit
        a.li(A0, 0);
        a.j(l.faultMethod("stackOverflow", "(Ljava/lang/String;)V"));
        l.symbol("rt_stack_overflow", overflow, true);

        emitClone(l);

        Label putc = a.label("rt_putc");
        a.bind(putc);
        if (l.user()) {
            a.li(T0, SYS_DEBUG_PUTC);
            enterKernel(l);
        } else {
            Label wait = a.newLabel(null);
            a.li(T0, Virt.UART_BASE);
            a.bind(wait);
            a.emit(Encoder.lbu(T1, T0, UartRegisters.LSR));
            a.emit(Encoder.andi(T1, T1, UartRegisters.LSR_THR_EMPTY));
            a.beq(T1, ZERO, wait);
            a.emit(Encoder.sb(A0, T0, UartRegisters.RBR_THR));
        }
        a.ret();
        l.symbol("rt_putc", putc, true);

        if (l.user()) emitUserExit(l);
        else emitExit(l);

        Label abs = a.label("rt_abstract");
        a.bind(abs);
        a.j(l.faultMethod("abstractMethod", "()V"));
        l.symbol("rt_abstract", abs, true);
    }

    /** rt_clone(a0 = array) → a0 = a new array of the same type, length and contents. */
    private static void emitClone(Linker l) {
        Assembler a = l.asm();
        Label clone = a.label("rt_clone"), loop = a.newLabel(null), done = a.newLabel(null);
        a.bind(clone);
        a.emit(Encoder.addi(SP, SP, -16));
        a.emit(Encoder.sd(RA, SP, 8));
        a.emit(Encoder.sd(A0, SP, 0));
        a.emit(Encoder.lw(A1, A0, Layout.ARRAY_LENGTH));
        a.emit(Encoder.ld(A0, A0, 0));
        a.jal(RA, a.label("rt_newarray"));
        a.emit(Encoder.ld(T0, SP, 0));
        a.emit(Encoder.lw(T1, T0, Layout.ARRAY_LENGTH));
        a.emit(Encoder.ld(T2, A0, 0));
        a.emit(Encoder.ld(T2, T2, Layout.DESC_ELEM_SHIFT));
        a.emit(Encoder.sll(T1, T1, T2));
        a.emit(Encoder.addi(T3, T0, Layout.ARRAY_DATA));
        a.emit(Encoder.addi(T4, A0, Layout.ARRAY_DATA));
        a.emit(Encoder.add(T1, T3, T1));
        a.bind(loop);
        a.bgeu(T3, T1, done);
        a.emit(Encoder.lb(T2, T3, 0));
        a.emit(Encoder.sb(T2, T4, 0));
        a.emit(Encoder.addi(T3, T3, 1));
        a.emit(Encoder.addi(T4, T4, 1));
        a.j(loop);
        a.bind(done);
        a.emit(Encoder.ld(RA, SP, 8));
        a.emit(Encoder.addi(SP, SP, 16));
        a.ret();
        l.symbol("rt_clone", clone, true);
    }

    /** The fast path, the fill and the slow path of rt_alloc (array: rt_newarray, t5 = the length). */
    private static void allocRoutine(Linker l, boolean array) {
        Assembler a = l.asm();
        Label slow = a.newLabel(null), fill = a.newLabel(null);
        allocFast(l, slow);
        a.bind(fill);
        allocFill(l, array);
        allocSlow(l, slow, fill);
    }

    /**
     * The fast path: a1 bytes (a multiple of 8) for descriptor a0, bumped in the span [heap_ptr, heap_end), then
     * the fill with t1 = the block, t2 = its end; to {@code slow} when the span is too short.
     */
    private static void allocFast(Linker l, Label slow) {
        Assembler a = l.asm();
        a.la(T0, a.label("heap_ptr"));
        a.emit(Encoder.ld(T1, T0, 0));
        a.emit(Encoder.ld(T3, T0, 8));
        a.emit(Encoder.add(T2, T1, A1));
        a.bltu(T3, T2, slow);
        a.emit(Encoder.sd(T2, T0, 0));
    }

    /** Zeroes [t1, t2), stores the descriptor a0 and for an array the length t5 (0 is there already); returns t1. */
    private static void allocFill(Linker l, boolean array) {
        Assembler a = l.asm();
        Label loop = a.newLabel(null), done = a.newLabel(null);
        a.mv(T3, T1);
        a.bind(loop);
        a.beq(T3, T2, done);
        a.emit(Encoder.sd(ZERO, T3, 0));
        a.emit(Encoder.addi(T3, T3, 8));
        a.j(loop);
        a.bind(done);
        a.emit(Encoder.sd(A0, T1, 0));
        if (array) a.emit(Encoder.sw(T5, T1, Layout.ARRAY_LENGTH));
        a.mv(A0, T1);
        a.ret();
    }

    /**
     * The span is used up. Kernel: OutOfMemoryError (its heap only grows). Otherwise the collector's
     * Gc.alloc(size, sp) finds a block (refilling the span, collecting, or reporting OutOfMemoryError); the frame
     * holds s0..s11 so that the references the caller keeps in them are on the stack the collector scans.
     */
    private static void allocSlow(Linker l, Label slow, Label fill) {
        Assembler a = l.asm();
        a.bind(slow);
        if (!l.collected()) {
            a.li(A0, 0);
            a.j(l.faultMethod("outOfMemory", "(Ljava/lang/String;)V"));
            return;
        }
        a.emit(Encoder.addi(SP, SP, -SLOW_FRAME));
        a.emit(Encoder.sd(RA, SP, 0));
        a.emit(Encoder.sd(A0, SP, 8));
        a.emit(Encoder.sd(A1, SP, 16));
        a.emit(Encoder.sd(T5, SP, 24));
        for (int k = 0; k < 12; k++) a.emit(Encoder.sd(sReg(k), SP, 32 + 8L * k));
        a.mv(A0, A1);
        a.mv(A1, SP);
        a.jal(RA, l.gcAlloc());
        a.mv(T1, A0);
        a.emit(Encoder.ld(RA, SP, 0));
        a.emit(Encoder.ld(A0, SP, 8));
        a.emit(Encoder.ld(A1, SP, 16));
        a.emit(Encoder.ld(T5, SP, 24));
        a.emit(Encoder.addi(SP, SP, SLOW_FRAME));
        a.emit(Encoder.add(T2, T1, A1));
        a.j(fill);
    }

    private static final int SLOW_FRAME = 128;

    /** s0..s11 are x8, x9, x18..x27. */
    private static int sReg(int k) {
        return k < 2 ? S0 + k : S2 + k - 2;
    }

    /**
     * User profile: EXIT (a0 = status &amp; 0xff) never returns; if it did, the loop asks again. rt_fault: ebreak,
     * which the kernel takes as a fault of the thread (the report is already on the console). rt_syscall: the
     * nine words of a long[] (a0..a7, t1) in and out around one ecall, t0 = number; t2 holds the array across
     * it and ra the return address (the syscall ABI preserves both; it clobbers t3..t6, which a caller of any
     * routine treats as clobbered anyway). rt_ecall (a program placed in the kernel only): the register-form system
     * call's way in, t0 and a0..a7 set by the compiled code (codegen.CallLowering), which calls it as a routine.
     */
    private static void emitUserExit(Linker l) {
        Assembler a = l.asm();
        Label exit = a.label("rt_exit");
        a.bind(exit);
        a.emit(Encoder.andi(A0, A0, 0xff));
        a.li(T0, SYS_EXIT);
        enterKernel(l);
        a.j(exit);
        l.symbol("rt_exit", exit, true);
        Label fault = a.label("rt_fault");
        a.bind(fault);
        a.emit(Encoder.ebreak());
        a.j(fault);
        l.symbol("rt_fault", fault, true);
        Label syscall = a.label("rt_syscall");
        a.bind(syscall);
        a.mv(T0, A0);
        a.emit(Encoder.addi(T2, A1, Layout.ARRAY_DATA));
        for (int k = 0; k < 8; k++) a.emit(Encoder.ld(A0 + k, T2, 8L * k));
        enterKernel(l);
        for (int k = 0; k < 8; k++) a.emit(Encoder.sd(A0 + k, T2, 8L * k));
        a.emit(Encoder.sd(T1, T2, 64));
        a.ret();
        l.symbol("rt_syscall", syscall, true);
        if (!l.inKernel()) return; // a user process's register-form system calls are an inline ecall
        Label ecall = a.label("rt_ecall");
        a.bind(ecall);
        enterKernel(l);
        a.ret();
        l.symbol("rt_ecall", ecall, true);
    }

    /**
     * A system call's way into the kernel. A user process: ecall. A program placed in the kernel runs in S-mode and
     * may do in software what the hart does for an ecall (privileged specification, "Supervisor Trap Handling"):
     * SPIE = SIE, SIE = 0, SPP = S, sepc = the address of an ecall, scause = 9 (environment call from S-mode), then
     * a jump to stvec, whose glue saves the registers into the frame sscratch names as for any trap. The kernel
     * resumes at sepc + 4, after the ecall that is never executed. No trap is taken: calling the kernel from inside
     * it is a jump, as in a monolithic kernel. Clobbers t3 and t4 (caller-saved; the kernel sees them in the frame).
     */
    private static void enterKernel(Linker l) {
        Assembler a = l.asm();
        if (!l.inKernel()) {
            a.emit(Encoder.ecall());
            return;
        }
        Label site = a.newLabel(null);
        a.emit(Encoder.csrrci(T3, SSTATUS, (int) Csr.STATUS_SIE)); // no interrupt from here on
        a.emit(Encoder.andi(T3, T3, Csr.STATUS_SIE));
        a.emit(Encoder.slli(T3, T3, Long.numberOfTrailingZeros(Csr.STATUS_SPIE) - 1)); // SIE's value, at SPIE
        a.emit(Encoder.ori(T3, T3, Csr.STATUS_SPP));
        a.li(T4, Csr.STATUS_SPIE);
        a.emit(Encoder.csrrc(ZERO, SSTATUS, T4));
        a.emit(Encoder.csrrs(ZERO, SSTATUS, T3));
        a.la(T3, site);
        a.emit(Encoder.csrrw(ZERO, SEPC, T3));
        a.li(T3, Cause.ECALL_FROM_S);
        a.emit(Encoder.csrrw(ZERO, SCAUSE, T3));
        a.emit(Encoder.csrrs(T3, STVEC, ZERO));
        a.emit(Encoder.jalr(ZERO, T3, 0));
        a.bind(site);
        a.emit(Encoder.ecall()); // never executed: sepc names it, the kernel resumes after it
    }

    private static final int SSTATUS = Csr.SSTATUS, SEPC = Csr.SEPC, SCAUSE = Csr.SCAUSE, STVEC = Csr.STVEC;

    private static void emitExit(Linker l) {
        Assembler a = l.asm();
        Label exit = a.label("rt_exit");
        Label fail = a.newLabel(null), hang = a.newLabel(null);
        a.bind(exit);
        a.bind(a.label("rt_fault")); // a fault report ends like exit(status)
        a.li(T0, Virt.FINISHER_BASE);
        a.emit(Encoder.andi(A0, A0, 0xff));
        a.bne(A0, ZERO, fail);
        a.li(T1, Finisher.PASS);
        a.emit(Encoder.sw(T1, T0, 0));
        a.j(hang);
        a.bind(fail);
        a.emit(Encoder.slli(T1, A0, Finisher.CODE_SHIFT));
        a.li(T2, Finisher.FAIL);
        a.emit(Encoder.or(T1, T1, T2));
        a.emit(Encoder.sw(T1, T0, 0));
        a.bind(hang);
        a.emit(Encoder.wfi());
        a.j(hang);
        l.symbol("rt_exit", exit, true);
    }

    static void emitInitRoutine(Linker l, Layout.ClassInfo ci) {
        Assembler a = l.asm();
        Label init = l.initRoutine(ci.name());
        Label done = a.newLabel(null);
        a.bind(init);
        a.la(T0, l.initFlag(ci.name()));
        a.emit(Encoder.ld(T1, T0, 0));
        a.bne(T1, ZERO, done);
        a.li(T1, 1);
        a.emit(Encoder.sd(T1, T0, 0));
        a.emit(Encoder.addi(SP, SP, -16));
        a.emit(Encoder.sd(RA, SP, 8));
        if (ci.superInfo != null && ci.superInfo.needsInit) a.jal(RA, l.initRoutine(ci.superInfo.name()));
        if (ci.hasClinit()) {
            a.jal(RA, l.method(new ClassPool.MethodRef(ci.node, ClassPool.declared(ci.node, "<clinit>", "()V"))));
        }
        a.emit(Encoder.ld(RA, SP, 8));
        a.emit(Encoder.addi(SP, SP, 16));
        a.bind(done);
        a.ret();
        Label end = a.newLabel(null);
        a.bind(end);
        // an exception from <clinit> unwinds through this frame (16 bytes, ra at 8); no trace shows it
        l.frame(new org.mkplay.toolchain.layout.Unwind.Frame(
                init, end, 16, 8, 16, 0, null, org.mkplay.toolchain.layout.Unwind.LIBRARY));
        l.symbol("init " + ci.name().replace('/', '.'), init, true);
    }
}
