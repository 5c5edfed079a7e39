// Statics read and written several times in one method (a counter's load and store, a flag tested twice, a
// field read before and after a call, in loops and on branches): the compiler reaches each through one auipc
// whose low part every access takes, so a wrong low part or a base lost across a call or a branch shows here.
public class StaticCounters {
    static long calls;
    static int hits;
    static short shorts = -7;
    static byte bytes = 120;
    static char letter = 'a';
    static boolean enabled;
    static long[] history = new long[8];
    static String last = "none";

    static final class Stats {
        static int opened, closed;
        static long total = 1L << 40;
    }

    static int record(int x) {
        calls++;
        if (x % 3 == 0) {
            hits++;
            last = "hit " + x; // a call (string concatenation) between the two reads of calls
            calls += x;
        }
        if (enabled) history[(int) (calls & 7)] = calls;
        return hits;
    }

    static void open(int n) {
        for (int i = 0; i < n; i++) {
            Stats.opened++;
            if (i % 4 == 1) Stats.total -= i * 3L;
            else Stats.total += Stats.opened;
            if (i == n - 1) close(i);
        }
        Stats.closed += Stats.opened / 2;
    }

    static void close(int i) {
        Stats.closed++;
        Stats.total ^= i;
    }

    static int narrow() {
        int sum = 0;
        for (int i = 0; i < 300; i++) {
            shorts += 1234;
            bytes++;
            letter++;
            if (letter > 'z') letter = 'a';
            sum += shorts + bytes + letter;
        }
        return sum;
    }

    static long swing(boolean slow) {
        long before = calls;
        if (slow) System.out.println("slow path, calls " + calls);
        calls = calls * 2 + before;
        return calls - before;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 40; i++) {
            enabled = i % 5 != 0;
            record(i);
        }
        System.out.println("calls " + calls + " hits " + hits + " last " + last);
        long h = 0;
        for (long v : history) h = h * 31 + v;
        System.out.println("history hash " + h);
        open(10);
        open(3);
        System.out.println("opened " + Stats.opened + " closed " + Stats.closed + " total " + Stats.total);
        System.out.println("narrow " + narrow() + " shorts " + shorts + " bytes " + bytes + " letter " + letter);
        System.out.println("swing " + swing(false) + " " + swing(true) + " calls " + calls);
        for (long k = 0; k < 4; k++) {
            long m = -calls * 0x9e3779b97f4a7c15L + k * 0x40000000L;
            System.out.println("masks " + (int) (m & 0x7fffffffL) + " " + (int) (m & 0xffffffffL) + " " + (int) (m & 7));
        }
    }
}
