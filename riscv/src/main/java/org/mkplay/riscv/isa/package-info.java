/**
 * Instruction encodings: the major opcodes and fixed instruction words ({@link org.mkplay.riscv.isa.Opcode}),
 * the fields of a 32-bit word ({@link org.mkplay.riscv.isa.Fields}), the integer registers and their ABI names
 * ({@link org.mkplay.riscv.isa.Reg}), the one encoder ({@link org.mkplay.riscv.isa.Encoder}: every instruction
 * to its word, operands range-checked), and the one disassembler
 * ({@link org.mkplay.riscv.isa.Disassembler}), which prints RV64IMAC + Zicsr + Zifencei + privileged
 * instructions exactly as GNU objdump does.
 */
package org.mkplay.riscv.isa;
