package org.mkplay.riscv.isa;

import java.util.ArrayList;
import java.util.List;
import org.mkplay.riscv.isa.EncoderGnuTest.Form;
import org.mkplay.riscv.isa.EncoderGnuTest.Instance;

/** The table of every {@link Encoder} instruction form with its GNU assembler syntax. */
final class InstructionForms {
    private InstructionForms() {}

    interface RegRegReg {
        int encode(int rd, int rs1, int rs2);
    }

    interface RegRegImm {
        int encode(int rd, int rs1, long imm);
    }

    interface RegImm {
        int encode(int rd, long imm);
    }

    static List<Form> all() {
        List<Form> forms = new ArrayList<>();
        base(forms);
        multiply(forms);
        atomics(forms);
        system(forms);
        compressed(forms);
        return forms;
    }

    private static String r(int reg) {
        return Reg.name(reg);
    }

    private static void base(List<Form> f) {
        f.add(upper("lui", Encoder::lui));
        f.add(upper("auipc", Encoder::auipc));
        f.add(o -> {
            int rd = o.reg();
            long off = o.evenOffset(21);
            return new Instance("jal " + r(rd) + ",." + signedText(off), Encoder.jal(rd, off), false);
        });
        f.add(memory("jalr", Encoder::jalr));
        for (String b : List.of("beq", "bne", "blt", "bge", "bltu", "bgeu")) f.add(branch(b));
        f.add(memory("lb", Encoder::lb));
        f.add(memory("lh", Encoder::lh));
        f.add(memory("lw", Encoder::lw));
        f.add(memory("ld", Encoder::ld));
        f.add(memory("lbu", Encoder::lbu));
        f.add(memory("lhu", Encoder::lhu));
        f.add(memory("lwu", Encoder::lwu));
        f.add(memory("sb", Encoder::sb));
        f.add(memory("sh", Encoder::sh));
        f.add(memory("sw", Encoder::sw));
        f.add(memory("sd", Encoder::sd));
        f.add(immediate("addi", Encoder::addi));
        f.add(immediate("slti", Encoder::slti));
        f.add(immediate("sltiu", Encoder::sltiu));
        f.add(immediate("xori", Encoder::xori));
        f.add(immediate("ori", Encoder::ori));
        f.add(immediate("andi", Encoder::andi));
        f.add(immediate("addiw", Encoder::addiw));
        f.add(shift("slli", 63, Encoder::slli));
        f.add(shift("srli", 63, Encoder::srli));
        f.add(shift("srai", 63, Encoder::srai));
        f.add(shift("slliw", 31, Encoder::slliw));
        f.add(shift("srliw", 31, Encoder::srliw));
        f.add(shift("sraiw", 31, Encoder::sraiw));
        f.add(registers("add", Encoder::add));
        f.add(registers("sub", Encoder::sub));
        f.add(registers("sll", Encoder::sll));
        f.add(registers("slt", Encoder::slt));
        f.add(registers("sltu", Encoder::sltu));
        f.add(registers("xor", Encoder::xor));
        f.add(registers("srl", Encoder::srl));
        f.add(registers("sra", Encoder::sra));
        f.add(registers("or", Encoder::or));
        f.add(registers("and", Encoder::and));
        f.add(registers("addw", Encoder::addw));
        f.add(registers("subw", Encoder::subw));
        f.add(registers("sllw", Encoder::sllw));
        f.add(registers("srlw", Encoder::srlw));
        f.add(registers("sraw", Encoder::sraw));
    }

    private static void multiply(List<Form> f) {
        f.add(registers("mul", Encoder::mul));
        f.add(registers("mulh", Encoder::mulh));
        f.add(registers("mulhsu", Encoder::mulhsu));
        f.add(registers("mulhu", Encoder::mulhu));
        f.add(registers("div", Encoder::div));
        f.add(registers("divu", Encoder::divu));
        f.add(registers("rem", Encoder::rem));
        f.add(registers("remu", Encoder::remu));
        f.add(registers("mulw", Encoder::mulw));
        f.add(registers("divw", Encoder::divw));
        f.add(registers("divuw", Encoder::divuw));
        f.add(registers("remw", Encoder::remw));
        f.add(registers("remuw", Encoder::remuw));
    }

