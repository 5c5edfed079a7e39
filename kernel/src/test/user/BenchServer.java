import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/** The IPC benchmark's server: answers every call with the message it got (words and buffer), for ever. */
public class BenchServer {
    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        r[0] = 1;
        r[1] = 0;
        Syscall.invoke(Abi.SYS_RECV, r);
        while (true) {
            r[0] = 1; // the answer's info is the call's: same label, words and buffer length
            Syscall.invoke(Abi.SYS_REPLY_RECV, r);
        }
    }
}
