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
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/** Sv39 translation and protection as seen by S-, U- and MPRV M-mode code (privileged spec 3.1.6.3, 4.3, 4.4). */
class Sv39Test {
    static final long RAM = Rig.RAM;
    /** Physical pages for test data, above the code and below the page-table pool. */
    static final long FRAMES = RAM + 0x20_0000;

    static final long VA = 0x4000_0000L;

    final Rig rig = new Rig(8);
    final PageTables tables = new PageTables(rig, RAM + 0x40_0000);

    Sv39Test() {
        // all of RAM identity-mapped by one global gigapage: code, handlers and the tables themselves
        tables.map(RAM, RAM, GIGAPAGE, R | W | X | A | D | G);
    }

    static long frame(int n) {
        return FRAMES + 4096L * n;
    }

    /** Turns on translation with {@code asid} and continues in {@code privilege} right after. */
    void enter(int privilege, int asid) {
        rig.csrw(Csr.SATP, tables.satp(asid)).dropTo(privilege);
    }

    /** Runs an S-mode {@code ld a0, 0(a1)} of {@code va}; returns a0, or fails if it trapped. */
    long supervisorLoad(long va) {
        enter(Privilege.SUPERVISOR, 0);
        rig.li(A1, va).emit(ld(A0, A1, 0));
        long end = rig.stop();
        rig.runToStop();
        assertEquals(
                end,
                rig.pc(),
                "no trap; mcause " + rig.csr(Csr.MCAUSE) + " mtval " + Long.toHexString(rig.csr(Csr.MTVAL)));
        return rig.x(A0);
    }

    @Test
    void aByteStoreThroughAnotherMappingLandsAfterTheBytesStoredThroughTheFirst() {
        // VA, VA + 4 KiB and VA + 8 KiB map one frame. The loop stores bytes through VA (its page in the store fast
        // cache: the block engine logs them); the store after it goes through another mapping, misses the fast
        // cache and takes the slow path, to a byte the loop stored: it lands last. Twice round, so that the second
        // time the loop's exit is a link followed (the first time, a look-up), and through a mapping not used yet
        for (int page = 0; page < 3; page++) {
            tables.map(VA + 4096L * page, frame(0), PAGE_4K, R | W | A | D);
        }
        enter(Privilege.SUPERVISOR, 0);
        rig.li(A1, VA + 64)
                .li(A2, 0x11)
                .li(A3, 0x22)
                .li(A4, VA + 4096 + 5)
                .li(T2, 4096)
                .li(A5, 2);
        long outer = rig.here();
        rig.li(A0, VA);
        long loop = rig.here();
        rig.emit(sb(A2, A0, 0), addi(A0, A0, 1), bne(A0, A1, loop - (rig.here() + 8)));
        rig.emit(sb(A3, A4, 0), add(A4, A4, T2), addi(A5, A5, -1), bne(A5, ZERO, outer - (rig.here() + 12)));
        long end = rig.stop();
        rig.run(100_000);
        assertEquals(end, rig.pc());
        for (int at = 0; at < 64; at++) {
            assertEquals(at == 5 ? 0x22 : 0x11, rig.load(frame(0) + at, 1), "byte " + at);
        }
    }

    @Test
    void translatedAccessesSeeFastCachesOf256EntriesSoTheTlbCountersStayAsTheyWere() {
        // two pages 256 pages apart share a slot of a 256-entry fast cache: each load evicts the other's entry and
        // misses, counting a TLB look-up; two neighbouring pages do not (the caches have 32,768 entries)
        long apart = lookUps(VA + 256 * 4096L), beside = lookUps(VA + 4096);
        assertTrue(apart >= 2 * 100, "a look-up for every load (and a few fetches): " + apart);
        assertTrue(beside < 10, "a look-up for the first load of each page (and a few fetches): " + beside);
    }

    /** TLB look-ups of an S-mode loop of 100 loads from VA and 100 from {@code other}, on a fresh rig. */
    private static long lookUps(long other) {
        Sv39Test test = new Sv39Test();
        test.tables.map(VA, frame(0), PAGE_4K, R | A).map(other, frame(1), PAGE_4K, R | A);
        test.rig.set(A1, VA).set(A2, other).set(A3, 100);
        test.enter(Privilege.SUPERVISOR, 0);
        long loop = test.rig.here();
        test.rig.emit(ld(A0, A1, 0), ld(A0, A2, 0), addi(A3, A3, -1), bne(A3, ZERO, loop - (test.rig.here() + 12)));
        long end = test.rig.stop();
        test.rig.run(100_000);
        assertEquals(end, test.rig.pc());
        return test.rig.machine.counters().tlbHits + test.rig.machine.counters().tlbMisses;
    }

