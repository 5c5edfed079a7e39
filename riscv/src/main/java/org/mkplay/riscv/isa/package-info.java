/**
 * Instruction encodings: the major opcodes and fixed instruction words ({@link org.mkplay.riscv.isa.Opcode}),
 * the fields of a 32-bit word ({@link org.mkplay.riscv.isa.Fields}), and the one disassembler
 * ({@link org.mkplay.riscv.isa.Disassembler}), which prints RV64IMAC + Zicsr + Zifencei + privileged
 * instructions exactly as GNU objdump does.
 */
package org.mkplay.riscv.isa;
