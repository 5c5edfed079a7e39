package org.mkplay.web;

import org.mkplay.emulator.isa.Disassembler;
import org.teavm.jso.JSExport;

/** The functions the browser's worker calls on the emulator compiled to WebAssembly GC. */
public final class EmulatorBridge {
    private EmulatorBridge() {}

    /** JS numbers carry the address: a double holds every RV64 address the board uses exactly (below 2^53). */
    @JSExport
    public static String disassemble(int instruction, double pc) {
        return Disassembler.disassemble(instruction, (long) pc);
    }
}
