package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/**
 * RVC: every compressed form behaves exactly as the 32-bit instruction it expands to (unprivileged
 * spec, RVC chapter: "each RVC instruction expands into a single 32-bit instruction"), and the
 * reserved encodings raise illegal-instruction with the 16 instruction bits in mtval.
 */
class CompressedTest {
    private static final int CASES_PER_FORM = 60;
    private static final long CODE = Rig.CODE;
    private final Rig compressedRig = new Rig();
    private final Rig expandedRig = new Rig();

    /** A compressed instruction, its expansion, and the register that must hold a data address (or -1). */
    private record Pair(int compressed, int expanded, int baseRegister) {
        Pair(int compressed, int expanded) {
            this(compressed, expanded, -1);
        }
    }

    private static int prime(Random r) {
        return 8 + r.nextInt(8);
    }

    private static int anyRegister(Random r) {
        return r.nextInt(32);
    }

    private static int nonZero(Random r) {
        return 1 + r.nextInt(31);
    }

    private static int imm6(Random r) {
        return r.nextInt(64) - 32;
    }

    private static int nonZeroImm6(Random r) {
        int v = imm6(r);
        return v == 0 ? 1 : v;
    }

    private static int scaled(Random r, int count, int scale) {
        return r.nextInt(count) * scale;
    }

    /** Even offsets in [min, max], avoiding 2 and 4 (the fall-through addresses of the two encodings). */
    private static int jumpOffset(Random r, int min, int max) {
        int offset = min + 2 * r.nextInt((max - min) / 2 + 1);
        return offset == 2 || offset == 4 ? -2 : offset;
    }

