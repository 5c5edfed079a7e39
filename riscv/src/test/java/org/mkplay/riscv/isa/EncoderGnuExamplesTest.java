package org.mkplay.riscv.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.riscv.priv.Csr;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.NeedsHostTools;

/**
 * {@link Encoder} agrees with the GNU assembler bit for bit on hand-picked instances of every form (edge
 * immediates, every register class, the RVC forms), written in GNU syntax; the emulator's instruction tests
 * rest on these encodings, which nobody derived from the emulator. {@link EncoderGnuTest} adds random
 * operands. Skipped where the RISC-V binutils are missing.
 */
@NeedsHostTools
class EncoderGnuExamplesTest {
    private static final String AS = "riscv64-unknown-elf-as", OBJCOPY = "riscv64-unknown-elf-objcopy";

    private static Map<String, Integer> standard() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("lui a0, 0xfffff", lui(A0, 0xFFFFF));
        m.put("auipc t0, 0x12345", auipc(T0, 0x12345));
        m.put("jal ra, .+0xffffe", jal(RA, 0xFFFFE));
        m.put("jal zero, .-0x100000", jal(ZERO, -0x100000));
        m.put("jalr t1, -1(a2)", jalr(T1, A2, -1));
        m.put("beq a0, a1, .+0xffe", beq(A0, A1, 0xFFE));
        m.put("bne s0, s1, .-0x1000", bne(S0, S1, -0x1000));
        m.put("blt t3, t4, .+2", blt(T3, T4, 2));
        m.put("bge a0, zero, .-2", bge(A0, ZERO, -2));
        m.put("bltu a1, a2, .+0x7fe", bltu(A1, A2, 0x7FE));
        m.put("bgeu a3, a4, .+0x800", bgeu(A3, A4, 0x800));
        m.put("lb a0, -2048(sp)", lb(A0, SP, -2048));
        m.put("lh a1, 2047(gp)", lh(A1, GP, 2047));
        m.put("lw a2, 4(tp)", lw(A2, TP, 4));
        m.put("ld a3, -8(t0)", ld(A3, T0, -8));
        m.put("lbu a4, 1(t1)", lbu(A4, T1, 1));
        m.put("lhu a5, 2(t2)", lhu(A5, T2, 2));
        m.put("lwu a6, 3(s0)", lwu(A6, S0, 3));
        m.put("sb a7, -1(s1)", sb(A7, S1, -1));
        m.put("sh t3, 2047(a0)", sh(T3, A0, 2047));
        m.put("sw t4, -2048(a1)", sw(T4, A1, -2048));
        m.put("sd t5, 40(a2)", sd(T5, A2, 40));
        m.put("addi a0, a1, -2048", addi(A0, A1, -2048));
        m.put("slti a0, a1, 5", slti(A0, A1, 5));
        m.put("sltiu a0, a1, -1", sltiu(A0, A1, -1));
        m.put("xori a0, a1, 0x7ff", xori(A0, A1, 0x7FF));
        m.put("ori a0, a1, -3", ori(A0, A1, -3));
        m.put("andi a0, a1, 12", andi(A0, A1, 12));
        m.put("slli a0, a1, 63", slli(A0, A1, 63));
        m.put("srli a0, a1, 33", srli(A0, A1, 33));
        m.put("srai a0, a1, 63", srai(A0, A1, 63));
        m.put("addiw a0, a1, -1", addiw(A0, A1, -1));
        m.put("slliw a0, a1, 31", slliw(A0, A1, 31));
        m.put("srliw a0, a1, 1", srliw(A0, A1, 1));
        m.put("sraiw a0, a1, 31", sraiw(A0, A1, 31));
        m.put("add a0, a1, a2", add(A0, A1, A2));
        m.put("sub a0, a1, a2", sub(A0, A1, A2));
        m.put("sll a0, a1, a2", sll(A0, A1, A2));
        m.put("slt a0, a1, a2", slt(A0, A1, A2));
        m.put("sltu a0, a1, a2", sltu(A0, A1, A2));
        m.put("xor a0, a1, a2", xor(A0, A1, A2));
        m.put("srl a0, a1, a2", srl(A0, A1, A2));
        m.put("sra a0, a1, a2", sra(A0, A1, A2));
        m.put("or a0, a1, a2", or(A0, A1, A2));
        m.put("and a0, a1, a2", and(A0, A1, A2));
        m.put("addw a0, a1, a2", addw(A0, A1, A2));
        m.put("subw a0, a1, a2", subw(A0, A1, A2));
        m.put("sllw a0, a1, a2", sllw(A0, A1, A2));
        m.put("srlw a0, a1, a2", srlw(A0, A1, A2));
        m.put("sraw a0, a1, a2", sraw(A0, A1, A2));
        m.put("fence", fence(15, 15));
        m.put("fence.i", fenceI());
        return m;
    }

    private static Map<String, Integer> extensions() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("mul t0, t1, t2", mul(T0, T1, T2));
        m.put("mulh t0, t1, t2", mulh(T0, T1, T2));
        m.put("mulhsu t0, t1, t2", mulhsu(T0, T1, T2));
        m.put("mulhu t0, t1, t2", mulhu(T0, T1, T2));
        m.put("div t0, t1, t2", div(T0, T1, T2));
        m.put("divu t0, t1, t2", divu(T0, T1, T2));
        m.put("rem t0, t1, t2", rem(T0, T1, T2));
        m.put("remu t0, t1, t2", remu(T0, T1, T2));
        m.put("mulw s0, s1, a0", mulw(S0, S1, A0));
        m.put("divw s0, s1, a0", divw(S0, S1, A0));
        m.put("divuw s0, s1, a0", divuw(S0, S1, A0));
        m.put("remw s0, s1, a0", remw(S0, S1, A0));
        m.put("remuw s0, s1, a0", remuw(S0, S1, A0));
        m.put("lr.w a0, (a1)", lrW(A0, A1, false, false));
        m.put("lr.d a0, (a1)", lrD(A0, A1, false, false));
        m.put("sc.w a0, a2, (a1)", scW(A0, A2, A1, false, false));
        m.put("sc.d a0, a2, (a1)", scD(A0, A2, A1, false, false));
        m.put("amoadd.w a0, a2, (a1)", amo(AmoOp.ADD, false, A0, A2, A1, false, false));
        m.put("amoswap.d a0, a2, (a1)", amo(AmoOp.SWAP, true, A0, A2, A1, false, false));
        m.put("amoxor.w a0, a2, (a1)", amo(AmoOp.XOR, false, A0, A2, A1, false, false));
        m.put("amoor.d a0, a2, (a1)", amo(AmoOp.OR, true, A0, A2, A1, false, false));
        m.put("amoand.w a0, a2, (a1)", amo(AmoOp.AND, false, A0, A2, A1, false, false));
        m.put("amomin.d a0, a2, (a1)", amo(AmoOp.MIN, true, A0, A2, A1, false, false));
        m.put("amomax.w a0, a2, (a1)", amo(AmoOp.MAX, false, A0, A2, A1, false, false));
        m.put("amominu.d a0, a2, (a1)", amo(AmoOp.MINU, true, A0, A2, A1, false, false));
        m.put("amomaxu.w a0, a2, (a1)", amo(AmoOp.MAXU, false, A0, A2, A1, false, false));
        m.put("csrrw a0, mstatus, a1", csrrw(A0, Csr.MSTATUS, A1));
        m.put("csrrs a0, 0xfff, a1", csrrs(A0, 0xFFF, A1));
        m.put("csrr a0, mhartid", csrr(A0, Csr.MHARTID));
        m.put("csrw satp, t0", csrw(Csr.SATP, T0));
        m.put("csrrc a0, satp, a1", csrrc(A0, Csr.SATP, A1));
        m.put("csrrwi a0, mepc, 31", csrrwi(A0, Csr.MEPC, 31));
        m.put("csrrsi a0, sie, 1", csrrsi(A0, Csr.SIE, 1));
        m.put("csrrci zero, mie, 8", csrrci(ZERO, Csr.MIE, 8));
        m.put("ecall", ecall());
        m.put("ebreak", ebreak());
        m.put("sret", sret());
        m.put("mret", mret());
        m.put("wfi", wfi());
        m.put("sfence.vma a0, a1", sfenceVma(A0, A1));
        return m;
    }

    private static Map<String, Integer> compressed() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("c.addi4spn s0, sp, 1020", cAddi4spn(S0, 1020));
        m.put("c.addi4spn a5, sp, 4", cAddi4spn(A5, 4));
        m.put("c.lw a0, 124(a5)", cLw(A0, A5, 124));
        m.put("c.ld s1, 248(s0)", cLd(S1, S0, 248));
        m.put("c.sw a2, 68(a3)", cSw(A2, A3, 68));
        m.put("c.sd a4, 136(a1)", cSd(A4, A1, 136));
        m.put("c.nop", cNop());
        m.put("c.addi t0, -32", cAddi(T0, -32));
        m.put("c.addiw t1, 31", cAddiw(T1, 31));
        m.put("c.li t2, -1", cLi(T2, -1));
        m.put("c.addi16sp sp, -512", cAddi16sp(-512));
        m.put("c.addi16sp sp, 496", cAddi16sp(496));
        m.put("c.lui a0, 0xfffe0", cLui(A0, -32));
        m.put("c.lui a1, 31", cLui(A1, 31));
        m.put("c.srli s0, 63", cSrli(S0, 63));
        m.put("c.srai s1, 32", cSrai(S1, 32));
        m.put("c.andi a0, -1", cAndi(A0, -1));
        m.put("c.sub a1, a2", cSub(A1, A2));
        m.put("c.xor a3, a4", cXor(A3, A4));
        m.put("c.or a5, s0", cOr(A5, S0));
        m.put("c.and s1, a0", cAnd(S1, A0));
        m.put("c.subw a1, a2", cSubw(A1, A2));
        m.put("c.addw a3, a4", cAddw(A3, A4));
        m.put("c.j .-2048", cJ(-2048));
        m.put("c.j .+2046", cJ(2046));
        m.put("c.j .+0x2aa", cJ(0x2AA));
        m.put("c.beqz a0, .-256", cBeqz(A0, -256));
        m.put("c.bnez s1, .+254", cBnez(S1, 254));
        m.put("c.bnez s1, .+0xaa", cBnez(S1, 0xAA));
        m.put("c.slli t6, 63", cSlli(T6, 63));
        m.put("c.lwsp ra, 252(sp)", cLwsp(RA, 252));
        m.put("c.ldsp t0, 504(sp)", cLdsp(T0, 504));
        m.put("c.jr t1", cJr(T1));
        m.put("c.mv a0, t6", cMv(A0, T6));
        m.put("c.ebreak", cEbreak());
        m.put("c.jalr a1", cJalr(A1));
        m.put("c.add s0, gp", cAdd(S0, GP));
        m.put("c.swsp t2, 252(sp)", cSwsp(T2, 252));
        m.put("c.sdsp t3, 504(sp)", cSdsp(T3, 504));
        return m;
    }

    @Test
    void standardEncodingsMatchTheGnuAssembler(@TempDir Path dir) throws Exception {
        compare(dir, standard(), 4, false);
    }

    @Test
    void extensionEncodingsMatchTheGnuAssembler(@TempDir Path dir) throws Exception {
        compare(dir, extensions(), 4, false);
    }

    @Test
    void compressedEncodingsMatchTheGnuAssembler(@TempDir Path dir) throws Exception {
        compare(dir, compressed(), 2, true);
    }

    private static void compare(Path dir, Map<String, Integer> expected, int width, boolean rvc) throws Exception {
        StringBuilder source = new StringBuilder(rvc ? ".option rvc\n" : ".option norvc\n");
        expected.keySet().forEach(line -> source.append(line).append('\n'));
        Files.writeString(dir.resolve("t.s"), source);
        exec(dir, AS, "-march=rv64imac_zicsr_zifencei", "-o", "t.o", "t.s");
        exec(dir, OBJCOPY, "-O", "binary", "-j", ".text", "t.o", "t.bin");
        byte[] bin = Files.readAllBytes(dir.resolve("t.bin"));
        List<String> lines = new ArrayList<>(expected.keySet());
        assertEquals(lines.size() * width, bin.length, "one instruction per line");
        for (int k = 0; k < lines.size(); k++) {
            int word = 0;
            for (int b = 0; b < width; b++) {
                word |= (bin[k * width + b] & 0xFF) << (8 * b);
            }
            assertEquals(Integer.toHexString(word), Integer.toHexString(expected.get(lines.get(k))), lines.get(k));
        }
    }

    private static void exec(Path dir, String... command) {
        HostTool.run(Duration.ofSeconds(30), dir, List.of(command)).requireSuccess();
    }
}
