import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Files;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Kv;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;

/**
 * The shell's {@code bench [SHORT LONG] [WORKLOAD...]}: the system benchmark's workloads (docs/benchmarks.md), each
 * run SHORT and then LONG times between marker lines. The host (mkplay bench system, the page's Benchmark tab)
 * reads the machine's counters as each marker line's newline reaches the UART; an operation's cost is the
 * difference between the two loops over LONG - SHORT, so the markers' printing and the set-up cancel. The
 * loops never allocate (no collection can fall in one of them; one operation before them looks the server up and
 * touches its pages), and every operation's result goes into a checksum printed after the loops: the same in every
 * placement.
 *
 * <pre>
 *   bench: echo          before the short loop
 *   bench: ok            after it
 *   bench: ok            after the long loop (the same line: its printing costs the same)
 *   bench: echo done, checksum 123, failures 0
 * </pre>
 */
final class Bench {
    static final String[] WORKLOADS = {"echo", "kv_get", "kv_put", "file_read_4k", "file_create_write"};
    /** The bytes of a 4 KiB read, the value of a kv put and get, the contents of a created file. */
    static final int FILE_SIZE = 4096, VALUE_SIZE = 32, CREATED_SIZE = 1024;

    private static final Message m = new Message();
    private static final byte[] data = new byte[FILE_SIZE];
    private static Cap echo;
    private static long handle;
    private static long checksum, failures;

    private Bench() {}

    /** The command's arguments: optional loop lengths, then workload names (none: all of them). */
    static void command(String args) {
        String[] words = args.isEmpty() ? new String[0] : args.split(" ");
        int at = 0, shortRuns = 100, longRuns = 1100;
        if (words.length >= 2 && number(words[0]) >= 0 && number(words[1]) > number(words[0])) {
            shortRuns = number(words[0]);
            longRuns = number(words[1]);
            at = 2;
        }
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 7 + 1);
        if (at == words.length) {
            for (int w = 0; w < WORKLOADS.length; w++) workload(w, shortRuns, longRuns);
        }
        for (int i = at; i < words.length; i++) {
            int w = index(words[i]);
            if (w < 0) Console.println("bench: no workload '" + words[i] + "'");
            else workload(w, shortRuns, longRuns);
        }
    }

    private static void workload(int w, int shortRuns, int longRuns) {
        String name = WORKLOADS[w];
        if (!setUp(w)) {
            Console.println("bench: " + name + " cannot start");
            return;
        }
        operation(w, 0); // a warm-up: the server's lookup (Kv, Files), a new file's name, first touches of pages
        checksum = 0;
        failures = 0;
        Console.println("bench: " + name);
        loop(w, shortRuns);
        Console.println("bench: ok");
        loop(w, longRuns);
        Console.println("bench: ok");
        tearDown(w);
        Console.println("bench: " + name + " done, checksum " + checksum + ", failures " + failures);
    }

    private static void loop(int w, int runs) {
        for (int i = 0; i < runs; i++) {
            long result = operation(w, i);
            if (result < 0) failures++;
            else checksum += result;
        }
    }

    /** One operation of workload w: its result (0 or more), or a negative status. */
    private static long operation(int w, int i) {
        if (w == 0) {
            long status = Ipc.call(echo, m.clear().label(1).add(i));
            return status != 0 ? status : m.words() == 1 && m.word(0) == i ? 1 : -1;
        } else if (w == 1) {
            long n = Kv.get("bench", data);
            return n < 0 ? n : n + (data[VALUE_SIZE - 1] & 0xff);
        } else if (w == 2) {
            return Kv.put("bench.put", data, VALUE_SIZE);
        } else if (w == 3) {
            long n = Files.read(handle, 0, data, FILE_SIZE);
            return n < 0 ? n : n + (data[FILE_SIZE - 1] & 0xff);
        } else {
            long h = Files.open("bench.new", true);
            if (h < 0) return h;
            long n = Files.write(h, 0, data, CREATED_SIZE);
            long closed = Files.close(h);
            return n < 0 ? n : closed < 0 ? closed : n;
        }
    }

    /** What a workload needs before its loops: the echo server's capability, a key, an open 4 KiB file. */
    private static boolean setUp(int w) {
        if (w == 0) {
            echo = Names.lookup("echo");
            return echo != null;
        } else if (w == 1) {
            return Kv.put("bench", data, VALUE_SIZE) == 0;
        } else if (w == 3) {
            handle = Files.open("bench.4k", true);
            return handle >= 0 && Files.write(handle, 0, data, FILE_SIZE) == FILE_SIZE;
        }
        return true;
    }

    private static void tearDown(int w) {
        if (w == 3) Files.close(handle);
    }

    private static int index(String name) {
        for (int w = 0; w < WORKLOADS.length; w++) if (WORKLOADS[w].equals(name)) return w;
        return -1;
    }

    /** A decimal number of at most 9 digits, or -1. */
    private static int number(String s) {
        if (s.isEmpty() || s.length() > 9) return -1;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
