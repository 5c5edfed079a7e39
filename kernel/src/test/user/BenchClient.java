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
        nullSyscalls(r, SHORT);
        nullSyscalls(r, LONG);
        calls(r, SHORT, 0);
        calls(r, LONG, 0);
        calls(r, SHORT, Abi.MAX_BUFFER);
        calls(r, LONG, Abi.MAX_BUFFER);
        notifies(r, SHORT);
        notifies(r, LONG);
        System.out.println("bench: done");
    }

    /** YIELD with nothing else ready at this priority: the kernel's entry and exit and little else. */
    static void nullSyscalls(long[] r, int n) {
        for (int i = 0; i < n; i++) Syscall.invoke(Abi.SYS_YIELD, r);
        System.out.println("m");
    }

    /** CALL with two words (and a buffer of that many bytes); the server answers the same way. */
    static void calls(long[] r, int n, int bytes) {
        for (int i = 0; i < n; i++) {
            r[0] = ENDPOINT;
            r[1] = 1L << Abi.INFO_LABEL_SHIFT | (long) bytes << Abi.INFO_BUFFER_SHIFT | 2;
            r[2] = i;
            r[3] = n;
            if (Syscall.invoke(Abi.SYS_CALL, r) != 0) System.out.println("call failed");
        }
        System.out.println("m");
    }

    /** NOTIFY the higher-priority waiter, which runs, waits again and so gives the processor back. */
    static void notifies(long[] r, int n) {
        for (int i = 0; i < n; i++) {
            r[0] = NOTIFICATION;
            r[1] = 1;
            Syscall.invoke(Abi.SYS_NOTIFY, r);
        }
        System.out.println("m");
    }
}
