package org.mkplay.toolchain.codegen;

import static org.mkplay.toolchain.asm.Reg.*;

import java.util.List;
import org.mkplay.toolchain.asm.Assembler;

/**
 * What a method's code between frame set-up and tear-down needs of its frame: whether it makes calls that
 * return (then ra must be saved) and whether it touches frame slots (sp-relative accesses). Fault stubs are not
 * included: their calls never return and they use no slot. A method that needs neither, and saves no s
 * register, runs without a frame at all.
 */
record FrameUse(boolean calls, boolean slots) {
    /** What a dry run assumes: everything. */
    static final FrameUse FULL = new FrameUse(true, true);

    boolean needsFrame(int savedMask) {
        return calls || slots || savedMask != 0;
    }

    /** True if this use is covered by what a frame set up for {@code planned} provides. */
    boolean fits(FrameUse planned, int savedMask) {
        return (!calls || planned.calls) && (!slots || planned.needsFrame(savedMask));
    }

    /** Scans the instructions emitted into asm at byte offsets [from, to). */
    static FrameUse scan(Assembler asm, int from, int to) {
        byte[] code = asm.snapshot();
        List<Assembler.Instruction> all = asm.instructions();
        boolean calls = false, slots = false;
        for (int k = all.size() - 1; k >= 0 && all.get(k).offset() >= from; k--) {
            int at = all.get(k).offset();
            if (at >= to) continue;
            int w = (code[at] & 0xff) | (code[at + 1] & 0xff) << 8 | (code[at + 2] & 0xff) << 16 | (code[at + 3] & 0xff) << 24;
            calls |= isCall(w);
            slots |= usesSp(w);
        }
        return new FrameUse(calls, slots);
    }

    /** jal or jalr writing ra. */
    private static boolean isCall(int w) {
        int opcode = w & 0x7f;
        return (opcode == 0x6f || opcode == 0x67) && (w >> 7 & 31) == RA;
    }

    /** Any register field naming sp, by format: U/J have rd only, S/B no rd, only R/S/B/AMO an rs2. */
    private static boolean usesSp(int w) {
        int opcode = w & 0x7f;
        boolean hasRd = opcode != 0x23 && opcode != 0x63;
        boolean hasRs1 = opcode != 0x37 && opcode != 0x17 && opcode != 0x6f;
        boolean hasRs2 = opcode == 0x33 || opcode == 0x3b || opcode == 0x23 || opcode == 0x63 || opcode == 0x2f;
        return (hasRd && (w >> 7 & 31) == SP) || (hasRs1 && (w >> 15 & 31) == SP) || (hasRs2 && (w >> 20 & 31) == SP);
    }
}
