import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * The IPC benchmark's client (image bench: BenchServer at priority 10, BenchWaiter at 12, this at 5). Each
 * measured operation runs in two loops, SHORT then LONG times, each loop followed by the line "m"; the host
 * (mkplay bench ipc) reads the instruction count at each line's end, and the difference between the two loops
 * divided by LONG - SHORT is the cost of one operation, with the printing and the set-up cancelled out.
 * Slot 1: the server's endpoint (SEND); slot 2: the waiter's notification (SEND).
 */
public class BenchClient {
    static final int SHORT = 100, LONG = 1100;
    static final int ENDPOINT = 1, NOTIFICATION = 2;

    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        System.out.println("bench: null syscall, call+reply, call+reply 4 KiB, notify+wait");
        nullSyscalls(SHORT);
        nullSyscalls(LONG);
        calls(r, SHORT, 0);
        calls(r, LONG, 0);
        calls(r, SHORT, Abi.MAX_BUFFER);
        calls(r, LONG, Abi.MAX_BUFFER);
        notifies(SHORT);
        notifies(LONG);
        System.out.println("bench: done");
    }

    /** YIELD with nothing else ready at this priority: the kernel's entry and exit and little else. */
    static void nullSyscalls(int n) {
        for (int i = 0; i < n; i++) Syscall.invoke(Abi.SYS_YIELD);
        System.out.println("m");
    }

    /**
     * CALL with two words (and a buffer of that many bytes) in registers; the server answers the same way, and the
     * answer (status, info, words, badge) lands in r.
     */
    static void calls(long[] r, int n, int bytes) {
        long info = 1L << Abi.INFO_LABEL_SHIFT | (long) bytes << Abi.INFO_BUFFER_SHIFT | 2;
        for (int i = 0; i < n; i++) {
            if (Syscall.invoke(Abi.SYS_CALL, ENDPOINT, info, i, n, r) != 0 || r[2] != i) System.out.println("call failed");
        }
        System.out.println("m");
    }

    /** NOTIFY the higher-priority waiter, which runs, waits again and so gives the processor back. */
    static void notifies(int n) {
        for (int i = 0; i < n; i++) Syscall.invoke(Abi.SYS_NOTIFY, NOTIFICATION, 1);
        System.out.println("m");
    }
}
