public class BitOps {
    static final int[] INTS = {0, 1, -1, 2, 6, 0x80000000, 0x7fffffff, 0x12345678, 0xdeadbeef, 1024, -1024, 0x00f0_0000};
    static final long[] LONGS = {0L, 1L, -1L, 0x8000000000000000L, 0x7fffffffffffffffL, 0x0123456789abcdefL, 1L << 40, -(1L << 40), 0xf0L};

    public static void main(String[] args) {
        for (int v : INTS) {
            System.out.println(v + ": nlz=" + Integer.numberOfLeadingZeros(v) + " ntz=" + Integer.numberOfTrailingZeros(v)
                + " bits=" + Integer.bitCount(v) + " high=" + Integer.highestOneBit(v) + " low=" + Integer.lowestOneBit(v)
                + " rotl5=" + Integer.rotateLeft(v, 5) + " rotr37=" + Integer.rotateRight(v, 37) + " rotl-3=" + Integer.rotateLeft(v, -3)
                + " rev=" + Integer.reverse(v) + " bswap=" + Integer.reverseBytes(v));
            System.out.println("  unsigned=" + Integer.toUnsignedString(v) + " asLong=" + Integer.toUnsignedLong(v)
                + " cmpU(7)=" + Integer.compareUnsigned(v, 7) + " divU(3)=" + Integer.divideUnsigned(v, 3) + " remU(10)=" + Integer.remainderUnsigned(v, 10)
                + " r2=" + Integer.toString(v, 2) + " r16=" + Integer.toString(v, 16) + " r36=" + Integer.toString(v, 36) + " r99=" + Integer.toString(v, 99));
        }
        for (long v : LONGS) {
            System.out.println(v + ": nlz=" + Long.numberOfLeadingZeros(v) + " ntz=" + Long.numberOfTrailingZeros(v) + " bits=" + Long.bitCount(v)
                + " high=" + Long.highestOneBit(v) + " low=" + Long.lowestOneBit(v) + " rotl9=" + Long.rotateLeft(v, 9)
                + " rotr70=" + Long.rotateRight(v, 70) + " rev=" + Long.reverse(v) + " bswap=" + Long.reverseBytes(v));
            System.out.println("  unsigned=" + Long.toUnsignedString(v) + " cmpU(7)=" + Long.compareUnsigned(v, 7) + " divU(7)=" + Long.divideUnsigned(v, 7)
                + " remU(7)=" + Long.remainderUnsigned(v, 7) + " divU(big)=" + Long.divideUnsigned(v, 0x8000000000000001L)
                + " r7=" + Long.toString(v, 7) + " r36=" + Long.toString(v, 36));
        }
        String[] hex = {"0", "ff", "-80000000", "+7fffffff", "CAFE", "-1"};
        StringBuilder sb = new StringBuilder();
        for (String h : hex) sb.append(Integer.parseInt(h, 16)).append(' ').append(Long.parseLong(h, 16)).append(' ');
        System.out.println(sb + "" + Long.parseLong("-zz", 36) + " " + Integer.parseInt("1010", 2) + " " + Long.parseLong("777", 8));
        System.out.println(Character.digit('7', 10) + " " + Character.digit('f', 16) + " " + Character.digit('F', 16) + " " + Character.digit('g', 16)
            + " " + Character.digit('z', 36) + " " + Character.digit('1', 1) + " " + Character.forDigit(11, 16) + (int) Character.forDigit(11, 10)
            + Character.forDigit(35, 36) + (int) Character.forDigit(1, 40));
        System.out.println(Math.multiplyExact(3037000499L, 3037000499L) + " " + Math.subtractExact(-5L, 7L) + " " + Math.negateExact(-9L)
            + " " + Math.addExact(Long.MAX_VALUE - 5, 5L));
        long set = 0;
        for (int i = 0; i < 64; i += 7) set |= 1L << i;
        StringBuilder members = new StringBuilder();
        for (long rest = set; rest != 0; rest &= rest - 1) members.append(Long.numberOfTrailingZeros(rest)).append(',');
        System.out.println(members + " count=" + Long.bitCount(set));
    }
}
