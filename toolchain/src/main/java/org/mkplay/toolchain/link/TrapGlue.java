package org.mkplay.toolchain.link;

import static org.mkplay.riscv.isa.Reg.*;

import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Csr;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.layout.LinkLabels;

/**
 * The S-mode trap entry and exit around the kernel's {@code @TrapHandler} method, and its
 * {@code @SyscallHandler} if it has one (kernel profile). Frame
 * layout as org.mkplay.vmmagic.Trap documents it: slot 0 the handler's stack top, slot k register xk, then
 * sepc and sstatus. Two ways through, chosen by scause (docs/kernel.md, *Entering and leaving U-mode*):
 * <pre>
 * trap_entry:  csrrw t6, sscratch, t6        t6 = frame, sscratch = interrupted t6
 *              sd t0; t0 = scause - 8; bnez t0, full
 * lean (ecall from U, a system call):
 *              csrw sscratch, t6             sscratch = the frame again (the caller's t6 is clobbered)
 *              sd ra, sp, t1, t2, a0..a7 (not sepc)
 *              ld sp, 0(t6); mv a0, t6; call the syscall handler (the trap handler if there is none)
 *              if a0 != sscratch: sd sepc + 4, gp, tp, s0..s11 and zero as t3..t6 into the frame sscratch names;
 *                             j restore
 *              sepc += 4 (past the ecall); ld ra, sp, t0, t1, t2, a0..a7 from a0's frame; t3..t6 = 0; sret
 * full (interrupts, faults, an ecall from S):
 *              sd x1..x30 (t0 done); sd (sscratch) as x31; sd sepc, sstatus
 *              ld sp, 0(t6); mv a0, t6; call handler
 * restore:     mv t6, a0; csrw sscratch, t6  the returned frame is resumed and takes the next trap
 *              csrw sepc, sstatus from it; ld x1..x30; ld t6 last; sret
 * </pre>
 * The lean way saves only what a system call reads (t0, a0..a7) and what the syscall ABI preserves but the
 * handler's own code does not (ra, sp, t1, t2); the callee-saved registers (s0..s11, by the standard calling
 * convention the handler is compiled with) and gp and tp (which compiled kernel code never writes) still hold
 * the caller's values when the handler returns. If the handler returns the same frame they are simply left in
 * place; if it returns another (a context switch, or the kernel reset this thread's frame and pointed sscratch
 * elsewhere), they are stored into the frame sscratch names, the thread that trapped, before the other frame is
 * restored in full, so a frame not running always holds its thread's whole register file. A system call clobbers
 * t3..t6 (zero on return: no kernel value reaches user space; a thread switched out in a system call gets zero
 * stored there, or its full restore would give back what they held at its last interrupt) and does not touch the frame's sstatus, which for a
 * thread in U-mode always says U-mode with SPIE (the kernel keeps it so); the hart's sstatus at the lean exit is
 * the one the ecall set (SPP = U, SPIE as before, SIE off), so sret needs no write of it. Nor is sepc saved on the
 * way in: the handler takes no trap, so the hart's sepc is still the ecall's address when it returns, and the glue
 * moves it past the ecall there (the same frame) or stores it so moved into the frame of the thread that trapped (a
 * switch). While a system call runs, its thread's frame therefore does not hold its pc; the kernel never reads it
 * there.
 *
 * <p>sstatus is restored before the registers on the full way, with the SIE it had at the trap (0: the hart
 * cleared it on entry), so no interrupt arrives while the registers are half restored; sret then sets SIE from
 * SPIE.
 */
final class TrapGlue {
    private static final int SSTATUS = Csr.SSTATUS, SSCRATCH = Csr.SSCRATCH, SEPC = Csr.SEPC, SCAUSE = Csr.SCAUSE;
    private static final int EPC = 8 * 32, STATUS = 8 * 33;
    /** scause of an ecall from U-mode (privileged specification, exception code 8). */
    private static final int ECALL_FROM_U = 8;

    private TrapGlue() {}