    private static Map<String, Function<Random, Pair>> forms() {
        Map<String, Function<Random, Pair>> m = new LinkedHashMap<>();
        m.put("c.addi4spn", r -> {
            int rd = prime(r), imm = 4 + scaled(r, 255, 4);
            return new Pair(cAddi4spn(rd, imm), addi(rd, SP, imm), SP);
        });
        m.put("c.lw", r -> {
            int rd = prime(r), rs1 = prime(r), off = scaled(r, 32, 4);
            return new Pair(cLw(rd, rs1, off), lw(rd, rs1, off), rs1);
        });
        m.put("c.ld", r -> {
            int rd = prime(r), rs1 = prime(r), off = scaled(r, 32, 8);
            return new Pair(cLd(rd, rs1, off), ld(rd, rs1, off), rs1);
        });
        m.put("c.sw", r -> {
            int rs2 = prime(r), rs1 = prime(r), off = scaled(r, 32, 4);
            return new Pair(cSw(rs2, rs1, off), sw(rs2, rs1, off), rs1);
        });
        m.put("c.sd", r -> {
            int rs2 = prime(r), rs1 = prime(r), off = scaled(r, 32, 8);
            return new Pair(cSd(rs2, rs1, off), sd(rs2, rs1, off), rs1);
        });
        m.put("c.nop", r -> new Pair(cNop(), addi(ZERO, ZERO, 0)));
        m.put("c.addi", r -> {
            int rd = anyRegister(r), imm = imm6(r);
            return new Pair(cAddi(rd, imm), addi(rd, rd, imm));
        });
        m.put("c.addiw", r -> {
            int rd = nonZero(r), imm = imm6(r);
            return new Pair(cAddiw(rd, imm), addiw(rd, rd, imm));
        });
        m.put("c.li", r -> {
            int rd = anyRegister(r), imm = imm6(r);
            return new Pair(cLi(rd, imm), addi(rd, ZERO, imm));
        });
        m.put("c.addi16sp", r -> {
            int imm = 16 * (r.nextInt(64) - 32);
            imm = imm == 0 ? 16 : imm;
            return new Pair(cAddi16sp(imm), addi(SP, SP, imm));
        });
        m.put("c.lui", r -> {
            int rd = nonZero(r), imm = nonZeroImm6(r);
            rd = rd == SP ? T0 : rd; // rd = sp is c.addi16sp
            return new Pair(cLui(rd, imm), lui(rd, imm & 0xFFFFF));
        });
        m.put("c.srli", r -> {
            int rd = prime(r), shamt = r.nextInt(64);
            return new Pair(cSrli(rd, shamt), srli(rd, rd, shamt));
        });
        m.put("c.srai", r -> {
            int rd = prime(r), shamt = r.nextInt(64);
            return new Pair(cSrai(rd, shamt), srai(rd, rd, shamt));
        });
        m.put("c.andi", r -> {
            int rd = prime(r), imm = imm6(r);
            return new Pair(cAndi(rd, imm), andi(rd, rd, imm));
        });
        m.put("c.sub", r -> registerPair(r, Encoder::cSub, Encoder::sub));
        m.put("c.xor", r -> registerPair(r, Encoder::cXor, Encoder::xor));
        m.put("c.or", r -> registerPair(r, Encoder::cOr, Encoder::or));
        m.put("c.and", r -> registerPair(r, Encoder::cAnd, Encoder::and));
        m.put("c.subw", r -> registerPair(r, Encoder::cSubw, Encoder::subw));
        m.put("c.addw", r -> registerPair(r, Encoder::cAddw, Encoder::addw));
        m.put("c.j", r -> {
            int off = jumpOffset(r, -2048, 2046);
            return new Pair(cJ(off), jal(ZERO, off));
        });
        m.put("c.beqz", r -> {
            int rs1 = prime(r), off = jumpOffset(r, -256, 254);
            return new Pair(cBeqz(rs1, off), beq(rs1, ZERO, off));
        });
        m.put("c.bnez", r -> {
            int rs1 = prime(r), off = jumpOffset(r, -256, 254);
            return new Pair(cBnez(rs1, off), bne(rs1, ZERO, off));
        });
        m.put("c.slli", r -> {
            int rd = anyRegister(r), shamt = r.nextInt(64);
            return new Pair(cSlli(rd, shamt), slli(rd, rd, shamt));
        });
        m.put("c.lwsp", r -> {
            int rd = nonZero(r), off = scaled(r, 64, 4);
            return new Pair(cLwsp(rd, off), lw(rd, SP, off), SP);
        });
        m.put("c.ldsp", r -> {
            int rd = nonZero(r), off = scaled(r, 64, 8);
            return new Pair(cLdsp(rd, off), ld(rd, SP, off), SP);
        });
        m.put("c.jr", r -> {
            int rs1 = nonZero(r);
            return new Pair(cJr(rs1), jalr(ZERO, rs1, 0));
        });
        m.put("c.mv", r -> {
            int rd = anyRegister(r), rs2 = nonZero(r);
            return new Pair(cMv(rd, rs2), add(rd, ZERO, rs2));
        });
        m.put("c.ebreak", r -> new Pair(cEbreak(), ebreak()));
        m.put("c.jalr", r -> {
            int rs1 = nonZero(r);
            return new Pair(cJalr(rs1), jalr(RA, rs1, 0));
        });
        m.put("c.add", r -> {
            int rd = anyRegister(r), rs2 = nonZero(r);
            return new Pair(cAdd(rd, rs2), add(rd, rd, rs2));
        });
        m.put("c.swsp", r -> {
            int rs2 = anyRegister(r), off = scaled(r, 64, 4);
            return new Pair(cSwsp(rs2, off), sw(rs2, SP, off), SP);
        });
        m.put("c.sdsp", r -> {
            int rs2 = anyRegister(r), off = scaled(r, 64, 8);
            return new Pair(cSdsp(rs2, off), sd(rs2, SP, off), SP);
        });
        return m;
    }

    private interface Encoder2 {
        int encode(int rd, int rs2);
    }

    private interface Encoder3 {
        int encode(int rd, int rs1, int rs2);
    }

    private static Pair registerPair(Random r, Encoder2 compressed, Encoder3 expanded) {
        int rd = prime(r), rs2 = prime(r);
        return new Pair(compressed.encode(rd, rs2), expanded.encode(rd, rd, rs2));
    }

    @Test
    void everyFormMatchesItsExpansion() {
        Random random = new Random(0xC0FFEE);
        forms().forEach((name, form) -> {
            for (int i = 0; i < CASES_PER_FORM; i++) {
                Pair pair = form.apply(random);
                long[] registers = randomRegisters(random, pair.baseRegister());
                byte[] data = new byte[1024];
                random.nextBytes(data);
                runBoth(pair, registers, data);
                compare(name + String.format(" %04x / %08x", pair.compressed(), pair.expanded()));
            }
        });
    }

