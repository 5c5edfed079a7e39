package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mkplay.riscv.isa.Encoder;

/**
 * M extension against a BigInteger model of the spec's definitions (unprivileged spec, "M" chapter,
 * including the table "Semantics for division by zero and division overflow").
 */
class MExtensionTest {
    private static final long MIN = Long.MIN_VALUE, MAX = Long.MAX_VALUE;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private final Rig rig = new Rig();

    private static List<long[]> operands() {
        long[] edges = {
            0,
            1,
            -1,
            2,
            -2,
            MIN,
            MAX,
            MIN + 1,
            0xFFFF_FFFFL,
            0x8000_0000L,
            Integer.MIN_VALUE,
            Integer.MAX_VALUE,
            0x1_0000_0000L,
            0xFFFF_FFFF_0000_0000L,
            3,
            -3
        };
        List<long[]> pairs = new ArrayList<>();
        for (long a : edges) {
            for (long b : edges) {
                pairs.add(new long[] {a, b});
            }
        }
        Random random = new Random(20240611);
        for (int i = 0; i < 400; i++) {
            pairs.add(new long[] {random.nextLong(), random.nextLong()});
            pairs.add(new long[] {random.nextLong() >> random.nextInt(64), random.nextLong() >> random.nextInt(64)});
        }
        return pairs;
    }

    private static BigInteger signed(long v) {
        return BigInteger.valueOf(v);
    }

    private static BigInteger unsigned(long v) {
        return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(TWO_64);
    }

    private static long high(BigInteger product) {
        return product.shiftRight(64).longValue();
    }

    @Test
    void multiplicationMatchesTheFullProduct() {
        for (long[] p : operands()) {
            long a = p[0], b = p[1];
            String what = a + " * " + b;
            assertEquals(
                    signed(a).multiply(signed(b)).longValue(),
                    rig.single(Encoder.mul(A0, A1, A2), a, b),
                    "mul " + what);
            assertEquals(
                    high(signed(a).multiply(signed(b))), rig.single(Encoder.mulh(A0, A1, A2), a, b), "mulh " + what);
            assertEquals(
                    high(signed(a).multiply(unsigned(b))),
                    rig.single(Encoder.mulhsu(A0, A1, A2), a, b),
                    "mulhsu " + what);
            assertEquals(
                    high(unsigned(a).multiply(unsigned(b))),
                    rig.single(Encoder.mulhu(A0, A1, A2), a, b),
                    "mulhu " + what);
            assertEquals((long) (int) (a * b), rig.single(Encoder.mulw(A0, A1, A2), a, b), "mulw " + what);
        }
    }

    /** Quotient per the spec table: x/0 = -1 (all ones), MIN/-1 = MIN; otherwise rounds toward zero. */
    private static long div(BigInteger a, BigInteger b, int bits) {
        if (b.signum() == 0) {
            return -1;
        }
        return truncate(a.divide(b), bits); // BigInteger.divide rounds toward zero; MIN/-1 wraps on truncation
    }

    private static long rem(BigInteger a, BigInteger b, int bits) {
        return b.signum() == 0
                ? truncate(a, bits)
                : truncate(a.subtract(a.divide(b).multiply(b)), bits);
    }

    /** The low {@code bits} bits, sign-extended to 64 (as *W results are). */
    private static long truncate(BigInteger value, int bits) {
        long low = value.longValue();
        return bits == 32 ? (int) low : low;
    }

    private static BigInteger unsigned32(long v) {
        return BigInteger.valueOf(v & 0xFFFF_FFFFL);
    }

    @Test
    void divisionAndRemainder() {
        for (long[] p : operands()) {
            long a = p[0], b = p[1];
            String what = a + " / " + b;
            assertEquals(div(signed(a), signed(b), 64), rig.single(Encoder.div(A0, A1, A2), a, b), "div " + what);
            assertEquals(div(unsigned(a), unsigned(b), 64), rig.single(Encoder.divu(A0, A1, A2), a, b), "divu " + what);
            assertEquals(rem(signed(a), signed(b), 64), rig.single(Encoder.rem(A0, A1, A2), a, b), "rem " + what);
            assertEquals(rem(unsigned(a), unsigned(b), 64), rig.single(Encoder.remu(A0, A1, A2), a, b), "remu " + what);
        }
    }

    @Test
    void wordDivisionAndRemainder() {
        for (long[] p : operands()) {
            long a = p[0], b = p[1];
            BigInteger sa = signed((int) a), sb = signed((int) b);
            String what = a + " / " + b;
            assertEquals(div(sa, sb, 32), rig.single(Encoder.divw(A0, A1, A2), a, b), "divw " + what);
            assertEquals(
                    div(unsigned32(a), unsigned32(b), 32),
                    rig.single(Encoder.divuw(A0, A1, A2), a, b),
                    "divuw " + what);
            assertEquals(rem(sa, sb, 32), rig.single(Encoder.remw(A0, A1, A2), a, b), "remw " + what);
            assertEquals(
                    rem(unsigned32(a), unsigned32(b), 32),
                    rig.single(Encoder.remuw(A0, A1, A2), a, b),
                    "remuw " + what);
        }
    }

    @Test
    void specTableOfDivisionCornerCases() {
        assertEquals(-1, rig.single(Encoder.div(A0, A1, A2), 42, 0), "div by zero: -1");
        assertEquals(-1, rig.single(Encoder.divu(A0, A1, A2), 42, 0), "divu by zero: 2^64-1");
        assertEquals(42, rig.single(Encoder.rem(A0, A1, A2), 42, 0), "rem by zero: dividend");
        assertEquals(-42, rig.single(Encoder.remu(A0, A1, A2), -42, 0), "remu by zero: dividend");
        assertEquals(MIN, rig.single(Encoder.div(A0, A1, A2), MIN, -1), "overflow: MIN");
        assertEquals(0, rig.single(Encoder.rem(A0, A1, A2), MIN, -1), "overflow: remainder 0");
        assertEquals(Integer.MIN_VALUE, rig.single(Encoder.divw(A0, A1, A2), 0x8000_0000L, 0xFFFF_FFFFL));
        assertEquals(0, rig.single(Encoder.remw(A0, A1, A2), 0x8000_0000L, -1));
        assertEquals(-1, rig.single(Encoder.divuw(A0, A1, A2), 7, 0x1_0000_0000L), "divuw: only the low word divides");
        assertEquals(
                0xFFFF_FFFF_8000_0000L,
                rig.single(Encoder.remuw(A0, A1, A2), 0x8000_0000L, 0),
                "remuw by zero: the dividend's low word, sign-extended");
        assertEquals(-2, rig.single(Encoder.rem(A0, A1, A2), -7, 5), "remainder has the dividend's sign");
    }
}
