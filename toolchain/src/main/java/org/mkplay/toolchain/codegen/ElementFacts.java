package org.mkplay.toolchain.codegen;

import static org.mkplay.toolchain.asm.Reg.*;

import java.util.ArrayList;
import java.util.List;
import org.mkplay.toolchain.asm.Assembler;

/**
 * Array accesses already checked in the current straight-line code, so that {@code a[i] = a[i] + x} or a swap
 * {@code t = a[i]; a[i] = a[j]; a[j] = t} checks and computes each element address once. A fact is about
 * register contents: "the array in register {@code array} is non-null and longer than the index in register
 * {@code index}, and register {@code address} (if any) holds the element address for that shift". The
 * assembler reports every register write, label and call; a fact goes as soon as one of its registers is
 * written, and all go at labels and calls. Element addresses are kept in a4..a7, which are otherwise only
 * written around calls.
 */
final class ElementFacts implements Assembler.Observer {
    private static final int[] ADDRESS_REGS = {A4, A5, A6, A7};

    /** A checked access; address is -1 when only the check is known (a constant index folded into the offset). */
    record Fact(int array, int index, int shift, int address) {}

    private final List<Fact> facts = new ArrayList<>();
    private int nextAddress;

    /** The fact for this array and index register, or null. */
    Fact find(int array, int index) {
        for (Fact f : facts) if (f.array() == array && f.index() == index) return f;
        return null;
    }

    /** Address register holding the element address for (array, index, shift), or -1. */
    int address(int array, int index, int shift) {
        for (Fact f : facts) {
            if (f.array() == array && f.index() == index && f.shift() == shift && f.address() >= 0) return f.address();
        }
        return -1;
    }

    /** A register to compute a new element address into (round robin over a4..a7). */
    int freeAddressRegister() {
        int r = ADDRESS_REGS[nextAddress];
        nextAddress = (nextAddress + 1) % ADDRESS_REGS.length;
        return r;
    }

    /** Records a passed check (and the address computed for it), after the code computing it was emitted. */
    void record(int array, int index, int shift, int address) {
        facts.add(new Fact(array, index, shift, address));
    }

    @Override
    public void written(int rd) {
        if (rd == RA) {
            facts.clear(); // a call: the callee may write any caller-saved register
            return;
        }
        facts.removeIf(f -> f.array() == rd || f.index() == rd || f.address() == rd);
    }

    @Override
    public void bound() {
        facts.clear();
    }
}
