package org.mkplay.kernel;

import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;

/**
 * A test image's entry: boots like {@link Boot} as far as the kernel's page tables, then loads from the PLIC
 * (0x0C00_0000): the board has the device there, but the kernel does not map it, so the load is a page fault
 * in S-mode, which must panic.
 */
public final class FaultingBoot {
    private FaultingBoot() {}

    static final Address UNMAPPED = Address.fromLong(0x0C00_0000L);

    public static void main(String[] args) {
        Boot.prepareMachineMode();
        Cpu.enterSupervisor();
        Boot.startSupervisor();
        Console.println("read " + UNMAPPED.loadInt()); // the value is printed so that the load is kept
        Console.println("not reached");
    }
}
