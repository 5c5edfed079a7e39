/**
 * The physical address space: RAM as little-endian 64-bit words, device windows, interrupt wires from
 * devices to the PLIC, and the DMA view of memory that the virtio device uses.
 */
package org.mkplay.emulator.bus;
