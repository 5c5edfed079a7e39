package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import java.util.function.LongBinaryOperator;
import org.junit.jupiter.api.Test;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/** A extension: every AMO in both widths, LR/SC reservations, and misaligned atomics (which trap). */
class AtomicsTest {
    private static final long MIN = Long.MIN_VALUE, MAX = Long.MAX_VALUE;
    private static final long ADDRESS = Rig.DATA + 0x40;
    private final Rig rig = new Rig();

    private static final long[] VALUES = {
        0,
        1,
        -1,
        5,
        -5,
        MIN,
        MAX,
        0x8000_0000L,
        0x7FFF_FFFFL,
        0xFFFF_FFFFL,
        0x1234_5678_9ABC_DEF0L,
        0xFFFF_FFFF_0000_0001L
    };

    /** The value an AMO stores, given the old memory value and rs2 (both already at the access width). */
    private static LongBinaryOperator model(AmoOp op) {
        switch (op) {
            case ADD:
                return (m, r) -> m + r;
            case SWAP:
                return (m, r) -> r;
            case XOR:
                return (m, r) -> m ^ r;
            case OR:
                return (m, r) -> m | r;
            case AND:
                return (m, r) -> m & r;
            case MIN:
                return Math::min;
            case MAX:
                return Math::max;
            case MINU:
                return (m, r) -> Long.compareUnsigned(m, r) <= 0 ? m : r;
            default:
                return (m, r) -> Long.compareUnsigned(m, r) >= 0 ? m : r;
        }
    }

    private static final AmoOp[] AMOS = {
        AmoOp.ADD, AmoOp.SWAP, AmoOp.XOR, AmoOp.OR, AmoOp.AND, AmoOp.MIN, AmoOp.MAX, AmoOp.MINU, AmoOp.MAXU
    };

    @Test
    void doublewordAmosReturnTheOldValueAndStoreTheResult() {
        for (AmoOp op : AMOS) {
            for (long memory : VALUES) {
                for (long operand : VALUES) {
                    rig.store(ADDRESS, 8, memory);
                    rig.set(A1, ADDRESS).set(A2, operand);
                    assertEquals(memory, rig.single(amo(op, true, A0, A2, A1, false, false)), "rd = old value");
                    assertEquals(
                            model(op).applyAsLong(memory, operand),
                            rig.load(ADDRESS, 8),
                            "amo" + op + " mem " + memory + " rs2 " + operand);
                }
            }
        }
    }

    @Test
    void wordAmosSignExtendAndCompareThirtyTwoBitValues() {
        for (AmoOp op : AMOS) {
            for (long memory : VALUES) {
                for (long operand : VALUES) {
                    rig.store(ADDRESS, 8, 0x5A5A_5A5A_0000_0000L | (memory & 0xFFFF_FFFFL));
                    rig.set(A1, ADDRESS).set(A2, operand);
                    assertEquals(
                            (int) memory,
                            rig.single(amo(op, false, A0, A2, A1, false, false)),
                            "rd = old word, sign-extended");
                    long expected = model(op).applyAsLong((int) memory, (int) operand);
                    String what = "amo" + op + " mem " + (int) memory + " rs2 " + (int) operand;
                    assertEquals(expected & 0xFFFF_FFFFL, rig.load(ADDRESS, 4), what);
                    assertEquals(0x5A5A_5A5AL, rig.load(ADDRESS + 4, 4), "the upper word is untouched: " + what);
                }
            }
        }
    }

    @Test
    void minMaxSignedVersusUnsigned() {
        rig.store(ADDRESS, 8, -1);
        rig.set(A1, ADDRESS).set(A2, 1);
        rig.single(amo(AmoOp.MIN, true, A0, A2, A1, false, false));
        assertEquals(-1, rig.load(ADDRESS, 8), "signed: -1 < 1");
        rig.single(amo(AmoOp.MINU, true, A0, A2, A1, false, false));
        assertEquals(1, rig.load(ADDRESS, 8), "unsigned: 1 < 2^64-1");
        rig.store(ADDRESS, 4, 0x8000_0000L);
        rig.set(A2, 0x7FFF_FFFF);
        rig.single(amo(AmoOp.MAX, false, A0, A2, A1, false, false));
        assertEquals(0x7FFF_FFFFL, rig.load(ADDRESS, 4), "word max: 0x80000000 is negative");
        rig.store(ADDRESS, 4, 0x8000_0000L);
        rig.single(amo(AmoOp.MAXU, false, A0, A2, A1, false, false));
        assertEquals(0x8000_0000L, rig.load(ADDRESS, 4));
    }

