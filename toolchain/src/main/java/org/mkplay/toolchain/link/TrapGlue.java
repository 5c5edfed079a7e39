package org.mkplay.toolchain.link;

import static org.mkplay.riscv.isa.Reg.*;

import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Csr;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.layout.LinkLabels;

/**
 * The S-mode trap entry and exit around the kernel's {@code @TrapHandler} method (kernel profile). Frame
 * layout as org.mkplay.vmmagic.Trap documents it: slot 0 the handler's stack top, slot k register xk, then
 * sepc and sstatus.
 * <pre>
 * trap_entry:  csrrw t6, sscratch, t6        t6 = frame, sscratch = interrupted t6
 *              sd x1..x30, 8*k(t6); sd (sscratch) as x31; sd sepc, sstatus
 *              ld sp, 0(t6); mv a0, t6; call handler
 *              mv t6, a0; csrw sscratch, t6  the returned frame is resumed and takes the next trap
 *              csrw sepc, sstatus from it; ld x1..x30; ld t6 last; sret
 * </pre>
 * sstatus is restored before the registers, with the SIE it had at the trap (0: the hart cleared it on
 * entry), so no interrupt arrives while the registers are half restored; sret then sets SIE from SPIE.
 */
final class TrapGlue {
    private static final int SSTATUS = Csr.SSTATUS, SSCRATCH = Csr.SSCRATCH, SEPC = Csr.SEPC;
    private static final int EPC = 8 * 32, STATUS = 8 * 33;

    private TrapGlue() {}

    static void emit(Linker l, ClassPool.MethodRef handler) {
        Assembler a = l.asm();
        Label entry = a.label(LinkLabels.TRAP_ENTRY);
        a.align(4); // stvec's low two bits are the mode (0 = direct)
        a.bind(entry);
        a.emit(Encoder.csrrw(T6, SSCRATCH, T6));
        for (int x = 1; x <= 30; x++) a.emit(Encoder.sd(x, T6, 8L * x));
        a.emit(Encoder.csrrs(T5, SSCRATCH, ZERO));
        a.emit(Encoder.sd(T5, T6, 8L * T6));
        a.emit(Encoder.csrrs(T5, SEPC, ZERO));
        a.emit(Encoder.sd(T5, T6, EPC));
        a.emit(Encoder.csrrs(T5, SSTATUS, ZERO));
        a.emit(Encoder.sd(T5, T6, STATUS));
        a.emit(Encoder.ld(SP, T6, 0));
        a.mv(A0, T6);
        a.jal(RA, l.method(handler));
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
}
