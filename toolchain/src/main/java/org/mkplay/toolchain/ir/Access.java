package org.mkplay.toolchain.ir;

/**
 * Width and extension of a LOAD or STORE, by JVM descriptor letter: Z (lbu), B (lb/sb), C (lhu/sh),
 * S (lh/sh), I (lw/sw), J (ld/sd: long, reference, Address).
 */
public record Access(char type) implements Ref {
    public static Access of(String desc) {
        char c = desc.charAt(0);
        return new Access(c == 'Z' || c == 'B' || c == 'C' || c == 'S' || c == 'I' ? c : 'J');
    }

    @Override
    public String toString() {
        return String.valueOf(type);
    }
}
