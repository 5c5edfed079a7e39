package org.mkplay.toolchain.corpus;

import org.mkplay.testkit.Qemu;

/** The testkit's QEMU virt launcher; the SiFive finisher ends QEMU with the status. */
public final class QemuRunner implements GuestRunner {
    @Override
    public String name() {
        return "qemu";
    }

    @Override
    public Outcome run(byte[] elf) {
        Qemu.Run r = Qemu.boot(elf);
        if (!r.diagnostics().isEmpty()) {
            throw new AssertionError("QEMU complained: " + r.diagnostics());
        }
        return new Outcome(r.console(), r.exitStatus());
    }
}
