package org.mkplay.bench.system;

/**
 * One workload's cost per operation in one placement, averaged over the difference of the two loops (the JSON's
 * fields: {@code workload, placement, instructions, traps, context_switches, as_switches, tlb_misses, cycles}).
 *
 * @param instructions instructions retired, all privileges
 * @param traps exceptions and interrupts taken (each ecall is one)
 * @param contextSwitches the kernel's SWITCH trace records: the running thread changed
 * @param asSwitches writes to {@code satp}: the address space changed
 * @param tlbMisses translations not found in the emulator's TLB (each costs a page-table walk)
 * @param cycles the emulator's modelled cycles (docs/emulator.md, the timing model)
 */
public record Cost(
        String workload,
        String placement,
        double instructions,
        double traps,
        double contextSwitches,
        double asSwitches,
        double tlbMisses,
        double cycles) {}
