package org.mkplay.toolchain;

/**
 * One emitted instruction for the "view RISC-V" pane: the source position it came from (file null and method
 * "runtime" for the linker's assembly routines), the method ("pkg.Class.method"), its address, encoding and
 * disassembly.
 */
public record ListingLine(String file, int line, String method, long address, int encoding, String disassembly) {
    @Override
    public String toString() {
        return String.format("%s:%d %s  %08x: %08x  %s", file, line, method, address, encoding, disassembly);
    }
}
