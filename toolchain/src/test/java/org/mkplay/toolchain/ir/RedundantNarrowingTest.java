package org.mkplay.toolchain.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code (int) (x & mask)} needs no narrowing when the mask is below 2^31 (ir.pass.RedundantNarrowing); with a
 * wider mask the L2I stays. The corpus program StaticCounters runs such narrowings against the JVM.
 */
class RedundantNarrowingTest {
    private static final IrFixture F = new IrFixture(String.join(
            "\n",
            "public class Main {",
            "  public static void main(String[] args) { words(13L); low(-1L); }",
            "  static int words(long info) { return (int) (info & 7); }",
            "  static int low(long info) { return (int) (info & 0xffffffffL); }",
            "}"));

    @Test
    void aSmallMaskLeavesAnInt() {
        assertEquals(1, F.raw("words").count(Op.L2I));
        IrMethod opt = F.optimised("words");
        assertEquals(0, opt.count(Op.L2I), opt::toString);
    }

    @Test
    void aMaskOfThirtyTwoBitsStillNarrows() {
        IrMethod opt = F.optimised("low");
        assertEquals(1, opt.count(Op.L2I), opt::toString);
    }
}
