/**
 * IR to RV64 for one method: linear-scan register allocation ({@code LinearScan}), then each instruction
 * lowered in block order ({@code MethodCompiler} for the frame and control flow, {@code Lowering} for values,
 * memory, checks and machine operations, {@code CallLowering} for calls and everything compiled as one,
 * {@code Alu}, {@code ParallelMove}), written into the assembler at the place the linker gives.
 */
package org.mkplay.toolchain.codegen;
