package org.mkplay.web.demo;

import static org.mkplay.riscv.isa.Reg.A0;
import static org.mkplay.riscv.isa.Reg.A1;
import static org.mkplay.riscv.isa.Reg.A2;
import static org.mkplay.riscv.isa.Reg.A3;
import static org.mkplay.riscv.isa.Reg.ZERO;

import org.mkplay.riscv.isa.Encoder;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;

/**
 * CPU-bound benchmark guest "integer-loop": {@link #ITERATIONS} rounds of a 64-bit xorshift step mixed with a
 * multiply (no memory traffic), then prints the state in hex and powers off.
 */
public final class IntegerLoopImage {
    public static final String NAME = "integer-loop";
    public static final int ITERATIONS = 20_000_000;
    public static final long SEED = 0x9E37_79B9_7F4A_7C15L;
    public static final long MULTIPLIER = 0x2545_F491_4F6C_DD1DL;
    /** The xorshift triple (left, right, left). */
    public static final int SHIFT_A = 13, SHIFT_B = 7, SHIFT_C = 17;

    private IntegerLoopImage() {}

    public static byte[] build() {
        return BareMetal.image(IntegerLoopImage::program);
    }

    private static void program(Assembler a) {
        a.li(A0, SEED);
        a.li(A1, ITERATIONS);
        a.li(A3, MULTIPLIER);
        Label loop = a.newLabel("round");
        a.bind(loop);
        xorShift(a, SHIFT_A, true);
        xorShift(a, SHIFT_B, false);
        xorShift(a, SHIFT_C, true);
        a.emit(Encoder.mul(A0, A0, A3));
        a.emit(Encoder.addi(A1, A1, -1));
        a.bne(A1, ZERO, loop);
        BareMetal.printHex(a, A0);
        BareMetal.powerOff(a);
    }

    /** state ^= state << k (left) or state >>> k (right). */
    private static void xorShift(Assembler a, int k, boolean left) {
        a.emit(left ? Encoder.slli(A2, A0, k) : Encoder.srli(A2, A0, k));
        a.emit(Encoder.xor(A0, A0, A2));
    }
}