    private static void atomics(List<Form> f) {
        for (boolean dword : new boolean[] {false, true}) {
            String width = dword ? ".d" : ".w";
            f.add(o -> {
                int rd = o.reg(), rs1 = o.reg();
                boolean aq = o.flag(), rl = o.flag();
                int word = dword ? Encoder.lrD(rd, rs1, aq, rl) : Encoder.lrW(rd, rs1, aq, rl);
                return new Instance("lr" + width + ordering(aq, rl) + " " + r(rd) + ",(" + r(rs1) + ")", word, false);
            });
            f.add(o -> {
                int rd = o.reg(), rs2 = o.reg(), rs1 = o.reg();
                boolean aq = o.flag(), rl = o.flag();
                int word = dword ? Encoder.scD(rd, rs2, rs1, aq, rl) : Encoder.scW(rd, rs2, rs1, aq, rl);
                return new Instance(
                        "sc" + width + ordering(aq, rl) + " " + r(rd) + "," + r(rs2) + ",(" + r(rs1) + ")",
                        word,
                        false);
            });
            for (Encoder.AmoOp op : Encoder.AmoOp.values()) f.add(amo(op, dword));
        }
    }

    private static Form amo(Encoder.AmoOp op, boolean dword) {
        return o -> {
            int rd = o.reg(), rs2 = o.reg(), rs1 = o.reg();
            boolean aq = o.flag(), rl = o.flag();
            String name = "amo" + op.name().toLowerCase() + (dword ? ".d" : ".w") + ordering(aq, rl);
            return new Instance(
                    name + " " + r(rd) + "," + r(rs2) + ",(" + r(rs1) + ")",
                    Encoder.amo(op, dword, rd, rs2, rs1, aq, rl),
                    false);
        };
    }

    private static String ordering(boolean aq, boolean rl) {
        return aq && rl ? ".aqrl" : aq ? ".aq" : rl ? ".rl" : "";
    }

    private static void system(List<Form> f) {
        // GNU syntax has no empty predecessor/successor set, so fence sets are drawn from 1..15
        f.add(o -> {
            int pred = 1 + o.unsigned(14), succ = 1 + o.unsigned(14);
            return new Instance("fence " + fenceSet(pred) + "," + fenceSet(succ), Encoder.fence(pred, succ), false);
        });
        f.add(fixed("fence.i", Encoder.fenceI()));
        f.add(fixed("ecall", Encoder.ecall()));
        f.add(fixed("ebreak", Encoder.ebreak()));
        f.add(fixed("mret", Encoder.mret()));
        f.add(fixed("sret", Encoder.sret()));
        f.add(fixed("wfi", Encoder.wfi()));
        f.add(o -> {
            int rs1 = o.reg(), rs2 = o.reg();
            return new Instance("sfence.vma " + r(rs1) + "," + r(rs2), Encoder.sfenceVma(rs1, rs2), false);
        });
        f.add(csr("csrrw", Encoder::csrrw, false));
        f.add(csr("csrrs", Encoder::csrrs, false));
        f.add(csr("csrrc", Encoder::csrrc, false));
        f.add(csr("csrrwi", Encoder::csrrwi, true));
        f.add(csr("csrrsi", Encoder::csrrsi, true));
        f.add(csr("csrrci", Encoder::csrrci, true));
    }