    /** Asserts the program trapped to M with {@code cause}, mtval {@code tval} and mepc {@code epc}. */
    void assertFault(int cause, long tval, long epc) {
        assertEquals(Rig.M_TRAP, rig.pc(), "trapped to M");
        assertEquals(cause, rig.csr(Csr.MCAUSE));
        assertEquals(tval, rig.csr(Csr.MTVAL), "mtval");
        assertEquals(epc, rig.csr(Csr.MEPC), "mepc");
    }

    /** An access ({@code instruction} with a1 = va) in {@code privilege} under the tables; returns where it was. */
    long access(int privilege, int instruction, long va) {
        enter(privilege, 0);
        rig.li(A1, va);
        long at = rig.here();
        rig.emit(instruction).stop();
        rig.runToStop();
        return at;
    }

    @Test
    void fourKilobytePage() {
        tables.map(VA + 0x5000, frame(3), PAGE_4K, R | W);
        rig.store(frame(3) + 0x7F8, 8, 0x1122_3344_5566_7788L);
        assertEquals(0x1122_3344_5566_7788L, supervisorLoad(VA + 0x57F8));
    }

    @Test
    void megapageKeepsTheLowTwentyOneBits() {
        long pa = RAM + 0x20_0000; // 2 MiB aligned
        tables.map(VA + 0x20_0000, pa, MEGAPAGE, R);
        rig.store(pa + 0x1_2348, 8, 42);
        assertEquals(42, supervisorLoad(VA + 0x20_0000 + 0x1_2348));
    }

    @Test
    void gigapageKeepsTheLowThirtyBits() {
        tables.map(0x1_0000_0000L, RAM, GIGAPAGE, R);
        rig.store(RAM + 0x31_2340, 8, 77);
        assertEquals(77, supervisorLoad(0x1_0000_0000L + 0x31_2340));
    }

    @Test
    void highHalfAddressesTranslate() {
        long high = 0xFFFF_FFC0_0000_0000L; // the first canonical address with bit 38 set
        tables.map(high + 0x3000, frame(1), PAGE_4K, R);
        rig.store(frame(1) + 8, 8, -5);
        assertEquals(-5, supervisorLoad(high + 0x3008));
    }

    @Test
    void unmappedLoadStoreAndFetchFaultWithTheAddress() {
        long at = access(Privilege.SUPERVISOR, ld(A0, A1, 0), VA + 0x123);
        assertFault(Cause.LOAD_PAGE_FAULT, VA + 0x123, at);
        Sv39Test store = new Sv39Test();
        at = store.access(Privilege.SUPERVISOR, sd(A0, A1, 0), VA + 0x456);
        store.assertFault(Cause.STORE_PAGE_FAULT, VA + 0x456, at);
        Sv39Test fetch = new Sv39Test();
        fetch.access(Privilege.SUPERVISOR, jalr(ZERO, A1, 0), VA + 0x10);
        fetch.assertFault(Cause.INSTRUCTION_PAGE_FAULT, VA + 0x10, VA + 0x10);
    }

    @Test
    void permissionFaults() {
        tables.map(VA, frame(0), PAGE_4K, R | A);
        long at = access(Privilege.SUPERVISOR, sd(A0, A1, 0), VA + 8);
        assertFault(Cause.STORE_PAGE_FAULT, VA + 8, at);
        Sv39Test noExecute = new Sv39Test();
        noExecute.tables.map(VA, frame(0), PAGE_4K, R | W | A | D);
        noExecute.access(Privilege.SUPERVISOR, jalr(ZERO, A1, 0), VA);
        noExecute.assertFault(Cause.INSTRUCTION_PAGE_FAULT, VA, VA);
        Sv39Test atomics = new Sv39Test();
        atomics.tables.map(VA, frame(0), PAGE_4K, R | A);
        at = atomics.access(Privilege.SUPERVISOR, amo(AmoOp.ADD, true, A0, A2, A1, false, false), VA);
        atomics.assertFault(Cause.STORE_PAGE_FAULT, VA, at);
    }

