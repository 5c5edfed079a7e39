package org.mkplay.kernel;

import static org.mkplay.riscv.board.PlicRegisters.*;
import static org.mkplay.riscv.priv.Csr.IRQ_SEI;
import static org.mkplay.riscv.priv.Csr.SIE;

import org.mkplay.riscv.board.PlicRegisters;
import org.mkplay.riscv.board.Virt;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Csr;

/**
 * The kernel's driver of the PLIC ({@link Virt#PLIC_BASE}; registers and contexts as {@link PlicRegisters}
 * names them), used only for interrupts bound to user space: hart 0's S-mode context (1), every source at
 * priority 1 once enabled, threshold 0. The kernel maps the three register pages it touches only when a system
 * grants an IRQ capability ({@link #init}); without one the PLIC stays unmapped, as before.
 */
public final class Plic {
    private Plic() {}

    static final Address BASE = Address.fromLong(Virt.PLIC_BASE);
    /** Offsets (they fit an int, as Address offsets must) of context 1's enable bits and of its window. */
    static final int ENABLE = (int) (ENABLE_BASE + ENABLE_STRIDE * CONTEXT_S);

    static final int CONTEXT = (int) (CONTEXT_BASE + CONTEXT_STRIDE * CONTEXT_S);
    static final int THRESHOLD_S = CONTEXT + (int) THRESHOLD, CLAIM_S = CONTEXT + (int) CLAIM_COMPLETE;

    /** Maps the priority, enable and S-context pages into the kernel's space, threshold 0, SEIE on. */
    static void init() {
        mapPage(PRIORITY_BASE);
        mapPage(ENABLE & -Frames.FRAME_SIZE);
        mapPage(CONTEXT);
        Cpu.sfenceVma();
        BASE.storeInt(THRESHOLD_S, 0);
        Csr.setBits(SIE, IRQ_SEI);
    }

    private static void mapPage(long offset) {
        long page = Virt.PLIC_BASE + offset;
        Vm.mapRange(Vm.root(), page, page + Frames.FRAME_SIZE, Vm.READ_WRITE);
    }

    /** The source may interrupt S-mode: priority 1 and its enable bit. */
    static void enable(int source) {
        BASE.storeInt((int) PRIORITY_BASE + 4 * source, 1);
        int word = ENABLE + 4 * (source / 32);
        BASE.storeInt(word, BASE.loadInt(word) | 1 << source % 32);
    }

    /** The highest-priority pending source, now claimed (0: none). */
    static int claim() {
        return BASE.loadInt(CLAIM_S);
    }

    /** The claim of {@code source} is over: it may interrupt again. */
    static void complete(int source) {
        BASE.storeInt(CLAIM_S, source);
    }
}
