import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/** The IPC benchmark's waiter: waits on the notification in its slot 1, for ever. */
public class BenchWaiter {
    public static void main(String[] args) {
        while (true) Syscall.invoke(Abi.SYS_WAIT, 1);
    }
}
