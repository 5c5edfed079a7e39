import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/** The IPC benchmark's waiter: waits on the notification in its slot 1, for ever. */
public class BenchWaiter {
    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        while (true) {
            r[0] = 1;
            Syscall.invoke(Abi.SYS_WAIT, r);
        }
    }
}
