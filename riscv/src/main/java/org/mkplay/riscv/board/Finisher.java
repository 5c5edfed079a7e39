package org.mkplay.riscv.board;

/**
 * The SiFive test finisher ({@code sifive_test} in QEMU, at {@link Virt#FINISHER_BASE}): software stores one
 * 32-bit word at offset 0, whose low 16 bits are a command and high 16 bits an exit code. It is not a test
 * of anything: it is how a guest on the {@code virt} board powers off or resets it.
 * <pre>
 *   0x5555                 PASS: power off, exit status 0
 *   (code &lt;&lt; 16) | 0x3333  FAIL: power off, exit status code
 *   0x7777                 RESET: reset the board
 * </pre>
 */
public final class Finisher {
    private Finisher() {}

    public static final int PASS = 0x5555;
    public static final int FAIL = 0x3333;
    public static final int RESET = 0x7777;
    /** The exit code of a FAIL sits in bits 31:16. */
    public static final int CODE_SHIFT = 16;
}
