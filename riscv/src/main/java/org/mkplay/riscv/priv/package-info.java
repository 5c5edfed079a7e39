/**
 * The privileged architecture: CSR numbers and fields ({@link org.mkplay.riscv.priv.Csr}), trap causes
 * ({@link org.mkplay.riscv.priv.Cause}) and the Sv39 page-table format ({@link org.mkplay.riscv.priv.Sv39}).
 * Constants only, so that the kernel profile can read them (javac inlines them).
 */
package org.mkplay.riscv.priv;