    private static void compressed(List<Form> f) {
        f.add(o -> new Instance("c.nop", Encoder.cNop(), true));
        f.add(o -> new Instance("c.ebreak", Encoder.cEbreak(), true));
        f.add(o -> {
            int rd = o.nonZeroReg(), imm = (int) o.signed(6);
            return new Instance("c.li " + r(rd) + "," + imm, Encoder.cLi(rd, imm), true);
        });
        f.add(o -> {
            int rd = o.reg(), imm = (int) o.signed(6);
            return new Instance("c.addi " + r(rd) + "," + imm, Encoder.cAddi(rd, imm), true);
        });
        f.add(o -> {
            int rd = o.nonZeroReg(), rs2 = o.nonZeroReg();
            return new Instance("c.mv " + r(rd) + "," + r(rs2), Encoder.cMv(rd, rs2), true);
        });
        f.add(o -> {
            int rd = o.nonZeroReg(), rs2 = o.nonZeroReg();
            return new Instance("c.add " + r(rd) + "," + r(rs2), Encoder.cAdd(rd, rs2), true);
        });
        f.add(o -> {
            int rs1 = o.nonZeroReg();
            return new Instance("c.jr " + r(rs1), Encoder.cJr(rs1), true);
        });
        f.add(o -> {
            int rs1 = o.nonZeroReg();
            return new Instance("c.jalr " + r(rs1), Encoder.cJalr(rs1), true);
        });
        f.add(o -> {
            int rd = o.prime(), imm = 4 * (1 + o.unsigned(254));
            return new Instance("c.addi4spn " + r(rd) + ",sp," + imm, Encoder.cAddi4spn(rd, imm), true);
        });
        f.add(compressedMemory("c.lw", 4, 32, Encoder::cLw));
        f.add(compressedMemory("c.ld", 8, 32, Encoder::cLd));
        f.add(compressedMemory("c.sw", 4, 32, Encoder::cSw));
        f.add(compressedMemory("c.sd", 8, 32, Encoder::cSd));
        f.add(o -> {
            int rd = o.nonZeroReg(), imm = (int) o.signed(6);
            return new Instance("c.addiw " + r(rd) + "," + imm, Encoder.cAddiw(rd, imm), true);
        });
        f.add(o -> {
            int imm = 16 * (int) o.signed(6);
            imm = imm == 0 ? 16 : imm;
            return new Instance("c.addi16sp sp," + imm, Encoder.cAddi16sp(imm), true);
        });
        f.add(o -> {
            int rd = o.nonZeroReg(), imm = (int) o.signed(6);
            rd = rd == Reg.SP ? Reg.A0 : rd;
            imm = imm == 0 ? 1 : imm;
            return new Instance("c.lui " + r(rd) + "," + (imm & 0xfffff), Encoder.cLui(rd, imm), true);
        });
        f.add(o -> {
            int rd = o.prime(), sh = 1 + o.unsigned(62);
            return new Instance("c.srli " + r(rd) + "," + sh, Encoder.cSrli(rd, sh), true);
        });
        f.add(o -> {
            int rd = o.prime(), sh = 1 + o.unsigned(62);
            return new Instance("c.srai " + r(rd) + "," + sh, Encoder.cSrai(rd, sh), true);
        });
        f.add(o -> {
            int rd = o.prime(), imm = (int) o.signed(6);
            return new Instance("c.andi " + r(rd) + "," + imm, Encoder.cAndi(rd, imm), true);
        });
        f.add(compressedPair("c.sub", Encoder::cSub));
        f.add(compressedPair("c.xor", Encoder::cXor));
        f.add(compressedPair("c.or", Encoder::cOr));
        f.add(compressedPair("c.and", Encoder::cAnd));
        f.add(compressedPair("c.subw", Encoder::cSubw));
        f.add(compressedPair("c.addw", Encoder::cAddw));
        f.add(o -> {
            long off = o.evenOffset(12);
            return new Instance("c.j ." + signedText(off), Encoder.cJ(off), true);
        });
        f.add(o -> {
            int rs1 = o.prime();
            long off = o.evenOffset(9);
            return new Instance("c.beqz " + r(rs1) + ",." + signedText(off), Encoder.cBeqz(rs1, off), true);
        });
        f.add(o -> {
            int rs1 = o.prime();
            long off = o.evenOffset(9);
            return new Instance("c.bnez " + r(rs1) + ",." + signedText(off), Encoder.cBnez(rs1, off), true);
        });
        f.add(o -> {
            int rd = o.nonZeroReg(), sh = 1 + o.unsigned(62);
            return new Instance("c.slli " + r(rd) + "," + sh, Encoder.cSlli(rd, sh), true);
        });
        f.add(o -> {
            int rd = o.nonZeroReg(), off = 4 * o.unsigned(63);
            return new Instance("c.lwsp " + r(rd) + "," + off + "(sp)", Encoder.cLwsp(rd, off), true);
        });
        f.add(o -> {
            int rd = o.nonZeroReg(), off = 8 * o.unsigned(63);
            return new Instance("c.ldsp " + r(rd) + "," + off + "(sp)", Encoder.cLdsp(rd, off), true);
        });
        f.add(o -> {
            int rs2 = o.reg(), off = 4 * o.unsigned(63);
            return new Instance("c.swsp " + r(rs2) + "," + off + "(sp)", Encoder.cSwsp(rs2, off), true);
        });
        f.add(o -> {
            int rs2 = o.reg(), off = 8 * o.unsigned(63);
            return new Instance("c.sdsp " + r(rs2) + "," + off + "(sp)", Encoder.cSdsp(rs2, off), true);
        });
    }

