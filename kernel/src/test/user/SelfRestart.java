import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * A process that restarts itself (slot 1: a process capability to itself with CONTROL; slot 2: a notification it
 * may signal and poll, which outlives the restart while the program's data starts afresh). The first instance
 * sets bit 1 and restarts; the fresh one finds the bit and exits with status 3.
 */
public class SelfRestart {
    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        r[0] = 2;
        Syscall.invoke(Abi.SYS_POLL, r);
        if (r[1] != 0) {
            System.out.println("self: the fresh instance runs, bits " + r[1]);
            System.exit(3);
        }
        System.out.println("self: restarting myself");
        r[0] = 2;
        r[1] = 1;
        Syscall.invoke(Abi.SYS_NOTIFY, r);
        r[0] = 1;
        long status = Syscall.invoke(Abi.SYS_RESTART, r);
        System.out.println("self: still the old instance, restart returned " + status);
    }
}
