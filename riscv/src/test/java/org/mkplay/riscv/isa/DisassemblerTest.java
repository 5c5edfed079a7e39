package org.mkplay.riscv.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Readable spot checks; the exhaustive comparison with GNU objdump is DisassemblerDifferentialTest. */
class DisassemblerTest {
    private static String at0(int instruction) {
        return Disassembler.disassemble(instruction, 0);
    }

    @Test
    void lengthComesFromTheLowTwoBits() {
        assertEquals(4, Disassembler.length(0x0013));
        assertEquals(2, Disassembler.length(0x4501));
        assertEquals(2, Disassembler.length(0x0000));
    }

    @Test
    void printsObjdumpAliases() {
        assertEquals("nop", at0(0x00000013));
        assertEquals("li a0,-5", at0(0xffb00513));
        assertEquals("mv a0,a1", at0(0x00058513));
        assertEquals("ret", at0(0x00008067));
        assertEquals("rdtime a1", at0(0xc01025f3));
        assertEquals("csrw mstatus,zero", at0(0x30001073));
        assertEquals("lr.d.aqrl a0,(a1)", at0(0x1605b52f));
        assertEquals("sfence.vma a0,a1", at0(0x12b50073));
    }

    @Test
    void compressedHalfwordsUseTheirBaseAlias() {
        assertEquals("li a0,0", at0(0x4501));
        assertEquals("ret", at0(0x8082));
        assertEquals("add a0,a0,1", at0(0x0505));
        assertEquals("c.nop 1", at0(0x0005));
        assertEquals("unimp", at0(0x0000));
    }

    @Test
    void targetsAreAbsoluteAndWrapAt64Bits() {
        assertEquals("beq a0,a1,0x80000002", Disassembler.disassemble(0xfeb500e3, 0x80000022L));
        assertEquals("beqz zero,0xfffffffffffffffc", at0(0xfe000ee3));
        assertEquals("j 0x4", Disassembler.disassemble(0xbff5, 8));
    }

    @Test
    void unknownEncodingsPrintAsData() {
        assertEquals(".4byte 0x12b5352f", at0(0x12b5352f)); // lr.w with rs2 != 0
        assertEquals(".2byte 0x8114", at0(0x8114));
        assertEquals(".4byte 0x53", at0(0x00000053)); // F extension: not RV64IMAC
    }
}
