package org.mkplay.toolchain.asm;

/** A position in an {@link Assembler} buffer; unbound (offset -1) until {@link Assembler#bind(Label)}. */
public final class Label {
    private final String name;
    int offset = -1; // byte offset from the buffer start once bound; bound exactly once

    Label(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public boolean isBound() {
        return offset >= 0;
    }

    /** Byte offset from the start of the assembler buffer; throws if unbound. */
    public int offset() {
        if (offset < 0) throw new IllegalStateException("label " + name + " is not bound");
        return offset;
    }

    @Override
    public String toString() {
        return name;
    }
}
