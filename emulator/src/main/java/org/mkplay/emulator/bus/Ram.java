package org.mkplay.emulator.bus;

/**
 * Main memory, stored as little-endian 64-bit words so that the common aligned accesses are a
 * single array element (and so that the core needs no byte-buffer views, which TeaVM lacks).
 *
 * <p>Offsets are relative to the RAM base. Callers guarantee {@code 0 <= offset} and
 * {@code offset + width <= size()}, and that an access of width 2, 4 or 8 does not cross an
 * 8-byte word ({@link #crossesWord}); misaligned accesses are split into bytes by the caller.
 */
public final class Ram {
    private final long[] words;
    private final long size;

    public Ram(long sizeBytes) {
        if (sizeBytes <= 0 || (sizeBytes & 0xFFF) != 0 || sizeBytes > (1L << 34)) {
            throw new IllegalArgumentException(
                    "RAM size must be a positive multiple of 4 KiB up to 16 GiB: " + sizeBytes);
        }
        this.words = new long[(int) (sizeBytes >>> 3)];
        this.size = sizeBytes;
    }

    public long size() {
        return size;
    }

    /** The backing words, for the hart's inlined fast paths. Word i holds bytes [8i, 8i+8). */
    public long[] words() {
        return words;
    }

    public static boolean crossesWord(long offset, int width) {
        return ((offset & 7) + width) > 8;
    }

    public long read(long offset, int width) {
        long word = words[(int) (offset >>> 3)];
        long value = word >>> ((offset & 7) << 3);
        return width == 8 ? value : value & ((1L << (width << 3)) - 1);
    }

    public void write(long offset, int width, long value) {
        int index = (int) (offset >>> 3);
        if (width == 8) {
            words[index] = value;
            return;
        }
        int shift = (int) (offset & 7) << 3;
        long mask = ((1L << (width << 3)) - 1) << shift;
        words[index] = (words[index] & ~mask) | ((value << shift) & mask);
    }

    public int readByte(long offset) {
        return (int) read(offset, 1);
    }

    public void writeByte(long offset, int value) {
        write(offset, 1, value);
    }

    public void clear() {
        java.util.Arrays.fill(words, 0L);
    }
}
