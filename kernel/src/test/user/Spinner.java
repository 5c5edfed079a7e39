import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * The register watch's client (image regs): between its calls it spins in a leaf loop long enough for timer
 * interrupts to take it with values in the scratch registers, then calls the server, which runs at a higher priority
 * and answers: each call blocks and comes back after a switch. SyscallRegistersTest checks, instruction by
 * instruction, that every call still returns t3..t6 zero and the preserved registers as they were.
 */
public class Spinner {
    static final int ROUNDS = 10;

    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        long sum = 0;
        for (int round = 0; round < ROUNDS; round++) {
            sum += spin(round);
            long status = Syscall.invoke(Abi.SYS_CALL, 1, 1L << Abi.INFO_LABEL_SHIFT | 2, round, sum, r);
            if (status != 0 || r[2] != round || r[3] != sum) System.out.println("spinner: a wrong answer in round " + round);
        }
        System.out.println("spinner: " + ROUNDS + " calls, sum " + sum);
    }

    /** A leaf loop: its values live in caller-saved registers (t3 first) while the timer interrupts it. */
    static long spin(int round) {
        long a = round, b = 0x9E37_79B9_7F4A_7C15L, c = 1;
        for (int i = 0; i < 250_000; i++) {
            a = a * 31 + b;
            b ^= a >>> 7;
            c += a ^ b;
        }
        return c;
    }
}
