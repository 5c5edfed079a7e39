import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * The server of the page's multi-process image (image timeline): answers every call on the endpoint in its slot 1
 * with the label + 1 and the sum of the two words, for ever. When its clients are gone it waits in receive, no
 * thread can run, and the kernel powers off.
 */
public class PingServer {
    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        System.out.println("ping server: waiting for calls");
        r[0] = 1;
        r[1] = 0;
        Syscall.invoke(Abi.SYS_RECV, r);
        while (true) {
            r[0] = 1;
            r[1] = ((r[1] >>> Abi.INFO_LABEL_SHIFT) + 1) << Abi.INFO_LABEL_SHIFT | 1;
            r[2] = r[2] + r[3];
            Syscall.invoke(Abi.SYS_REPLY_RECV, r);
        }
    }
}
