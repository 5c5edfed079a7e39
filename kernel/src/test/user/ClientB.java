import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * A client: calls the server through the endpoint capability in its slot 1 (badged for it) and prints the answer. Its
 * calls pass their arguments in registers and get the answer in r; the words it sent stay live across the call.
 */
public class ClientB {
    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        long first = 1000, second = 337, info = 7L << Abi.INFO_LABEL_SHIFT | 2;
        System.out.println("B: calling with " + first + " " + second);
        long status = Syscall.invoke(Abi.SYS_CALL, 1, info, first, second, r);
        String sum = r[2] == first + second ? "sum " + r[2] : "a wrong sum " + r[2];
        System.out.println("B: call status " + status + ", label " + (r[1] >>> Abi.INFO_LABEL_SHIFT) + ", " + sum);
        System.out.println("B: a call through an empty slot: " + Syscall.invoke(Abi.SYS_CALL, 2, info, first, second, r));
    }
}
