/**
 * RV64 machine code: an assembler ({@code Assembler}) over the instruction encodings of
 * {@link org.mkplay.riscv.isa.Encoder} and the registers of {@link org.mkplay.riscv.isa.Reg}, with labels, forward references and pseudo-instructions, whose instructions carry the
 * source position that produced them ({@code SourceTag}). It depends on nothing else in the toolchain; the
 * web demo images and tests use it too.
 */
package org.mkplay.toolchain.asm;