    interface CompressedMemory {
        int encode(int reg, int base, long offset);
    }

    interface CompressedPair {
        int encode(int rd, int rs2);
    }

    /** c.lw/c.ld/c.sw/c.sd: "op reg',offset(base')" with a scaled unsigned offset. */
    private static Form compressedMemory(String name, int scale, int count, CompressedMemory enc) {
        return o -> {
            int reg = o.prime(), base = o.prime(), off = scale * o.unsigned(count - 1);
            return new Instance(
                    name + " " + r(reg) + "," + off + "(" + r(base) + ")", enc.encode(reg, base, off), true);
        };
    }

    private static Form compressedPair(String name, CompressedPair enc) {
        return o -> {
            int rd = o.prime(), rs2 = o.prime();
            return new Instance(name + " " + r(rd) + "," + r(rs2), enc.encode(rd, rs2), true);
        };
    }

    // ---- form builders by operand shape ----

    private static Form registers(String name, RegRegReg enc) {
        return o -> {
            int rd = o.reg(), rs1 = o.reg(), rs2 = o.reg();
            return new Instance(name + " " + r(rd) + "," + r(rs1) + "," + r(rs2), enc.encode(rd, rs1, rs2), false);
        };
    }

    private static Form immediate(String name, RegRegImm enc) {
        return o -> {
            int rd = o.reg(), rs1 = o.reg();
            long imm = o.signed(12);
            return new Instance(name + " " + r(rd) + "," + r(rs1) + "," + imm, enc.encode(rd, rs1, imm), false);
        };
    }

    private static Form shift(String name, int max, RegRegImm enc) {
        return o -> {
            int rd = o.reg(), rs1 = o.reg(), sh = o.unsigned(max);
            return new Instance(name + " " + r(rd) + "," + r(rs1) + "," + sh, enc.encode(rd, rs1, sh), false);
        };
    }

    /** Loads, stores and jalr: "op reg,imm(base)"; for stores the first register is rs2. */
    private static Form memory(String name, RegRegImm enc) {
        return o -> {
            int reg = o.reg(), base = o.reg();
            long imm = o.signed(12);
            return new Instance(
                    name + " " + r(reg) + "," + imm + "(" + r(base) + ")", enc.encode(reg, base, imm), false);
        };
    }

    /** lui/auipc: GNU as takes the 20-bit field as an unsigned number. */
    private static Form upper(String name, RegImm enc) {
        return o -> {
            int rd = o.reg();
            long imm = o.signed(20);
            return new Instance(name + " " + r(rd) + "," + (imm & 0xfffff), enc.encode(rd, imm), false);
        };
    }

    private static Form branch(String name) {
        int f3 = List.of("beq", "bne", "", "", "blt", "bge", "bltu", "bgeu").indexOf(name);
        return o -> {
            int rs1 = o.reg(), rs2 = o.reg();
            long off = o.evenOffset(13);
            return new Instance(
                    name + " " + r(rs1) + "," + r(rs2) + ",." + signedText(off),
                    Encoder.b(name, f3, rs1, rs2, off),
                    false);
        };
    }

    private static Form csr(String name, RegRegReg enc, boolean immediate) {
        return o -> {
            int rd = o.reg(), csr = o.unsigned(0xfff), src = immediate ? o.unsigned(31) : o.reg();
            String source = immediate ? Integer.toString(src) : r(src);
            return new Instance(name + " " + r(rd) + "," + csr + "," + source, enc.encode(rd, csr, src), false);
        };
    }

    private static Form fixed(String text, int word) {
        return o -> new Instance(text, word, false);
    }

    private static String signedText(long v) {
        return v < 0 ? Long.toString(v) : "+" + v;
    }

    /** GNU's fence set letters: I(8) O(4) R(2) W(1). */
    private static String fenceSet(int bits) {
        StringBuilder sb = new StringBuilder();
        String letters = "iorw";
        for (int k = 0; k < 4; k++) if ((bits & 8 >> k) != 0) sb.append(letters.charAt(k));
        return sb.toString();
    }
}
