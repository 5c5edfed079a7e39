/**
 * The board's devices as QEMU {@code virt} lays them out: CLINT, PLIC, the 16550 UART, the SiFive test
 * finisher, virtio-mmio block device, and mkplay's own trace device, through which guest software reports
 * structured events to the host.
 */
package org.mkplay.emulator.devices;
