import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * The hostile process's partner, so that no blocking call can block it for ever: in a loop it offers a message on
 * the endpoint (slot 1, wakes a RECV), sets bits of the notification (slot 2, wakes a WAIT) and yields, until a
 * bit arrives on its own stop notification (slot 3). None of its calls blocks.
 */
public class FuzzPartner {
    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        long rounds = 0;
        while (true) {
            rounds++;
            r[0] = 1;
            r[1] = 3L << Abi.INFO_LABEL_SHIFT;
            Syscall.invoke(Abi.SYS_NBSEND, r);
            r[0] = 2;
            r[1] = 1 + (rounds & 0xFF);
            Syscall.invoke(Abi.SYS_NOTIFY, r);
            r[0] = 3;
            if (Syscall.invoke(Abi.SYS_POLL, r) == 0 && r[1] != 0) break;
            Syscall.invoke(Abi.SYS_YIELD, r);
        }
        System.out.println("fuzz partner: stopped");
    }
}
