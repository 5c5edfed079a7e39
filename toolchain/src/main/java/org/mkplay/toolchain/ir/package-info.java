/**
 * The intermediate representation: methods ({@code IrMethod}) of basic blocks ({@code Block}) of
 * three-address instructions ({@code Insn}, {@code Op}) over typed virtual registers ({@code VType}); what an
 * instruction names besides its operands is a {@code Ref} record. Also the analyses over it that both the
 * passes and the register allocator use: control flow and loops ({@code Cfg}, {@code Dominators}) and
 * liveness ({@code Liveness}). The builder is in {@code ir.build}, the passes in {@code ir.pass}.
 */
package org.mkplay.toolchain.ir;
