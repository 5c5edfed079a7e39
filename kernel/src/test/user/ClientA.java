import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/** A client: calls the server through the endpoint capability in its slot 1 (badged for it) and prints the answer. */
public class ClientA {
    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        long[] words = {40, 2};
        r[0] = 1;
        r[1] = 7L << Abi.INFO_LABEL_SHIFT | 2;
        r[2] = words[0];
        r[3] = words[1];
        System.out.println("A: calling with " + words[0] + " " + words[1]);
        long status = Syscall.invoke(Abi.SYS_CALL, r);
        System.out.println("A: call status " + status + ", label " + (r[1] >>> Abi.INFO_LABEL_SHIFT) + ", sum " + r[2]);
        r[0] = 2;
        System.out.println("A: a call through an empty slot: " + Syscall.invoke(Abi.SYS_CALL, r));
    }
}
