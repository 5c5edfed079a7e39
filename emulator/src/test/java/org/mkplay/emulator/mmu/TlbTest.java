package org.mkplay.emulator.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.emulator.mmu.PageTables.*;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;
import org.mkplay.emulator.cpu.Privilege;
import org.mkplay.emulator.cpu.Rig;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Csr;

/**
 * sfence.vma (privileged spec 4.2.1) and ASIDs: what must be seen after a fence, and, through the
 * machine's TLB-miss counter, that translations survive what they are allowed to survive.
 */
class TlbTest {
    static final long RAM = Rig.RAM;
    /** Data pages whose TLB slots differ from each other and from the code page's. */
    static final long X = 0x4001_0000L, Y = 0x4002_0000L, GLOBAL = 0x4003_0000L;

    final Rig rig = new Rig(8);
    final PageTables one = new PageTables(rig, RAM + 0x40_0000);
    final PageTables two = new PageTables(rig, RAM + 0x60_0000);

    TlbTest() {
        for (PageTables tables : new PageTables[] {one, two}) {
            tables.map(RAM, RAM, GIGAPAGE, R | W | X_FLAG | A | D | G);
        }
    }

    private static final long X_FLAG = PageTables.X;

    static long frame(int n) {
        return RAM + 0x20_0000 + 4096L * n;
    }

    long misses() {
        return rig.machine.counters().tlbMisses;
    }

    /** Runs from the current pc to the next {@code j .}; returns how many TLB misses that took. */
    long phase() {
        long before = misses();
        rig.runToStop();
        return misses() - before;
    }

    /** Continues after the {@code j .} the hart stopped on. */
    long nextPhase() {
        rig.hart().setPc(rig.pc() + 4);
        return phase();
    }

    void superviseWith(PageTables tables, int asid) {
        rig.csrw(Csr.SATP, tables.satp(asid)).dropTo(Privilege.SUPERVISOR);
    }

    @Test
    void sfenceByAddressMakesTheNewPteVisible() {
        one.map(X, frame(0), PAGE_4K, R | W | A | D);
        rig.store(frame(0), 8, 1);
        rig.store(frame(1), 8, 2);
        long newPte = (frame(1) >>> 12) << 10 | V | R | W | A | D;
        superviseWith(one, 0);
        rig.li(A1, X).li(A4, one.pteAddress(X, PAGE_4K)).li(A3, newPte);
        rig.emit(ld(A0, A1, 0), sd(A3, A4, 0), sfenceVma(A1, ZERO), ld(A2, A1, 0))
                .stop();
        phase();
        assertEquals(1, rig.x(A0));
        assertEquals(2, rig.x(A2));
    }

    @Test
    void sfenceOfOneAddressInASuperpageFlushesTheWholeSuperpage() {
        long mega = 0x4020_0000L;
        one.map(mega, RAM + 0x20_0000, MEGAPAGE, R | W | A | D);
        rig.store(RAM + 0x20_5000, 8, 1);
        rig.store(RAM + 0x5000, 8, 2); // the remapped megapage starts at RAM
        long newPte = (RAM >>> 12) << 10 | V | R | W | A | D;
        superviseWith(one, 0);
        rig.li(A1, mega + 0x5000)
                .li(A5, mega + 0x1000)
                .li(A4, one.pteAddress(mega, MEGAPAGE))
                .li(A3, newPte);
        rig.emit(ld(A0, A1, 0), ld(A6, A5, 0), sd(A3, A4, 0), sfenceVma(A5, ZERO), ld(A2, A1, 0))
                .stop();
        phase();
        assertEquals(1, rig.x(A0));
        assertEquals(2, rig.x(A2), "the fence named another 4 KiB piece of the same megapage");
    }

    @Test
    void satpSwitchToAnotherAsidAndBackKeepsTranslations() {
        one.map(X, frame(0), PAGE_4K, R | W | A | D);
        two.map(X, frame(1), PAGE_4K, R | W | A | D);
        rig.store(frame(0), 8, 100);
        rig.store(frame(1), 8, 200);
        superviseWith(one, 1);
        rig.li(A1, X).li(S0, one.satp(1)).li(S1, two.satp(2));
        rig.emit(ld(A0, A1, 0), Encoder.csrw(Csr.SATP, S1), ld(A2, A1, 0), Encoder.csrw(Csr.SATP, S0))
                .stop();
        rig.emit(ld(A3, A1, 0)).stop();
        phase();
        long backAgain = nextPhase();
        assertEquals(100, rig.x(A0));
        assertEquals(200, rig.x(A2), "ASID 2 sees its own mapping");
        assertEquals(100, rig.x(A3));
        assertEquals(0, backAgain, "ASID 1's entry survived the switch to ASID 2 and back");
    }

    @Test
    void sfenceByAsidSparesGlobalEntriesAndOtherAsids() {
        one.map(X, frame(0), PAGE_4K, R | W | A | D);
        one.map(GLOBAL, frame(2), PAGE_4K, R | W | A | D | G);
        superviseWith(one, 3);
        rig.li(A1, X).li(A2, GLOBAL).li(A5, 3);
        rig.emit(ld(A0, A1, 0), ld(A0, A2, 0), sfenceVma(ZERO, A5)).stop();
        rig.emit(ld(A0, A2, 0)).stop();
        rig.emit(ld(A0, A1, 0)).stop();
        rig.emit(addi(A5, ZERO, 4), sfenceVma(ZERO, A5)).stop(); // another ASID: nothing of ASID 3 goes
        rig.emit(ld(A0, A1, 0)).stop();
        phase();
        assertEquals(0, nextPhase(), "global entry survives an ASID fence");
        assertEquals(1, nextPhase(), "ASID 3 entry was flushed");
        nextPhase();
        assertEquals(0, nextPhase(), "a fence of ASID 4 keeps ASID 3 entries");
    }

    @Test
    void sfenceByAddressRemovesGlobalEntriesToo() {
        one.map(GLOBAL, frame(2), PAGE_4K, R | W | A | D | G);
        superviseWith(one, 3);
        rig.li(A2, GLOBAL);
        rig.emit(ld(A0, A2, 0), sfenceVma(A2, ZERO)).stop();
        rig.emit(ld(A0, A2, 0)).stop();
        phase();
        assertEquals(1, nextPhase());
    }

    @Test
    void fullSfenceFlushesEverything() {
        one.map(X, frame(0), PAGE_4K, R | W | A | D);
        one.map(GLOBAL, frame(2), PAGE_4K, R | W | A | D | G);
        superviseWith(one, 3);
        rig.li(A1, X).li(A2, GLOBAL);
        rig.emit(ld(A0, A1, 0), ld(A0, A2, 0)).stop();
        rig.emit(sfenceVma(ZERO, ZERO), ld(A0, A1, 0), ld(A0, A2, 0)).stop();
        phase();
        long misses = nextPhase();
        assertTrue(misses >= 2, "both data pages walked again (and the code page): " + misses);
    }

    @Test
    void repeatedAccessesHitTheTlb() {
        one.map(X, frame(0), PAGE_4K, R | W | A | D);
        one.map(Y, frame(1), PAGE_4K, R | W | A | D);
        superviseWith(one, 0);
        rig.li(A1, X).li(A2, Y).emit(ld(A0, A1, 0), ld(A0, A2, 0)).stop();
        for (int i = 0; i < 10; i++) {
            rig.emit(ld(A0, A1, 8 * i), sd(A0, A2, 8 * i));
        }
        rig.stop();
        phase();
        assertEquals(0, nextPhase());
    }
}
