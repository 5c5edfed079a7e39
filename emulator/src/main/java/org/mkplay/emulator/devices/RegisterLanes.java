package org.mkplay.emulator.devices;

/**
 * Byte-lane arithmetic for device registers wider than the access: a 1/2/4/8-byte access at
 * {@code byteOffset} inside a little-endian register sees (or replaces) only its own lanes.
 * This is how a 32-bit guest reads the two halves of a 64-bit {@code mtime}, for example.
 */
final class RegisterLanes {
    private RegisterLanes() {}

    /** Mask of the low {@code width} bytes (width 1, 2, 4 or 8). */
    static long mask(int width) {
        return width >= 8 ? -1L : (1L << (8 * width)) - 1;
    }

    /** The {@code width} bytes of {@code register} starting at {@code byteOffset}, zero-extended. */
    static long extract(long register, long byteOffset, int width) {
        return (register >>> (8 * byteOffset)) & mask(width);
    }

    /** {@code register} with the lanes [byteOffset, byteOffset+width) replaced by {@code value}. */
    static long merge(long register, long byteOffset, int width, long value) {
        int shift = (int) (8 * byteOffset);
        long lanes = mask(width) << shift;
        return (register & ~lanes) | ((value << shift) & lanes);
    }

    /** Unsigned 64-bit comparison ({@code a >= b} as unsigned), written out for TeaVM. */
    static boolean unsignedAtLeast(long a, long b) {
        return (a + Long.MIN_VALUE) >= (b + Long.MIN_VALUE);
    }
}
