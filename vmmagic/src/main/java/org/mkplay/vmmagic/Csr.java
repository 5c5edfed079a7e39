package org.mkplay.vmmagic;

import org.mkplay.vmmagic.host.HostMachine;

/**
 * Control and status registers (kernel profile only). The CSR number must be a compile-time constant (one of
 * {@link org.mkplay.riscv.priv.Csr}'s, or any constant expression): it is encoded in the instruction, so a
 * computed number is a compile error. Compiled: {@code read} is {@code csrr}, {@code write} {@code csrw}, {@code setBits}
 * {@code csrs}, {@code clearBits} {@code csrc}, {@code swap} {@code csrrw} (the immediate forms when the value
 * is a constant 0..31). On the JVM they act on {@link HostMachine#current()}'s CSR file, with the same
 * access rules as the hart (read-only CSRs, privilege).
 *
 * <p>The numbers and fields are {@link org.mkplay.riscv.priv.Csr}'s (javac inlines them, so kernel code reads
 * them with {@code import static org.mkplay.riscv.priv.Csr.*}).
 */
public final class Csr {
    private Csr() {}

    public static long read(int csr) {
        return HostMachine.current().readCsr(csr);
    }

    public static void write(int csr, long value) {
        HostMachine.current().writeCsr(csr, value);
    }

    /** Atomically writes value and returns the old value (csrrw). */
    public static long swap(int csr, long value) {
        return HostMachine.current().swapCsr(csr, value);
    }

    /** csr |= mask (csrs). */
    public static void setBits(int csr, long mask) {
        HostMachine.current().setCsrBits(csr, mask);
    }

    /** csr &amp;= ~mask (csrc). */
    public static void clearBits(int csr, long mask) {
        HostMachine.current().clearCsrBits(csr, mask);
    }
}
