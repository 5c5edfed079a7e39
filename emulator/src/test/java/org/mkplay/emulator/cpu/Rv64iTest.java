package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/** RV64I: decode and execute of every base instruction, with the edge values the spec calls out. */
class Rv64iTest {
    private static final long MIN = Long.MIN_VALUE, MAX = Long.MAX_VALUE;
    private final Rig rig = new Rig();

    @Test
    void immediatesAreSignExtendedTwelveBits() {
        assertEquals(-2048 + 5, rig.single(addi(A0, A1, -2048), 5, 0));
        assertEquals(MIN + 2046, rig.single(addi(A0, A1, 2047), MAX, 0), "wraps modulo 2^64");
        assertEquals(~0x1234L, rig.single(xori(A0, A1, -1), 0x1234, 0), "xori -1 is not");
        assertEquals(0xFFFF_FFFF_FFFF_FFF0L | 0x5, rig.single(ori(A0, A1, -16), 5, 0));
        assertEquals(0x8000_0000_0000_07FFL, rig.single(andi(A0, A1, -1), 0x8000_0000_0000_07FFL, 0));
        assertEquals(0x7FF, rig.single(andi(A0, A1, 0x7FF), -1, 0));
    }

    @Test
    void setLessThanSignedAndUnsigned() {
        assertEquals(1, rig.single(slti(A0, A1, 0), -1, 0));
        assertEquals(0, rig.single(slti(A0, A1, -1), -1, 0));
        assertEquals(1, rig.single(slti(A0, A1, -2048), MIN, 0));
        assertEquals(
                1, rig.single(sltiu(A0, A1, -1), -2, 0), "imm -1 is sign-extended, then compared unsigned: 2^64-1");
        assertEquals(0, rig.single(sltiu(A0, A1, -1), -1, 0));
        assertEquals(1, rig.single(sltiu(A0, A1, 1), 0, 0), "sltiu rd, rs, 1 is seqz");
        assertEquals(1, rig.single(slt(A0, A1, A2), MIN, MAX));
        assertEquals(0, rig.single(sltu(A0, A1, A2), MIN, MAX));
        assertEquals(1, rig.single(sltu(A0, ZERO, A2), 0, 7), "sltu rd, x0, rs is snez");
        assertEquals(0, rig.single(slt(A0, A1, A2), 5, 5));
    }

    @Test
    void registerArithmetic() {
        assertEquals(MIN, rig.single(add(A0, A1, A2), MAX, 1));
        assertEquals(MAX, rig.single(sub(A0, A1, A2), MIN, 1));
        assertEquals(0x0F0F, rig.single(and(A0, A1, A2), 0xFFFF, 0x0F0F));
        assertEquals(0xFFFF, rig.single(or(A0, A1, A2), 0xF0F0, 0x0F0F));
        assertEquals(-1, rig.single(xor(A0, A1, A2), 0x5555_5555_5555_5555L, 0xAAAA_AAAA_AAAA_AAAAL));
    }

    @Test
    void shiftsUseSixBitAmounts() {
        assertEquals(MIN, rig.single(slli(A0, A1, 63), 1, 0));
        assertEquals(1, rig.single(srli(A0, A1, 63), MIN, 0));
        assertEquals(-1, rig.single(srai(A0, A1, 63), MIN, 0));
        assertEquals(0x4000_0000_0000_0000L, rig.single(srli(A0, A1, 1), MIN, 0));
        assertEquals(0xC000_0000_0000_0000L, rig.single(srai(A0, A1, 1), MIN, 0));
        assertEquals(8, rig.single(sll(A0, A1, A2), 1, 64 + 3), "only rs2[5:0] counts");
        assertEquals(MIN, rig.single(sll(A0, A1, A2), 1, -1), "rs2 = -1 shifts by 63");
        assertEquals(1, rig.single(srl(A0, A1, A2), MIN, 63));
        assertEquals(-1, rig.single(sra(A0, A1, A2), MIN, 127));
        assertEquals(0x1_0000_0000L, rig.single(sll(A0, A1, A2), 1, 32), "RV64 shifts past bit 31");
    }