    @Test
    void writeWithoutReadIsAnInvalidPte() {
        tables.map(VA, frame(0), PAGE_4K, W | A | D);
        long at = access(Privilege.SUPERVISOR, ld(A0, A1, 0), VA);
        assertFault(Cause.LOAD_PAGE_FAULT, VA, at);
        Sv39Test store = new Sv39Test();
        store.tables.map(VA, frame(0), PAGE_4K, W | A | D);
        at = store.access(Privilege.SUPERVISOR, sd(A0, A1, 0), VA);
        store.assertFault(Cause.STORE_PAGE_FAULT, VA, at);
    }

    @Test
    void invalidPteFaults() {
        tables.map(VA, frame(0), PAGE_4K, R);
        rig.store(tables.pteAddress(VA, PAGE_4K), 8, tables.pte(VA, PAGE_4K) & ~V);
        long at = access(Privilege.SUPERVISOR, ld(A0, A1, 0), VA);
        assertFault(Cause.LOAD_PAGE_FAULT, VA, at);
    }

    @Test
    void misalignedSuperpageFaults() {
        tables.map(VA, RAM + 0x1000, MEGAPAGE, R | A); // PPN[0] != 0
        long at = access(Privilege.SUPERVISOR, ld(A0, A1, 0), VA + 0x10);
        assertFault(Cause.LOAD_PAGE_FAULT, VA + 0x10, at);
        Sv39Test giga = new Sv39Test();
        giga.tables.map(0x1_0000_0000L, RAM + 0x20_0000, GIGAPAGE, R | A); // PPN[1] != 0
        at = giga.access(Privilege.SUPERVISOR, ld(A0, A1, 0), 0x1_0000_0000L);
        giga.assertFault(Cause.LOAD_PAGE_FAULT, 0x1_0000_0000L, at);
    }

    /** Bits 63..39 must equal bit 38; the low 39 bits of these addresses lie in the mapped identity gigapage. */
    @Test
    void nonCanonicalAddressesFault() {
        long bad = Rig.DATA | 1L << 45;
        long at = access(Privilege.SUPERVISOR, ld(A0, A1, 0), bad);
        assertFault(Cause.LOAD_PAGE_FAULT, bad, at);
        Sv39Test store = new Sv39Test();
        long alsoBad = Rig.DATA | 1L << 63;
        at = store.access(Privilege.SUPERVISOR, sd(A0, A1, 0), alsoBad);
        store.assertFault(Cause.STORE_PAGE_FAULT, alsoBad, at);
        Sv39Test fetch = new Sv39Test();
        long badCode = Rig.CODE | 1L << 39;
        fetch.access(Privilege.SUPERVISOR, jalr(ZERO, A1, 0), badCode);
        fetch.assertFault(Cause.INSTRUCTION_PAGE_FAULT, badCode, badCode);
    }

    @Test
    void delegatedPageFaultFillsStval() {
        rig.setCsr(Csr.MEDELEG, 1 << Cause.LOAD_PAGE_FAULT);
        long at = access(Privilege.SUPERVISOR, lw(A0, A1, 0), VA + 0xABC);
        assertEquals(Rig.S_TRAP, rig.pc());
        assertEquals(Cause.LOAD_PAGE_FAULT, rig.csr(Csr.SCAUSE));
        assertEquals(VA + 0xABC, rig.csr(Csr.STVAL));
        assertEquals(at, rig.csr(Csr.SEPC));
    }

    @Test
    void misalignedAccessIntoAnUnmappedPageFaultsAtThatPage() {
        tables.map(VA, frame(0), PAGE_4K, R | W | A | D);
        rig.store(frame(0) + 0xFF8, 8, 0x0102_0304_0506_0708L);
        long at = access(Privilege.SUPERVISOR, ld(A0, A1, 0), VA + 0xFFC);
        assertFault(Cause.LOAD_PAGE_FAULT, VA + 0x1000, at);
        Sv39Test store = new Sv39Test();
        store.tables.map(VA, frame(0), PAGE_4K, R | W | A | D);
        store.rig.set(A0, -1);
        at = store.access(Privilege.SUPERVISOR, sd(A0, A1, 0), VA + 0xFFC);
        store.assertFault(Cause.STORE_PAGE_FAULT, VA + 0x1000, at);
        assertEquals(0, store.rig.load(frame(0) + 0xFF8, 8), "no byte of the faulting store was written");
    }

