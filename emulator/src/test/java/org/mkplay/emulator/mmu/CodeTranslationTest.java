package org.mkplay.emulator.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.emulator.mmu.PageTables.*;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;
import org.mkplay.emulator.cpu.Privilege;
import org.mkplay.emulator.cpu.Rig;
import org.mkplay.riscv.priv.Csr;

/**
 * Decoded code belongs to physical pages, not to virtual addresses: the same virtual address runs
 * whatever the current translation maps there, after a {@code satp} switch (another ASID) made elsewhere
 * or by an instruction on that very page, and after a PTE change made visible by {@code sfence.vma}
 * (privileged spec 4.2.1).
 */
class CodeTranslationTest {
    private static final long RAM = Rig.RAM;
    private static final long VA = 0x4000_0000L;
    private static final long FRAME_A = RAM + 0x20_0000, FRAME_B = RAM + 0x20_1000;
    private final Rig rig = new Rig(8);
    private final PageTables first = new PageTables(rig, RAM + 0x40_0000);
    private final PageTables second = new PageTables(rig, RAM + 0x50_0000);

    CodeTranslationTest() {
        for (PageTables tables : new PageTables[] {first, second}) {
            tables.map(RAM, RAM, GIGAPAGE, R | W | X | A | D | G); // code, handlers, tables
        }
        first.map(VA, FRAME_A, PAGE_4K, R | X | A);
        second.map(VA, FRAME_B, PAGE_4K, R | X | A);
        rig.at(FRAME_A).emit(addi(A0, ZERO, 1), jalr(ZERO, RA, 0));
        rig.at(FRAME_B).emit(addi(A0, ZERO, 2), jalr(ZERO, RA, 0));
        rig.at(Rig.CODE);
    }

    @Test
    void aSatpSwitchRunsTheOtherAddressSpacesCodeAtTheSameVirtualAddress() {
        rig.csrw(Csr.SATP, first.satp(1)).dropTo(Privilege.SUPERVISOR);
        rig.li(A1, VA).emit(jalr(RA, A1, 0), addi(A5, A0, 0));
        rig.li(T0, second.satp(2)).emit(csrw(Csr.SATP, T0), jalr(RA, A1, 0), addi(A6, A0, 0));
        rig.li(T0, first.satp(1)).emit(csrw(Csr.SATP, T0), jalr(RA, A1, 0), addi(A7, A0, 0));
        long end = rig.stop();
        rig.run(10_000);
        assertEquals(end, rig.pc());
        assertEquals(1, rig.x(A5));
        assertEquals(2, rig.x(A6), "ASID 2 maps VA to frame B");
        assertEquals(1, rig.x(A7), "back in ASID 1");
    }

    @Test
    void aSatpSwitchInsideThePageContinuesInTheNewMapping() {
        // the same csrw at VA in both frames: the instruction after it comes from the other address space's frame
        rig.at(FRAME_A).emit(csrw(Csr.SATP, T0), addi(A0, ZERO, 1), jalr(ZERO, RA, 0));
        rig.at(FRAME_B).emit(csrw(Csr.SATP, T0), addi(A0, ZERO, 2), jalr(ZERO, RA, 0));
        rig.at(Rig.CODE).csrw(Csr.SATP, first.satp(1)).dropTo(Privilege.SUPERVISOR);
        rig.li(T0, second.satp(2)).li(A1, VA).emit(jalr(RA, A1, 0));
        long end = rig.stop();
        rig.run(10_000);
        assertEquals(end, rig.pc());
        assertEquals(2, rig.x(A0), "fetched from frame B after the switch");
    }

    @Test
    void aPteChangeAfterSfenceVmaRunsTheNewFrame() {
        rig.csrw(Csr.SATP, first.satp(1)).dropTo(Privilege.SUPERVISOR);
        rig.li(A1, VA).emit(jalr(RA, A1, 0), addi(A5, A0, 0));
        rig.li(A2, first.pteAddress(VA, PAGE_4K)).li(A3, (FRAME_B >>> 12) << 10 | R | X | A | V);
        rig.emit(sd(A3, A2, 0), sfenceVma(A1, ZERO), jalr(RA, A1, 0), addi(A6, A0, 0));
        long end = rig.stop();
        rig.run(10_000);
        assertEquals(end, rig.pc());
        assertEquals(1, rig.x(A5));
        assertEquals(2, rig.x(A6), "the remapped page's code");
    }
}