    @Test
    void wordShiftsUseFiveBitAmountsAndSignExtend() {
        assertEquals(0xFFFF_FFFF_8000_0000L, rig.single(slliw(A0, A1, 31), 1, 0));
        assertEquals(
                0xFFFF_FFFF_8000_0000L,
                rig.single(slliw(A0, A1, 0), 0x1234_5678_8000_0000L, 0),
                "shift by 0 still sign-extends the low word");
        assertEquals(1, rig.single(srliw(A0, A1, 31), 0x8000_0000L, 0));
        assertEquals(0x7FFF_FFFF, rig.single(srliw(A0, A1, 1), 0xFFFF_FFFFL, 0), "zero-fill from bit 31");
        assertEquals(-1, rig.single(sraiw(A0, A1, 31), 0x8000_0000L, 0));
        assertEquals(
                0xFFFF_FFFF_8000_0000L,
                rig.single(sllw(A0, A1, A2), 0x1_8000_0000L, 32),
                "rs2 = 32 is a shift by 0 for *W");
        assertEquals(2, rig.single(sllw(A0, A1, A2), 1, 33));
        assertEquals(0x4000_0000, rig.single(srlw(A0, A1, A2), 0xFFFF_FFFF_8000_0000L, 33));
        assertEquals(0xFFFF_FFFF_C000_0000L, rig.single(sraw(A0, A1, A2), 0x8000_0000L, 33));
        assertEquals(-1, rig.single(sraw(A0, A1, A2), 0x8000_0000L, 63));
        assertEquals(1, rig.single(sllw(A0, A1, A2), 1, 64), "rs2 = 64: low five bits are 0");
    }

    @Test
    void reservedShiftEncodingsAreIllegal() {
        int[] reserved = {
            slliw(A0, A1, 1) | 1 << 25, // *W shifts with shamt[5] set are reserved
            srliw(A0, A1, 1) | 1 << 25,
            sraiw(A0, A1, 1) | 1 << 25,
            srai(A0, A1, 1) | 1 << 31, // funct6 other than 000000 / 010000
            slli(A0, A1, 1) | 1 << 30, // slli has no arithmetic form
            sllw(A0, A1, A2) | 1 << 30,
        };
        for (int bits : reserved) {
            Rig fresh = new Rig(2);
            fresh.at(Rig.CODE).emit(bits).stop();
            fresh.runToStop(10);
            assertEquals(Rig.M_TRAP, fresh.pc(), Integer.toHexString(bits));
            assertEquals(Cause.ILLEGAL_INSTRUCTION, fresh.csr(Csr.MCAUSE));
            assertEquals(bits & 0xFFFF_FFFFL, fresh.csr(Csr.MTVAL));
        }
    }

    @Test
    void wordArithmeticWrapsAtThirtyTwoBitsAndSignExtends() {
        assertEquals(Integer.MIN_VALUE, rig.single(addiw(A0, A1, 1), Integer.MAX_VALUE, 0));
        assertEquals(0x7654_3210, rig.single(addiw(A0, A1, 0), 0xFEDC_BA98_7654_3210L, 0), "sext.w");
        assertEquals(Integer.MIN_VALUE, rig.single(addw(A0, A1, A2), 0x1_7FFF_FFFFL, 1));
        assertEquals(Integer.MAX_VALUE, rig.single(subw(A0, A1, A2), 0x8000_0000L, 1));
        assertEquals(-1, rig.single(addw(A0, A1, A2), 0xFFFF_FFFFL, 0), "bit 31 set: negative");
    }

    @Test
    void luiAndAuipcSignExtend() {
        assertEquals(0xFFFF_FFFF_8000_0000L, rig.single(lui(A0, 0x80000)));
        assertEquals(0x7FFF_F000L, rig.single(lui(A0, 0x7FFFF)));
        assertEquals(Rig.CODE + 0xFFFF_FFFF_FFFF_F000L, rig.single(auipc(A0, 0xFFFFF)));
        assertEquals(Rig.CODE + 0x12345000L, rig.single(auipc(A0, 0x12345)));
        assertEquals(Rig.CODE - 0x8000_0000L, rig.single(auipc(A0, 0x80000)));
    }

    @Test
    void loadsSignOrZeroExtend() {
        rig.store(Rig.DATA, 8, 0x8081_8283_8485_8687L);
        rig.set(A1, Rig.DATA);
        assertEquals((byte) 0x87, rig.single(lb(A0, A1, 0)));
        assertEquals(0x87, rig.single(lbu(A0, A1, 0)));
        assertEquals((short) 0x8687, rig.single(lh(A0, A1, 0)));
        assertEquals(0x8687, rig.single(lhu(A0, A1, 0)));
        assertEquals((int) 0x8485_8687, rig.single(lw(A0, A1, 0)));
        assertEquals(0x8485_8687L, rig.single(lwu(A0, A1, 0)));
        assertEquals(0x8081_8283_8485_8687L, rig.single(ld(A0, A1, 0)));
        assertEquals((byte) 0x80, rig.single(lb(A0, A1, 7)));
        rig.set(A1, Rig.DATA + 16);
        assertEquals((int) 0x8081_8283, rig.single(lw(A0, A1, -12)), "negative offset");
    }

