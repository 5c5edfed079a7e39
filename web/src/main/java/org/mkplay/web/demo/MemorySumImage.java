package org.mkplay.web.demo;

import static org.mkplay.riscv.isa.Reg.A0;
import static org.mkplay.riscv.isa.Reg.S1;
import static org.mkplay.riscv.isa.Reg.T0;
import static org.mkplay.riscv.isa.Reg.T1;
import static org.mkplay.riscv.isa.Reg.T2;
import static org.mkplay.riscv.isa.Reg.T3;
import static org.mkplay.riscv.isa.Reg.ZERO;

import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;

/**
 * Memory-bound benchmark guest "memory-sum": in round r (from {@link #ROUNDS} down to 1) it stores r, 2r, 3r ...
 * into a {@link #BUFFER_BYTES} buffer of doublewords, then loads and adds them all up; finally it prints the total
 * in hex and powers off.
 */
public final class MemorySumImage {
    public static final String NAME = "memory-sum";
    public static final int ROUNDS = 400;
    public static final int BUFFER_BYTES = 256 * 1024;
    /** Well above the code and the stack (which ends 1 MiB into RAM). */
    static final long BUFFER = Virt.RAM_BASE + 0x20_0000L;

    private MemorySumImage() {}

    public static byte[] build() {
        return BareMetal.image(MemorySumImage::program);
    }

    private static void program(Assembler a) {
        a.li(A0, 0);
        a.li(S1, ROUNDS);
        a.li(T1, BUFFER + BUFFER_BYTES);
        Label round = a.newLabel("round");
        a.bind(round);
        fill(a);
        sum(a);
        a.emit(Encoder.addi(S1, S1, -1));
        a.bne(S1, ZERO, round);
        BareMetal.printHex(a, A0);
        BareMetal.powerOff(a);
    }

    /** buffer[k] = r * (k + 1), for the round number r in s1. */
    private static void fill(Assembler a) {
        a.li(T0, BUFFER);
        a.mv(T2, S1);
        Label store = a.newLabel("fill");
        a.bind(store);
        a.emit(Encoder.sd(T2, T0, 0));
        a.emit(Encoder.add(T2, T2, S1));
        a.emit(Encoder.addi(T0, T0, 8));
        a.bne(T0, T1, store);
    }

    /** a0 += every doubleword of the buffer. */
    private static void sum(Assembler a) {
        a.li(T0, BUFFER);
        Label load = a.newLabel("sum");
        a.bind(load);
        a.emit(Encoder.ld(T3, T0, 0));
        a.emit(Encoder.add(A0, A0, T3));
        a.emit(Encoder.addi(T0, T0, 8));
        a.bne(T0, T1, load);
    }
}
