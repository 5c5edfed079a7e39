import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * The IPC benchmark's server: answers every call with the message it got (the label, the buffer's length and the two
 * words of the benchmark's messages), for ever. The arguments go in registers; each received message lands in r.
 */
public class BenchServer {
    static final int ENDPOINT = 1;

    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        Syscall.invoke(Abi.SYS_RECV, ENDPOINT, 0, 0, 0, r);
        while (true) Syscall.invoke(Abi.SYS_REPLY_RECV, ENDPOINT, r[1], r[2], r[3], r);
    }
}
