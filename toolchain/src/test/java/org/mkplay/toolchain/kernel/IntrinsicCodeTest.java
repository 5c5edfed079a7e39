package org.mkplay.toolchain.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.ListingLine;

/** The code of intrinsics, read from the listing: an Address is a register, so most become one instruction. */
class IntrinsicCodeTest {
    private static final String SOURCE = String.join(
            "\n",
            "import org.mkplay.vmmagic.*; import static org.mkplay.riscv.priv.Csr.*;",
            "public class Main {",
            "  public static void main(String[] args) { System.out.println(sum(Address.fromLong(0x86000000L), 4)); }",
            "  static long sum(Address table, int n) {",
            "    long s = 0;",
            "    for (int k = 0; k < n; k++) {",
            "      s += table.loadLong(8);", // line 7
            "      table.plus(16).storeInt(k);", // line 8
            "      s += Csr.read(SSCRATCH) + Address.fromLong(s).toLong();", // line 9
            "      if (table.plus(k).lt(table)) s++;", // line 10
            "    }",
            "    return s;",
            "  }",
            "}",
            "");

    private static final CompileResult COMPILED = KernelRuns.compile(SOURCE);

    @Test
    void loadWithConstantOffsetIsOneLdOnTheAddressRegister() {
        List<String> code = code(7);
        assertEquals(List.of("ld", "add"), mnemonics(code), "the load, then the += into s: " + code);
        assertTrue(
                code.get(0).matches("ld \\w+,8\\(\\w+\\)"),
                "offset folded into the ld on the parameter's register: " + code);
    }

    @Test
    void plusIsOneAddiAndTheStoreOneSw() {
        assertEquals(List.of("add", "sw"), mnemonics(code(8)), "the disassembler shows addi as add");
    }

    @Test
    void csrReadIsOneInstructionAndAddressConversionsNone() {
        assertEquals(List.of("csrr", "add", "add"), mnemonics(code(9)));
    }

    @Test
    void unsignedCompareTestedByAnIfIsOneBranch() { // ir.pass.BranchOnCompare: no sltu, no beqz on its result
        assertEquals(List.of("add", "bgeu", "add"), mnemonics(code(10)));
    }

    private static List<String> code(int line) {
        return COMPILED.listing().stream()
                .filter(l -> "Main.java".equals(l.file())
                        && l.line() == line
                        && l.method().equals("Main.sum"))
                .map(ListingLine::disassembly)
                .collect(Collectors.toList());
    }

    private static List<String> mnemonics(List<String> code) {
        return code.stream().map(d -> d.split("\\s+")[0]).collect(Collectors.toList());
    }
}
