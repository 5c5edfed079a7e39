package org.mkplay.toolchain.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.mkplay.riscv.isa.Reg;

/** Checks {@code li} by interpreting the emitted lui/addi/addiw/slli sequence (independent of the generator). */
class LiTest {
    private static long run(byte[] img) {
        ByteBuffer b = ByteBuffer.wrap(img).order(ByteOrder.LITTLE_ENDIAN);
        long x = 0;
        while (b.hasRemaining()) {
            int w = b.getInt();
            int op = w & 0x7f, f3 = w >> 12 & 7;
            long immI = w >> 20;
            if (op == 0x37) x = (long) (w & 0xfffff000);
            else if (op == 0x13 && f3 == 0) x = ((w >> 15 & 31) == 0 ? 0 : x) + immI;
            else if (op == 0x1b && f3 == 0) x = (int) (x + immI);
            else if (op == 0x13 && f3 == 1) x = x << (immI & 63);
            else throw new AssertionError("unexpected " + Integer.toHexString(w));
        }
        return x;
    }

    @Test
    void everyKindOfConstant() {
        long[] values = {
            0,
            1,
            -1,
            2047,
            -2048,
            2048,
            0x7ff,
            0x800,
            0x7ffff800L,
            0x7fffffffL,
            -0x80000000L,
            0x80000000L,
            0xffffffffL,
            0x100000000L,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            0x123456789abcdef0L,
            -0x123456789abcdefL,
            0x80000000_00000800L,
            0x10000000,
            0x8000_0000_0000_0001L
        };
        for (long v : values) {
            Assembler a = new Assembler(0);
            a.li(Reg.A0, v);
            assertEquals(v, run(a.finish()), "li " + Long.toHexString(v));
        }
        java.util.Random r = new java.util.Random(42);
        for (int k = 0; k < 2000; k++) {
            long v = r.nextLong() >> r.nextInt(64);
            Assembler a = new Assembler(0);
            a.li(Reg.A0, v);
            assertEquals(v, run(a.finish()), "li " + Long.toHexString(v));
        }
    }
}
