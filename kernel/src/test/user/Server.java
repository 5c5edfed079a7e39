import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * A server: receives two calls on the endpoint in its slot 1, learns each caller from the badge the kernel
 * delivers, answers with the sum of the two words under the label + 1, then exits. Its system calls pass their
 * arguments in registers (ClientA's use the register block): what it prints shows each result where the ABI puts it.
 */
public class Server {
    static final int ENDPOINT = 1;

    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        for (int served = 0; served < 2; served++) {
            long status = Syscall.invoke(Abi.SYS_RECV, ENDPOINT, 0, 0, 0, r);
            long label = r[1] >>> Abi.INFO_LABEL_SHIFT;
            System.out.println("server: recv status " + status + ", badge 0x" + Long.toHexString(r[8]) + ", label " + label
                + ", words " + (r[1] & Abi.INFO_WORDS_MASK) + ": " + r[2] + " " + r[3]);
            long answer = (label + 1) << Abi.INFO_LABEL_SHIFT | 1;
            System.out.println("server: reply status " + Syscall.invoke(Abi.SYS_REPLY, 0, answer, r[2] + r[3]));
        }
        System.out.println("server: served 2 calls");
    }
}
