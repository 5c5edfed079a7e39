import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * A client of the page's multi-process image: ROUNDS calls to the server in its slot 1, labels cycling 1..8, every
 * fourth call with bytes in the IPC buffer as well; checks each answer and prints a summary, then exits.
 */
public class PingClient {
    static final int ROUNDS = 3000;

    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        long wrong = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long label = 1 + i % 8;
            long bytes = i % 4 == 3 ? 64 : 0;
            r[0] = 1;
            r[1] = label << Abi.INFO_LABEL_SHIFT | bytes << Abi.INFO_BUFFER_SHIFT | 2;
            r[2] = i;
            r[3] = 1;
            long status = Syscall.invoke(Abi.SYS_CALL, r);
            if (status != 0 || r[1] >>> Abi.INFO_LABEL_SHIFT != label + 1 || r[2] != i + 1) wrong++;
        }
        System.out.println("ping client: " + ROUNDS + " calls, " + wrong + " wrong answers");
    }
}
