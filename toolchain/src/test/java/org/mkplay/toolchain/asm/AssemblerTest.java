package org.mkplay.toolchain.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mkplay.riscv.isa.Reg.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.mkplay.riscv.isa.Encoder;

class AssemblerTest {
    private static int word(byte[] image, int offset) {
        return ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).getInt(offset);
    }

    @Test
    void forwardAndBackwardReferencesAreFixedUp() {
        Assembler a = new Assembler(0x80000000L);
        Label end = a.newLabel("end");
        Label top = a.newLabel("top");
        a.bind(top);
        a.beq(A0, A1, end); // 0: forward +12
        a.jal(ZERO, top); // 4: backward -4
        a.la(A2, end); // 8: auipc+addi -> +12 - 8 ... end is at 16
        a.bind(end); // 16
        a.ret();
        byte[] img = a.finish();
        assertEquals(Encoder.beq(A0, A1, 16), word(img, 0));
        assertEquals(Encoder.jal(ZERO, -4), word(img, 4));
        assertEquals(Encoder.auipc(A2, 0), word(img, 8));
        assertEquals(Encoder.addi(A2, A2, 8), word(img, 12));
    }

    @Test
    void pcRelativePairsHandleNegativeLowParts() {
        Assembler a = new Assembler(0x80000000L);
        Label far = a.newLabel("far");
        a.la(A0, far);
        a.zeros(0x800 - 8 + 0x1000);
        a.bind(far); // offset 0x1800: lo12 = -0x800, hi = 2
        byte[] img = a.finish();
        assertEquals(Encoder.auipc(A0, 2), word(img, 0));
        assertEquals(Encoder.addi(A0, A0, -0x800), word(img, 4));
    }

    /** A load or store of a label's word in two instructions: the low part goes into the I or S immediate. */
    @Test
    void loadsAndStoresAtALabelCarryItsLowPart() {
        Assembler a = new Assembler(0x80000000L);
        Label data = a.newLabel("data");
        a.loadLabel(Encoder.lw(A0, A0, 0), A0, data, 0); // 0
        a.storeLabel(Encoder.sd(A1, T0, 0), T0, data, 8); // 8
        a.zeros(0x1800 - 16);
        a.bind(data); // 0x1800: from 0, hi 2 and lo -0x800; the store's +8 from offset 8 is +0x1800 again
        byte[] img = a.finish();
        assertEquals(Encoder.auipc(A0, 2), word(img, 0));
        assertEquals(Encoder.lw(A0, A0, -0x800), word(img, 4));
        assertEquals(Encoder.auipc(T0, 2), word(img, 8));
        assertEquals(Encoder.sd(A1, T0, -0x800), word(img, 12));
    }

    @Test
    void outOfRangeBranchThrows() {
        Assembler a = new Assembler(0);
        Label far = a.newLabel("far");
        a.beq(A0, A1, far);
        a.zeros(5000);
        a.bind(far);
        assertThrows(IllegalArgumentException.class, a::finish);
    }

    @Test
    void undefinedLabelThrows() {
        Assembler a = new Assembler(0);
        a.j(a.newLabel("nowhere"));
        assertThrows(IllegalStateException.class, a::finish);
    }

    @Test
    void dataDirectivesAndAbsoluteAddresses() {
        Assembler a = new Assembler(0x1000);
        a.asciz("hi");
        a.align(8);
        Label l = a.label("here");
        a.bind(l);
        a.dword(l, 4);
        byte[] img = a.finish();
        assertEquals('h', img[0]);
        assertEquals(0, img[2]);
        assertEquals(16, img.length);
        assertEquals(0x1000 + 8 + 4, word(img, 8));
    }
}
