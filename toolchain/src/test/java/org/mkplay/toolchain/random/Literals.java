package org.mkplay.toolchain.random;

import java.util.Random;

/** Source text of constants, biased towards the edges where wrap-around and sign bugs live. */
final class Literals {
    private Literals() {}

    private static final long[] EDGES = {
        0,
        1,
        -1,
        2,
        -2,
        3,
        7,
        8,
        15,
        16,
        31,
        32,
        33,
        63,
        64,
        65,
        127,
        128,
        -128,
        -129,
        255,
        256,
        32767,
        32768,
        -32768,
        65535,
        65536,
        Integer.MAX_VALUE,
        Integer.MIN_VALUE,
        0xFFFFFFFFL,
        0x100000000L,
        Long.MAX_VALUE,
        Long.MIN_VALUE,
        0x5555555555555555L,
        1000000007L,
        -1000
    };

    /** Input values for generated functions: the edges plus a few seeded random ones. */
    static long[] inputs(Random rnd, int randomCount) {
        long[] values = new long[EDGES.length + randomCount];
        System.arraycopy(EDGES, 0, values, 0, EDGES.length);
        for (int i = 0; i < randomCount; i++) values[EDGES.length + i] = rnd.nextLong() >> rnd.nextInt(64);
        return values;
    }

    static String of(JType type, Random rnd) {
        long v = rnd.nextInt(4) == 0 ? rnd.nextLong() >> rnd.nextInt(64) : EDGES[rnd.nextInt(EDGES.length)];
        return switch (type) {
            case BOOLEAN -> rnd.nextBoolean() ? "true" : "false";
            case BYTE -> "((byte) " + intLiteral((byte) v) + ")";
            case SHORT -> "((short) " + intLiteral((short) v) + ")";
            case CHAR -> charLiteral((char) v);
            case INT -> intLiteral((int) v);
            case LONG -> longLiteral(v);
        };
    }

    static String intLiteral(int v) {
        if (v == Integer.MIN_VALUE) return "Integer.MIN_VALUE";
        return v < 0 ? "(" + v + ")" : Integer.toString(v);
    }

    static String longLiteral(long v) {
        if (v == Long.MIN_VALUE) return "Long.MIN_VALUE";
        return v < 0 ? "(" + v + "L)" : v + "L";
    }

    private static String charLiteral(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') return "'" + c + "'";
        return "((char) " + (int) c + ")";
    }
}