    /**
     * The glue around {@code handler} (the {@code @TrapHandler}); {@code syscalls} (the {@code @SyscallHandler}, or
     * null: the trap handler takes them too) is the method the lean way calls.
     */
    static void emit(Linker l, ClassPool.MethodRef handler, ClassPool.MethodRef syscalls) {
        Assembler a = l.asm();
        Label entry = a.label(LinkLabels.TRAP_ENTRY);
        Label full = a.newLabel(null), restore = a.newLabel(null), switched = a.newLabel(null);
        a.align(4); // stvec's low two bits are the mode (0 = direct)
        a.bind(entry);
        a.emit(Encoder.csrrw(T6, SSCRATCH, T6));
        a.emit(Encoder.sd(T0, T6, 8L * T0));
        a.emit(Encoder.csrrs(T0, SCAUSE, ZERO));
        a.emit(Encoder.addi(T0, T0, -ECALL_FROM_U));
        a.bne(T0, ZERO, full);
        lean(l, syscalls != null ? syscalls : handler, restore, switched);
        a.bind(full);
        for (int x = 1; x <= 30; x++) if (x != T0) a.emit(Encoder.sd(x, T6, 8L * x));
        a.emit(Encoder.csrrs(T5, SSCRATCH, ZERO));
        a.emit(Encoder.sd(T5, T6, 8L * T6));
        a.emit(Encoder.csrrs(T5, SEPC, ZERO));
        a.emit(Encoder.sd(T5, T6, EPC));
        a.emit(Encoder.csrrs(T5, SSTATUS, ZERO));
        a.emit(Encoder.sd(T5, T6, STATUS));
        a.emit(Encoder.ld(SP, T6, 0));
        a.mv(A0, T6);
        a.jal(RA, l.method(handler));
        a.bind(restore);
        a.mv(T6, A0);
        a.emit(Encoder.csrrw(ZERO, SSCRATCH, T6));
        a.emit(Encoder.ld(T5, T6, EPC));
        a.emit(Encoder.csrrw(ZERO, SEPC, T5));
        a.emit(Encoder.ld(T5, T6, STATUS));
        a.emit(Encoder.csrrw(ZERO, SSTATUS, T5));
        for (int x = 1; x <= 30; x++) a.emit(Encoder.ld(x, T6, 8L * x));
        a.emit(Encoder.ld(T6, T6, 8L * T6));
        a.emit(Encoder.sret());
        l.symbol(LinkLabels.TRAP_ENTRY, entry, true);
    }

    /** The system call's way (t6 = the frame, t0 saved): see the class comment. */
    private static void lean(Linker l, ClassPool.MethodRef handler, Label restore, Label switched) {
        Assembler a = l.asm();
        a.emit(Encoder.csrrw(ZERO, SSCRATCH, T6));
        for (int x : SAVED_BY_GLUE) a.emit(Encoder.sd(x, T6, 8L * x));
        a.emit(Encoder.ld(SP, T6, 0));
        a.mv(A0, T6);
        a.jal(RA, l.method(handler));
        a.emit(Encoder.csrrs(T5, SSCRATCH, ZERO));
        a.bne(A0, T5, switched);
        a.emit(Encoder.csrrs(T5, SEPC, ZERO)); // still the ecall's: the handler takes no trap
        a.emit(Encoder.addi(T5, T5, 4)); // the thread resumes past its ecall
        a.emit(Encoder.csrrw(ZERO, SEPC, T5));
        for (int x : RESTORED_BY_GLUE) a.emit(Encoder.ld(x, A0, 8L * x));
        a.emit(Encoder.ld(A0, A0, 8L * A0)); // the base last
        for (int x = T3; x <= T6; x++) a.mv(x, ZERO);
        a.emit(Encoder.sret());
        a.bind(switched); // t5 = the frame the hart's callee-saved registers, gp and tp belong to
        a.emit(Encoder.csrrs(T4, SEPC, ZERO));
        a.emit(Encoder.addi(T4, T4, 4)); // past the ecall: where that thread resumes
        a.emit(Encoder.sd(T4, T5, EPC));
        for (int x : KEPT_BY_HANDLER) a.emit(Encoder.sd(x, T5, 8L * x));
        for (int x = T3; x <= T6; x++) a.emit(Encoder.sd(ZERO, T5, 8L * x)); // what its call returns there
        a.j(restore);
    }

    /** What the lean way stores besides t0: what a syscall reads and what the handler's code overwrites. */
    private static final int[] SAVED_BY_GLUE = {RA, SP, T1, T2, A0, A1, A2, A3, A4, A5, A6, A7};
    /** ... and loads back (a0, the base, comes last). */
    private static final int[] RESTORED_BY_GLUE = {RA, SP, T0, T1, T2, A1, A2, A3, A4, A5, A6, A7};
    /** Registers the handler gives back as it found them (callee-saved; gp and tp, which kernel code never writes). */
    private static final int[] KEPT_BY_HANDLER = {GP, TP, S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11};
}
