package org.mkplay.riscv.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;

/** Encodings checked against words produced by the GNU assembler (riscv64-unknown-elf-as, objdump -d). */
class EncoderTest {
    @Test
    void baseFormsMatchGnuAs() {
        assertEquals(0x00a58533, Encoder.add(A0, A1, A0)); // add a0,a1,a0
        assertEquals(0x40b50533, Encoder.sub(A0, A0, A1)); // sub a0,a0,a1
        assertEquals(0xfff50513, Encoder.addi(A0, A0, -1)); // addi a0,a0,-1
        assertEquals(0x00853583, Encoder.ld(A1, A0, 8)); // ld a1,8(a0)
        assertEquals(0xfeb53c23, Encoder.sd(A1, A0, -8)); // sd a1,-8(a0)
        assertEquals(0x100002b7, Encoder.lui(T0, 0x10000)); // lui t0,0x10000
        assertEquals(0x02b5453b, Encoder.divw(A0, A0, A1)); // divw a0,a0,a1
        assertEquals(0x4035551b, Encoder.sraiw(A0, A0, 3)); // sraiw a0,a0,0x3
        assertEquals(0x03f51513, Encoder.slli(A0, A0, 63)); // slli a0,a0,0x3f
        assertEquals(0x30200073, Encoder.mret());
        assertEquals(0x12000073, Encoder.sfenceVma(0, 0)); // sfence.vma
        assertEquals(0x0ff0000f, Encoder.fence(15, 15)); // fence
        assertEquals(0x30529073, Encoder.csrrw(ZERO, 0x305, T0)); // csrw mtvec,t0
        assertEquals(0x100525af, Encoder.lrW(A1, A0, false, false)); // lr.w a1,(a0)
        assertEquals(0x00b5352f, Encoder.amo(Encoder.AmoOp.ADD, true, A0, A1, A0, false, false)); // amoadd.d a0,a1,(a0)
    }

    @Test
    void branchesAndJumpsEncodeOffsets() {
        assertEquals(0x00b50463, Encoder.beq(A0, A1, 8)); // beq a0,a1,.+8
        assertEquals(0xfeb51ee3, Encoder.bne(A0, A1, -4)); // bne a0,a1,.-4
        assertEquals(0x008000ef, Encoder.jal(RA, 8)); // jal ra,.+8
        assertEquals(0xffdff06f, Encoder.jal(ZERO, -4)); // j .-4
    }

    @Test
    void outOfRangeOperandsNameInstructionAndOperand() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Encoder.addi(A0, A0, 2048));
        assertTrue(e.getMessage().startsWith("addi: operand imm"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Encoder.beq(A0, A0, 4096));
        assertTrue(e.getMessage().startsWith("beq: operand offset"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Encoder.slliw(A0, A0, 32));
        assertTrue(e.getMessage().startsWith("slliw: operand shamt"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Encoder.add(32, 0, 0));
    }

    @Test
    void compressedOperandsAreRangeChecked() {
        assertThrows(IllegalArgumentException.class, () -> Encoder.cLw(A0, T2, 0)); // t2 = x7: no 3-bit field
        assertThrows(IllegalArgumentException.class, () -> Encoder.cLd(A0, A1, 4)); // not a multiple of 8
        assertThrows(IllegalArgumentException.class, () -> Encoder.cLui(SP, 1)); // that is c.addi16sp
        assertThrows(IllegalArgumentException.class, () -> Encoder.cAddi16sp(0)); // reserved
        assertThrows(IllegalArgumentException.class, () -> Encoder.cJ(2048));
        assertThrows(IllegalArgumentException.class, () -> Encoder.cMv(A0, ZERO)); // that is c.jr
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Encoder.cAddi(A0, 32));
        assertTrue(e.getMessage().startsWith("c.addi: operand imm"), e.getMessage());
    }

    @Test
    void compressedHintsAndReservedRegisterChoicesAreEncodedAsAsked() {
        assertEquals(0x400d, Encoder.cLi(ZERO, 3)); // c.li zero,3: a HINT
        assertEquals(0x2005, Encoder.cAddiw(ZERO, 1)); // rd = x0: reserved, the emulator's tests check it traps
        assertEquals(0x4012, Encoder.cLwsp(ZERO, 4)); // rd = x0: reserved
    }

    @Test
    void compressedForms() {
        assertEquals(0x4505, Encoder.cLi(A0, 1)); // c.li a0,1
        assertEquals(0x852e, Encoder.cMv(A0, A1)); // c.mv a0,a1
        assertEquals(0x8082, Encoder.cJr(RA)); // c.jr ra  (ret)
    }
}
