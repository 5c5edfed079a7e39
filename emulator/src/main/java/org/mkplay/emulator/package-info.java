/**
 * The emulated QEMU {@code virt} board with one RV64IMAC hart ({@link org.mkplay.emulator.Machine}), its
 * configuration and its event counters. The sub-packages mirror the hardware: {@code cpu} (the hart), {@code mmu}
 * (address translation), {@code bus} (the physical address space), {@code devices} (what sits on the bus) and
 * {@code loader} (ELF images). Everything here must stay compilable by TeaVM: no reflection, threads or files.
 */
package org.mkplay.emulator;