    @Test
    void loadReservedThenStoreConditionalSucceeds() {
        rig.store(ADDRESS, 8, 0xFFFF_FFFF_8000_0001L);
        rig.at(Rig.CODE).emit(lrW(A0, A1, false, false), scW(A3, A2, A1, false, false));
        long end = rig.stop();
        rig.set(A1, ADDRESS).set(A2, 0x1234_5678_0000_0007L).set(A3, 99);
        rig.runToStop(10);
        assertEquals(end, rig.pc());
        assertEquals(0xFFFF_FFFF_8000_0001L, rig.x(A0), "lr.w sign-extends");
        assertEquals(0, rig.x(A3), "sc success writes 0");
        assertEquals(0xFFFF_FFFF_0000_0007L, rig.load(ADDRESS, 8), "sc.w stores the low word only");
    }

    @Test
    void storeConditionalWithoutReservationFailsAndStoresNothing() {
        rig.store(ADDRESS, 8, 11);
        rig.set(A1, ADDRESS).set(A2, 22);
        assertEquals(1, rig.single(scD(A0, A2, A1, false, false)), "nonzero: failure (this hart writes 1)");
        assertEquals(11, rig.load(ADDRESS, 8));
    }

    @Test
    void storeConditionalClearsTheReservation() {
        rig.at(Rig.CODE).emit(lrD(A0, A1, false, false), scD(A3, A2, A1, false, false), scD(A4, A5, A1, false, false));
        long end = rig.stop();
        rig.store(ADDRESS, 8, 1);
        rig.set(A1, ADDRESS).set(A2, 2).set(A5, 3);
        rig.runToStop(10);
        assertEquals(end, rig.pc());
        assertEquals(0, rig.x(A3));
        assertEquals(1, rig.x(A4), "the second sc has no reservation left");
        assertEquals(2, rig.load(ADDRESS, 8));
    }

    @Test
    void storeConditionalToAnotherAddressFails() {
        rig.at(Rig.CODE).emit(lrD(A0, A1, false, false), lui(A6, 1), add(A6, A6, A1), scD(A3, A2, A6, false, false));
        long end = rig.stop();
        rig.set(A1, ADDRESS).set(A2, 2);
        rig.runToStop(10);
        assertEquals(end, rig.pc());
        assertEquals(1, rig.x(A3), "the reservation set of the lr does not reach the next page");
        assertEquals(0, rig.load(ADDRESS + 4096, 8));
    }

    @Test
    void aTrapBetweenLrAndScDropsTheReservation() {
        rig.at(Rig.M_TRAP).emit(csrr(T0, Csr.MEPC), addi(T0, T0, 4), Encoder.csrw(Csr.MEPC, T0), mret());
        rig.at(Rig.CODE).emit(lrD(A0, A1, false, false), ecall(), scD(A3, A2, A1, false, false));
        long end = rig.stop();
        rig.set(A1, ADDRESS).set(A2, 2);
        rig.runToStop(20);
        assertEquals(end, rig.pc());
        assertEquals(1, rig.x(A3));
        assertEquals(0, rig.load(ADDRESS, 8));
    }

    @Test
    void misalignedAtomicsRaiseAddressMisaligned() {
        assertTrap(lrW(A0, A1, false, false), ADDRESS + 2, Cause.LOAD_MISALIGNED);
        assertTrap(lrD(A0, A1, false, false), ADDRESS + 4, Cause.LOAD_MISALIGNED);
        assertTrap(scW(A0, A2, A1, false, false), ADDRESS + 1, Cause.STORE_MISALIGNED);
        assertTrap(scD(A0, A2, A1, false, false), ADDRESS + 4, Cause.STORE_MISALIGNED);
        assertTrap(amo(AmoOp.ADD, false, A0, A2, A1, false, false), ADDRESS + 2, Cause.STORE_MISALIGNED);
        assertTrap(amo(AmoOp.SWAP, true, A0, A2, A1, false, false), ADDRESS + 4, Cause.STORE_MISALIGNED);
    }

    @Test
    void atomicsOutsideRamRaiseAccessFaults() {
        assertTrap(lrD(A0, A1, false, false), 0x10, Cause.LOAD_ACCESS_FAULT);
        assertTrap(amo(AmoOp.OR, false, A0, A2, A1, false, false), 0x10, Cause.STORE_ACCESS_FAULT);
    }

    private void assertTrap(int instruction, long address, int cause) {
        Rig fresh = new Rig(2);
        fresh.at(Rig.CODE).emit(instruction).stop();
        fresh.set(A1, address).set(A2, 7).set(A0, 0x55);
        fresh.runToStop(10);
        assertEquals(Rig.M_TRAP, fresh.pc());
        assertEquals(cause, fresh.csr(Csr.MCAUSE));
        assertEquals(address, fresh.csr(Csr.MTVAL));
        assertEquals(Rig.CODE, fresh.csr(Csr.MEPC));
        assertEquals(0x55, fresh.x(A0), "rd is not written");
        if (address >= Rig.RAM) {
            assertEquals(0, fresh.load(address & ~7, 8) | fresh.load((address & ~7) + 8, 8), "nothing stored");
        }
    }
}
