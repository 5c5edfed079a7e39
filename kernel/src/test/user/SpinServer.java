import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/** The register watch's server (image regs): answers each call with the message it got, 10 times, then exits. */
public class SpinServer {
    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        Syscall.invoke(Abi.SYS_RECV, 1, 0, 0, 0, r);
        for (int i = 1; i < 10; i++) Syscall.invoke(Abi.SYS_REPLY_RECV, 1, r[1], r[2], r[3], r);
        Syscall.invoke(Abi.SYS_REPLY, 0, r[1], r[2], r[3]);
    }
}
