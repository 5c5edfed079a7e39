/**
 * Bytecode to IR, one method at a time: tiny static callees inlined into the bytecode ({@code Inliner}),
 * then the operand stack simulated with virtual registers ({@code Builder}), with objects, arrays, calls
 * ({@code ObjectOps}), the runtime library's and the kernel's intrinsics ({@code IntrinsicOps}) and the
 * stack shuffles ({@code Shuffles}). Every runtime check the JVM makes implicitly becomes an explicit IR
 * instruction here.
 */
package org.mkplay.toolchain.ir.build;
