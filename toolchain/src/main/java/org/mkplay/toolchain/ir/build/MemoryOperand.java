package org.mkplay.toolchain.ir.build;

/** Where a LOAD or STORE goes: the virtual register holding the base address, plus a constant byte offset (imm). */
record MemoryOperand(int base, int offset) {}
