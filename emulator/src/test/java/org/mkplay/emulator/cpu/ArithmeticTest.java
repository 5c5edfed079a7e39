package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The M-extension helpers against BigInteger, the oracle for 128-bit products and unsigned division. */
class ArithmeticTest {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final long[] EDGES = {
        0,
        1,
        2,
        3,
        7,
        -1,
        -2,
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        Long.MIN_VALUE + 1,
        0xFFFF_FFFFL,
        0x1_0000_0000L,
        0x8000_0000L,
        -0x8000_0000L
    };

    private static BigInteger unsigned(long v) {
        return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(TWO_64);
    }

    private static void check(long a, long b) {
        BigInteger ua = unsigned(a), ub = unsigned(b), sa = BigInteger.valueOf(a), sb = BigInteger.valueOf(b);
        assertEquals(ua.multiply(ub).shiftRight(64).longValue(), Arithmetic.mulhu(a, b), () -> "mulhu " + a + " " + b);
        assertEquals(sa.multiply(sb).shiftRight(64).longValue(), Arithmetic.mulh(a, b), () -> "mulh " + a + " " + b);
        assertEquals(
                sa.multiply(ub).shiftRight(64).longValue(), Arithmetic.mulhsu(a, b), () -> "mulhsu " + a + " " + b);
        if (b != 0) {
            assertEquals(ua.divide(ub).longValue(), Arithmetic.divu(a, b), () -> "divu " + a + " " + b);
            assertEquals(ua.remainder(ub).longValue(), Arithmetic.remu(a, b), () -> "remu " + a + " " + b);
        }
    }

    @Test
    void edgeValues() {
        for (long a : EDGES) {
            for (long b : EDGES) {
                check(a, b);
            }
        }
    }

    @Test
    void randomValuesOfEveryMagnitude() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            long a = random.nextLong() >> random.nextInt(64);
            long b = random.nextLong() >> random.nextInt(64);
            check(a, b);
            check(a | Long.MIN_VALUE, b);
        }
    }
}