    @Test
    void storesWriteOnlyTheirWidth() {
        rig.store(Rig.DATA, 8, -1);
        rig.set(A1, Rig.DATA).set(A2, 0x1122_3344_5566_7788L);
        rig.single(sb(A2, A1, 0));
        assertEquals(0xFFFF_FFFF_FFFF_FF88L, rig.load(Rig.DATA, 8));
        rig.single(sh(A2, A1, 2));
        assertEquals(0xFFFF_FFFF_7788_FF88L, rig.load(Rig.DATA, 8));
        rig.single(sw(A2, A1, 4));
        assertEquals(0x5566_7788_7788_FF88L, rig.load(Rig.DATA, 8));
        rig.single(sd(A2, A1, 8));
        assertEquals(0x1122_3344_5566_7788L, rig.load(Rig.DATA + 8, 8));
    }

    @Test
    void misalignedLoadsAndStoresWork() {
        for (long address : new long[] {Rig.DATA + 1, Rig.DATA + 3, Rig.DATA + 5, Rig.DATA + 0xFFD, Rig.DATA + 0xFFF}) {
            rig.set(A1, address).set(A2, 0x8877_6655_4433_2211L);
            rig.single(sd(A2, A1, 0));
            assertEquals(0x8877_6655_4433_2211L, rig.load(address, 8), "sd at 0x" + Long.toHexString(address));
            assertEquals(0x8877_6655_4433_2211L, rig.single(ld(A0, A1, 0)));
            assertEquals(0x4433_2211L, rig.single(lwu(A0, A1, 0)));
            assertEquals(0x2211L, rig.single(lhu(A0, A1, 0)));
            rig.single(sw(ZERO, A1, 1));
            assertEquals(0x8877_6600_0000_0011L, rig.load(address, 8));
            assertEquals((short) 0x8877, rig.single(lh(A0, A1, 6)));
        }
        assertEquals(0, rig.machine.counters().trapsTotal(), "misaligned accesses to RAM never trap here");
    }

    /**
     * Privileged spec (mtval): when a misaligned load or store causes an access fault, mtval holds
     * the address of the portion of the access that faulted. QEMU virt reports the first byte past
     * RAM for an ld/sd at RAM end - 4 (checked with qemu-system-riscv64 -bios none).
     */
    @Test
    void misalignedAccessFaultReportsTheFaultingPortion() {
        long ramEnd = Rig.RAM + (4L << 20);
        for (int instruction : new int[] {ld(A0, A1, 0), sd(A2, A1, 0)}) {
            Rig fresh = new Rig(4);
            fresh.at(Rig.CODE).emit(instruction).stop();
            fresh.set(A1, ramEnd - 4).runToStop(10);
            assertEquals(Rig.M_TRAP, fresh.pc());
            assertEquals(
                    instruction == ld(A0, A1, 0) ? Cause.LOAD_ACCESS_FAULT : Cause.STORE_ACCESS_FAULT,
                    fresh.csr(Csr.MCAUSE));
            assertEquals(ramEnd, fresh.csr(Csr.MTVAL));
        }
    }

    @Test
    void branchesCompareSignedAndUnsigned() {
        long[][] pairs = {{0, 0}, {-1, 0}, {0, -1}, {MIN, MAX}, {MAX, MIN}, {MIN, MIN}, {1, 2}, {-2, -1}};
        for (long[] p : pairs) {
            long a = p[0], b = p[1];
            assertBranch(beq(A1, A2, 12), a, b, a == b);
            assertBranch(bne(A1, A2, 12), a, b, a != b);
            assertBranch(blt(A1, A2, 12), a, b, a < b);
            assertBranch(bge(A1, A2, 12), a, b, a >= b);
            assertBranch(bltu(A1, A2, 12), a, b, Long.compareUnsigned(a, b) < 0);
            assertBranch(bgeu(A1, A2, 12), a, b, Long.compareUnsigned(a, b) >= 0);
        }
    }

