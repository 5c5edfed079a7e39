/**
 * The QEMU {@code virt} board: {@link org.mkplay.riscv.board.Virt} is the physical memory map and the PLIC
 * sources; one class per device gives its register offsets and bits ({@code UartRegisters},
 * {@code ClintRegisters}, {@code PlicRegisters}, {@code VirtioRegisters}, {@code TraceRegisters}) and
 * {@link org.mkplay.riscv.board.Finisher} the power-off commands. Constants only.
 */
package org.mkplay.riscv.board;
