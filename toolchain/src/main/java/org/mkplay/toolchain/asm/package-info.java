/**
 * RV64 machine code: instruction encodings ({@code Encoder}), registers ({@code Reg}) and an assembler
 * ({@code Assembler}) with labels, forward references and pseudo-instructions, whose instructions carry the
 * source position that produced them ({@code SourceTag}). It depends on nothing else in the toolchain; the
 * web demo images and tests use it too.
 */
package org.mkplay.toolchain.asm;