    @Test
    void supervisorNeedsSumForUserPagesAndNeverExecutesThem() {
        tables.map(VA, frame(0), PAGE_4K, R | W | X | U | A | D);
        rig.store(frame(0), 8, 99);
        long at = access(Privilege.SUPERVISOR, ld(A0, A1, 0), VA);
        assertFault(Cause.LOAD_PAGE_FAULT, VA, at);

        Sv39Test sum = new Sv39Test();
        sum.tables.map(VA, frame(0), PAGE_4K, R | W | X | U | A | D);
        sum.rig.store(frame(0), 8, 99);
        sum.rig.setCsr(Csr.MSTATUS, Csr.STATUS_SUM);
        assertEquals(99, sum.supervisorLoad(VA), "SUM permits S loads from U pages");

        Sv39Test fetch = new Sv39Test();
        fetch.tables.map(VA, frame(0), PAGE_4K, R | W | X | U | A | D);
        fetch.rig.setCsr(Csr.MSTATUS, Csr.STATUS_SUM);
        fetch.access(Privilege.SUPERVISOR, jalr(ZERO, A1, 0), VA);
        fetch.assertFault(Cause.INSTRUCTION_PAGE_FAULT, VA, VA);
    }

    /** U-mode code page at VA + 0x1000 (frame 1); its program is {@code instructions} then j . */
    long userProgram(int... instructions) {
        tables.map(VA + 0x1000, frame(1), PAGE_4K, R | X | U | A);
        rig.at(frame(1)).emit(instructions).stop();
        rig.at(Rig.CODE).csrw(Csr.SATP, tables.satp(0));
        rig.setCsr(Csr.MEPC, VA + 0x1000); // MPP = U after reset
        rig.emit(mret());
        return VA + 0x1000 + 4L * instructions.length;
    }

    @Test
    void userAccessesOnlyUserPages() {
        tables.map(VA, frame(0), PAGE_4K, R | W | U | A | D);
        tables.map(VA + 0x2000, frame(2), PAGE_4K, R | W | A | D);
        rig.store(frame(0), 8, 11);
        long end = userProgram(ld(A0, A1, 0), ld(A2, A3, 0));
        rig.set(A1, VA).set(A3, VA + 0x2000);
        rig.runToStop();
        assertEquals(11, rig.x(A0));
        assertFault(Cause.LOAD_PAGE_FAULT, VA + 0x2000, end - 4);
        assertEquals(Privilege.USER, (rig.csr(Csr.MSTATUS) & Csr.STATUS_MPP) >>> Csr.STATUS_MPP_SHIFT);
    }

    @Test
    void userCannotExecuteSupervisorPages() {
        long end = userProgram(jalr(ZERO, A1, 0));
        rig.set(A1, Rig.CODE); // the identity gigapage has U = 0
        rig.runToStop();
        assertFault(Cause.INSTRUCTION_PAGE_FAULT, Rig.CODE, Rig.CODE);
        assertEquals(VA + 0x1000 + 4, end);
    }

    @Test
    void sumDoesNotLetUserReachSupervisorPages() {
        tables.map(VA, frame(0), PAGE_4K, R | W | A | D);
        userProgram(ld(A0, A1, 0));
        rig.setCsr(Csr.MSTATUS, Csr.STATUS_SUM);
        rig.set(A1, VA);
        rig.runToStop();
        assertFault(Cause.LOAD_PAGE_FAULT, VA, VA + 0x1000);
    }

    @Test
    void mxrMakesExecuteOnlyPagesReadable() {
        tables.map(VA, frame(0), PAGE_4K, X | A);
        rig.store(frame(0), 8, 1234);
        long at = access(Privilege.SUPERVISOR, ld(A0, A1, 0), VA);
        assertFault(Cause.LOAD_PAGE_FAULT, VA, at);

        Sv39Test mxr = new Sv39Test();
        mxr.tables.map(VA, frame(0), PAGE_4K, X | A);
        mxr.rig.store(frame(0), 8, 1234);
        mxr.rig.setCsr(Csr.MSTATUS, Csr.STATUS_MXR);
        assertEquals(1234, mxr.supervisorLoad(VA));
    }

