package org.mkplay.web.demo;

import static org.mkplay.toolchain.asm.Reg.A0;
import static org.mkplay.toolchain.asm.Reg.A1;
import static org.mkplay.toolchain.asm.Reg.A2;
import static org.mkplay.toolchain.asm.Reg.A3;
import static org.mkplay.toolchain.asm.Reg.S0;
import static org.mkplay.toolchain.asm.Reg.T1;
import static org.mkplay.toolchain.asm.Reg.ZERO;

import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Encoder;
import org.mkplay.toolchain.asm.Label;

/**
 * CPU-bound benchmark guest "integer-loop": {@link #ITERATIONS} rounds of a 64-bit xorshift step mixed with a
 * multiply and add (no memory traffic), then prints the low byte of the state as a letter and powers off.
 */
public final class IntegerLoopImage {
    public static final String NAME = "integer-loop";
    public static final int ITERATIONS = 2_000_000;

    private IntegerLoopImage() {}

    public static byte[] build() {
        return BareMetal.image(IntegerLoopImage::program);
    }

    private static void program(Assembler a) {
        a.li(A0, 0x9E37_79B9_7F4A_7C15L);
        a.li(A1, ITERATIONS);
        a.li(A3, 0x2545_F491_4F6C_DD1DL);
        Label loop = a.newLabel("round");
        a.bind(loop);
        xorShift(a, 13, true);
        xorShift(a, 7, false);
        xorShift(a, 17, true);
        a.emit(Encoder.mul(A0, A0, A3));
        a.emit(Encoder.addi(A1, A1, -1));
        a.bne(A1, ZERO, loop);
        printLetter(a);
        BareMetal.powerOff(a);
    }

    /** state ^= state << k (left) or state >>> k (right). */
    private static void xorShift(Assembler a, int k, boolean left) {
        a.emit(left ? Encoder.slli(A2, A0, k) : Encoder.srli(A2, A0, k));
        a.emit(Encoder.xor(A0, A0, A2));
    }

    /** Prints 'a' + (state mod 26) and a newline, so the result depends on every round. */
    private static void printLetter(Assembler a) {
        a.li(S0, BareMetal.UART);
        a.emit(Encoder.andi(A2, A0, 0xff));
        a.li(T1, 26);
        a.emit(Encoder.remu(A2, A2, T1));
        a.emit(Encoder.addi(A2, A2, 'a'));
        BareMetal.waitTransmitterEmpty(a, S0);
        a.emit(Encoder.sb(A2, S0, 0));
        a.li(A2, '\n');
        BareMetal.waitTransmitterEmpty(a, S0);
        a.emit(Encoder.sb(A2, S0, 0));
    }
}
