import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * The hostile process's server: answers whatever arrives on the endpoint in its slot 1 (a message that was not a
 * call is simply not answered; REPLY_RECV only answers a call it owes). A call with label 1 from the control badge
 * gets its word + 1 back; label 2 from the control badge is answered and ends the server.
 */
public class FuzzServer {
    static final long CONTROL_BADGE = 0x7A3C_91E5L;

    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        long served = 0;
        r[0] = 1;
        r[1] = 0;
        Syscall.invoke(Abi.SYS_RECV, r);
        while (true) {
            served++;
            long label = r[1] >>> Abi.INFO_LABEL_SHIFT;
            boolean control = r[8] == CONTROL_BADGE;
            if (control && label == 2) break;
            r[2] = control && label == 1 ? r[2] + 1 : served;
            r[0] = 1;
            r[1] = 1; // one word back
            Syscall.invoke(Abi.SYS_REPLY_RECV, r);
        }
        r[1] = 0;
        Syscall.invoke(Abi.SYS_REPLY, r);
        System.out.println("fuzz server: stopped after " + (served > 1000 ? "more than 1000" : "" + served) + " messages");
    }
}