    /** taken: a0 = 2; not taken: a0 = 1. */
    private void assertBranch(int branch, long a, long b, boolean taken) {
        rig.at(Rig.CODE).emit(branch, addi(A0, ZERO, 1), jal(ZERO, 8), addi(A0, ZERO, 2));
        rig.stop();
        rig.set(A1, a).set(A2, b).set(A0, 0).hart().setPc(Rig.CODE);
        rig.runToStop(10);
        assertEquals(taken ? 2 : 1, rig.x(A0), String.format("%08x with %d, %d", branch, a, b));
    }

    @Test
    void backwardBranchAndJalOffsets() {
        long start = Rig.CODE;
        rig.at(start).emit(jal(ZERO, 12)); // -> start+12
        long back = rig.here();
        rig.emit(addi(A0, A0, 100), jal(ZERO, 12)); // start+4, start+8 -> start+20
        rig.emit(addi(A1, ZERO, 3), bne(A1, ZERO, (int) (back - rig.here() - 4))); // start+12, start+16
        long end = rig.stop();
        rig.runToStop(10);
        assertEquals(end, rig.pc());
        assertEquals(100, rig.x(A0));
        assertEquals(start + 20, end);
    }

    @Test
    void jalLinksTheNextInstruction() {
        rig.at(Rig.CODE).emit(jal(RA, 8), addi(A0, ZERO, 1));
        long end = rig.stop();
        rig.runToStop(10);
        assertEquals(end, rig.pc());
        assertEquals(Rig.CODE + 4, rig.x(RA));
        assertEquals(0, rig.x(A0));
    }

    @Test
    void jalrWithRdEqualToRs1UsesTheOldValueAndClearsBitZero() {
        long target = Rig.CODE + 0x100;
        rig.at(target);
        long end = rig.stop();
        rig.at(Rig.CODE).emit(jalr(A1, A1, 1)).stop();
        rig.set(A1, target);
        rig.runToStop(10);
        assertEquals(end, rig.pc(), "target = (rs1 + 1) with bit 0 cleared");
        assertEquals(Rig.CODE + 4, rig.x(A1), "rd gets pc+4 although it is rs1");
    }

    @Test
    void jalrNegativeOffset() {
        long target = Rig.CODE + 0x200;
        rig.at(target);
        long end = rig.stop();
        rig.at(Rig.CODE).emit(jalr(RA, A1, -2048)).stop();
        rig.set(A1, target + 2048);
        rig.runToStop(10);
        assertEquals(end, rig.pc());
        assertEquals(Rig.CODE + 4, rig.x(RA));
    }

    @Test
    void registerZeroStaysZero() {
        rig.at(Rig.CODE).emit(addi(ZERO, ZERO, 5), lui(ZERO, 0x12345), auipc(ZERO, 1), jal(ZERO, 4), add(ZERO, A1, A1));
        rig.emit(
                ld(ZERO, A2, 0),
                amo(AmoOp.SWAP, true, ZERO, A1, A2, false, false),
                csrr(ZERO, Csr.MSCRATCH),
                add(A0, ZERO, ZERO));
        long end = rig.stop();
        rig.store(Rig.DATA, 8, 77);
        rig.set(A1, 9).set(A2, Rig.DATA).set(A0, 1);
        rig.runToStop(20);
        assertEquals(end, rig.pc());
        assertEquals(0, rig.x(ZERO));
        assertEquals(0, rig.x(A0), "reads of x0 after writes to it give zero");
        assertEquals(9, rig.load(Rig.DATA, 8), "the AMO still stored");
    }

    @Test
    void fencesAreNoOps() {
        rig.at(Rig.CODE).emit(fence(15, 15), fenceI(), addi(A0, ZERO, 3));
        long end = rig.stop();
        rig.runToStop(10);
        assertEquals(end, rig.pc());
        assertEquals(3, rig.x(A0));
    }

    @Test
    void storeIntoFollowingInstructionIsSeen() {
        rig.at(Rig.CODE).emit(sw(A2, A1, 0), addi(A0, ZERO, 1));
        long end = rig.stop();
        rig.set(A1, Rig.CODE + 4).set(A2, addi(A0, ZERO, 2));
        rig.runToStop(10);
        assertEquals(end, rig.pc());
        assertEquals(2, rig.x(A0), "the new instruction runs (the spec allows this without fence.i)");
    }
}
