package org.mkplay.toolchain.random;

import java.util.List;

/**
 * The primitive types generated programs compute with. An expression generated "of type T" has a static Java
 * type that widens to T (for BYTE, SHORT and CHAR: exactly T), so it can go wherever a T is expected.
 */
enum JType {
    BOOLEAN("boolean"),
    BYTE("byte"),
    SHORT("short"),
    CHAR("char"),
    INT("int"),
    LONG("long");

    static final List<JType> INTEGRAL = List.of(BYTE, SHORT, CHAR, INT, LONG);
    static final List<JType> UP_TO_INT = List.of(BYTE, SHORT, CHAR, INT);

    final String java;

    JType(String java) {
        this.java = java;
    }

    boolean narrow() {
        return this == BYTE || this == SHORT || this == CHAR;
    }

    /** Whether a value of this static type may be used where {@code target} is expected without a cast. */
    boolean fits(JType target) {
        if (this == target) return true;
        if (this == BOOLEAN || target == BOOLEAN || target.narrow()) return this == BYTE && target == SHORT;
        return target == LONG || this != LONG;
    }
}
