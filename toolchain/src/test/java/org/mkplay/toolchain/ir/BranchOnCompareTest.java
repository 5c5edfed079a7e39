package org.mkplay.toolchain.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A branch on an address comparison's result branches on the comparison (ir.pass.BranchOnCompare): no SETCC is
 * left, the branch compares the two addresses. The kernel's system tests run the same code (Traps.onTrap's
 * {@code frame.ne(t.frame)}) on our emulator and QEMU.
 */
class BranchOnCompareTest {
    private static final IrFixture F = new IrFixture(String.join(
            "\n",
            "import org.mkplay.vmmagic.Address;",
            "public class Main {",
            "  static Address a = Address.fromLong(64), b = Address.fromLong(128);",
            "  public static void main(String[] args) { pick(a, b); same(a, b); kept(a, b); }",
            "  static int pick(Address x, Address y) { if (x.ne(y)) return 1; return 2; }",
            "  static int same(Address x, Address y) { if (!x.eq(y)) return 3; return 4; }",
            "  static boolean kept(Address x, Address y) { boolean d = x.ne(y); if (d) a = y; return d; }",
            "}"));

    @Test
    void aTestedComparisonIsTheBranch() {
        for (String m : new String[] {"pick", "same"}) {
            IrMethod raw = F.raw(m), opt = F.optimised(m);
            assertEquals(1, raw.count(Op.SETCC), raw::toString);
            assertEquals(0, opt.count(Op.SETCC), opt::toString);
            assertTrue(opt.toString().matches("(?s).*br\\.(ne|eq) v0, v1 .*"), m + ":\n" + opt);
        }
    }

    @Test
    void aComparisonReadAgainStays() {
        IrMethod opt = F.optimised("kept");
        assertEquals(1, opt.count(Op.SETCC), opt::toString);
    }
}
