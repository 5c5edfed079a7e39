public class ExLongsLive {
    static long mix(long x, int round) {
        if ((x & 0xff) == 0x2a) throw new IllegalStateException("hit 0x2a in round " + round);
        return x * 6364136223846793005L + 1442695040888963407L;
    }

    public static void main(String[] args) {
        long state = 12345, hits = 0, sum = 0, xor = 0;
        long[] history = new long[8];
        for (int round = 0; round < 400; round++) {
            long before = state;
            try {
                state = mix(state, round);
                history[round & 7] = state;
            } catch (IllegalStateException e) {
                hits++;
                state = before + round; // the value from before the call is intact
                if (hits <= 3) System.out.println(e.getMessage() + " state=" + Long.toHexString(before));
            }
            sum += state >>> 7;
            xor ^= state;
        }
        System.out.println(hits + " " + sum + " " + xor);
        long h = 0;
        for (long v : history) h = h * 31 + v;
        System.out.println(h);
    }
}