    /** Random values; the base register of a memory form points into the data block (8-byte aligned). */
    private static long[] randomRegisters(Random random, int baseRegister) {
        long[] registers = new long[32];
        for (int i = 1; i < 32; i++) {
            int kind = random.nextInt(8);
            registers[i] =
                    kind == 0 ? 0 : kind < 3 ? random.nextInt(64) - 32 : random.nextLong(); // zeros take branches
        }
        if (baseRegister > 0) {
            registers[baseRegister] = Rig.DATA + 8 * random.nextInt(64);
        }
        return registers;
    }

    private void runBoth(Pair pair, long[] registers, byte[] data) {
        for (Rig rig : new Rig[] {compressedRig, expandedRig}) {
            for (int i = 1; i < 32; i++) {
                rig.set(i, registers[i]);
            }
            rig.machine.bus().write(Rig.DATA, data, 0, data.length);
            rig.at(CODE);
            if (rig == compressedRig) {
                rig.emitC(pair.compressed());
            } else {
                rig.emit(pair.expanded());
            }
            rig.hart().setPc(CODE);
            rig.run(1);
        }
    }

    private void compare(String what) {
        Rig c = compressedRig, e = expandedRig;
        boolean fellThrough = e.pc() == CODE + 4;
        assertEquals(fellThrough ? CODE + 2 : e.pc(), c.pc(), what + ": pc");
        for (int i = 0; i < 32; i++) {
            long expected = e.x(i);
            if (i == RA && expected == CODE + 4 && c.x(RA) == CODE + 2) {
                continue; // the link of c.jalr is pc+2, of jalr pc+4
            }
            assertEquals(expected, c.x(i), what + ": x" + i);
        }
        for (int offset = 0; offset < 1024; offset += 8) {
            assertEquals(e.load(Rig.DATA + offset, 8), c.load(Rig.DATA + offset, 8), what + ": memory +" + offset);
        }
        for (int csr : new int[] {Csr.MCAUSE, Csr.MEPC, Csr.MTVAL}) {
            assertEquals(e.csr(csr), c.csr(csr), what + ": csr " + Integer.toHexString(csr));
        }
        assertEquals(e.machine.counters().trapsTotal(), c.machine.counters().trapsTotal(), what + ": traps");
    }

    @Test
    void reservedAndUnsupportedEncodingsAreIllegal() {
        int[] reserved = {
            0x0000, // all zeros: c.addi4spn with nzuimm = 0, defined illegal
            cAddi4spn(A0, 4) & ~0x1FE0, // c.addi4spn a0, nzuimm 0 with rd' != 0
            cAddiw(ZERO, 1), // c.addiw with rd = 0
            cAddi16sp(16) & ~0x107C, // c.addi16sp 0
            cLui(T0, 1) & ~0x107C, // c.lui with immediate 0
            cLwsp(ZERO, 4), // c.lwsp rd = 0
            cLdsp(ZERO, 8), // c.ldsp rd = 0
            cJr(A0) & ~(31 << 7), // c.jr x0
            0x9C01 | (2 << 5), // CA with bit 12 set, funct2 10 (reserved)
            0x9C01 | (3 << 5), // CA with bit 12 set, funct2 11 (reserved)
            0x8000, // quadrant 0, funct3 100 (reserved)
            0x2000, // c.fld (no D extension)
            0xA000, // c.fsd
            0x2002, // c.fldsp
            0xA002, // c.fsdsp
        };
        for (int halfword : reserved) {
            assertIllegal(halfword);
        }
    }

    private void assertIllegal(int halfword) {
        Rig rig = compressedRig;
        long traps = rig.machine.counters().exceptions(Cause.ILLEGAL_INSTRUCTION);
        rig.at(CODE).emitC(halfword, 0x0001); // followed by c.nop: mtval must hold 16 bits only
        rig.hart().setPc(CODE);
        rig.run(1);
        String what = String.format("%04x", halfword);
        assertEquals(traps + 1, rig.machine.counters().exceptions(Cause.ILLEGAL_INSTRUCTION), what + " trapped");
        assertEquals(Cause.ILLEGAL_INSTRUCTION, rig.csr(Csr.MCAUSE), what);
        assertEquals(CODE, rig.csr(Csr.MEPC), what);
        assertEquals(halfword, rig.csr(Csr.MTVAL), what + ": mtval = the 16 instruction bits");
    }
}
