package org.mkplay.kernel;

import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;

/**
 * A test image's entry: boots like {@link Boot} as far as the trap vector, then loads from physical address
 * 0, where the virt board has no memory or device: a load access fault in S-mode, which must panic.
 */
public final class FaultingBoot {
    private FaultingBoot() {}

    static final Address NOTHING_THERE = Address.zero();

    public static void main(String[] args) {
        Boot.prepareMachineMode();
        Cpu.enterSupervisor();
        Boot.startSupervisor();
        Console.println("read " + NOTHING_THERE.loadLong()); // the value is printed so that the load is kept
        Console.println("not reached");
    }
}
