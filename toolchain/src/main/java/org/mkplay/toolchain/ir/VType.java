package org.mkplay.toolchain.ir;

/**
 * Type of a virtual register. Every value is one 64-bit machine word: an {@code int} (also {@code short},
 * {@code byte}, {@code char}, {@code boolean}) is kept sign- or zero-extended, so {@code int} arithmetic uses
 * the RV64 *W forms; a reference is an address or 0; the kernel's {@code Address} is a raw word that is
 * never null-checked.
 */
public enum VType {
    INT("i"),
    LONG("l"),
    REF("r"),
    ADDR("w");

    final String letter;

    VType(String letter) {
        this.letter = letter;
    }

    /** The type of a JVM descriptor (field, parameter or return type). */
    public static VType of(String desc) {
        return switch (desc.charAt(0)) {
            case 'J' -> LONG;
            case 'L', '[' -> desc.equals("Lorg/mkplay/vmmagic/Address;") ? ADDR : REF;
            default -> INT;
        };
    }
}