    @Test
    void hardwareSetsAccessedAndDirtyInThePteInMemory() {
        tables.map(VA, frame(0), PAGE_4K, R | W);
        enter(Privilege.SUPERVISOR, 0);
        rig.li(A1, VA).emit(ld(A0, A1, 0));
        long afterLoad = rig.stop();
        rig.emit(sd(A0, A1, 8));
        long end = rig.stop();
        rig.runToStop();
        assertEquals(afterLoad, rig.pc());
        assertEquals(A, tables.pte(VA, PAGE_4K) & (A | D), "a load sets A only");
        rig.hart().setPc(afterLoad + 4);
        rig.runToStop();
        assertEquals(end, rig.pc());
        assertEquals(A | D, tables.pte(VA, PAGE_4K) & (A | D), "a store sets D");
    }

    @Test
    void faultingAccessDoesNotSetAccessed() {
        tables.map(VA, frame(0), PAGE_4K, R);
        access(Privilege.SUPERVISOR, sd(A0, A1, 0), VA);
        assertEquals(Cause.STORE_PAGE_FAULT, rig.csr(Csr.MCAUSE));
        assertEquals(0, tables.pte(VA, PAGE_4K) & (A | D));
    }

    @Test
    void mprvTranslatesMachineModeLoadsAndStores() {
        tables.map(VA, frame(0), PAGE_4K, R | W | A | D);
        rig.store(frame(0), 8, 5150);
        rig.csrw(Csr.SATP, tables.satp(0)).csrw(Csr.MSTATUS, Csr.STATUS_MPRV | (1L << Csr.STATUS_MPP_SHIFT));
        rig.li(A1, VA).emit(ld(A0, A1, 0), addi(A0, A0, 1), sd(A0, A1, 8));
        long end = rig.stop();
        rig.runToStop();
        assertEquals(end, rig.pc(), "M-mode fetches are never translated");
        assertEquals(5150, rig.x(A0) - 1);
        assertEquals(5151, rig.load(frame(0) + 8, 8));
        assertEquals(Privilege.MACHINE, rig.privilege());
    }

    @Test
    void mprvWithUserMppChecksUserPermissions() {
        tables.map(VA, frame(0), PAGE_4K, R | W | A | D); // not a U page
        rig.csrw(Csr.SATP, tables.satp(0)).csrw(Csr.MSTATUS, Csr.STATUS_MPRV);
        rig.li(A1, VA);
        long at = rig.here();
        rig.emit(ld(A0, A1, 0)).stop();
        rig.runToStop();
        assertFault(Cause.LOAD_PAGE_FAULT, VA, at);
    }

    /** addi a0, zero, 123 placed so that its halves lie on two pages (mapped to frames 1 and 5) and j . after it. */
    void instructionAcrossPages(boolean mapSecondPage) {
        int addi = addi(A0, ZERO, 123);
        tables.map(VA + 0x1000, frame(1), PAGE_4K, R | X | A);
        if (mapSecondPage) {
            tables.map(VA + 0x2000, frame(5), PAGE_4K, R | X | A);
        }
        rig.store(frame(1) + 0xFFE, 2, addi & 0xFFFF);
        rig.store(frame(5), 2, addi >>> 16);
        rig.store(frame(5) + 2, 4, jal(ZERO, 0));
        access(Privilege.SUPERVISOR, jalr(ZERO, A1, 0), VA + 0x1FFE);
    }

    @Test
    void instructionSpanningTwoPagesIsFetchedFromBothFrames() {
        instructionAcrossPages(true);
        assertEquals(VA + 0x2002, rig.pc());
        assertEquals(123, rig.x(A0));
    }

    /** Spec (mtval): a fetch fault on the second half reports that half's address; mepc is the instruction's. */
    @Test
    void fetchFaultOnTheSecondHalfReportsItsAddress() {
        instructionAcrossPages(false);
        assertFault(Cause.INSTRUCTION_PAGE_FAULT, VA + 0x2000, VA + 0x1FFE);
    }

    @Test
    void satpWithAnUnsupportedModeIsIgnored() {
        rig.li(T0, 9L << 60 | 0x1234)
                .emit(Encoder.csrw(Csr.SATP, T0), csrr(A0, Csr.SATP))
                .stop();
        rig.runToStop();
        assertEquals(0, rig.x(A0), "Sv48 is not implemented: the write has no effect (WARL)");
    }
}
