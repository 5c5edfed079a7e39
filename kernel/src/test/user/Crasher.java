import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * The faulting process of the page's multi-process image: calls the server CALLS times, then reads a null array,
 * whose compiled null check reports the exception and traps (a breakpoint fault, which the kernel reports).
 */
public class Crasher {
    static final int CALLS = 200;
    static int[] table;

    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        for (int i = 0; i < CALLS; i++) {
            r[0] = 1;
            r[1] = 9L << Abi.INFO_LABEL_SHIFT | 1;
            r[2] = i;
            Syscall.invoke(Abi.SYS_CALL, r);
        }
        System.out.println("crasher: " + CALLS + " calls made, now reading a null array");
        System.out.println(table[0]);
    }
}
