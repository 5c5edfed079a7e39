import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Server;
import org.mkplay.rt.Syscall;

/**
 * Answers label 1 with its word plus one, allocating a little on every call (its collector runs in either
 * placement). Label 2 tries what a handler placed in the kernel may not do and answers the statuses: a call to
 * another server (it would block), a wait on a notification it does not hold, a byte outside 0..255 to the console,
 * an answer of 7 words.
 */
public class Adder extends Server {
    private final Message out = new Message();
    private final long[] regs = new long[Syscall.REGISTERS];
    private int calls;

    @Override
    protected void handle(Message request, Message answer) {
        calls++;
        if (request.label() == 1) {
            int[] scratch = new int[4 + calls % 8];
            scratch[0] = (int) request.word(0) + 1;
            answer.label(1).add(scratch[0]);
        } else if (request.label() == 2) {
            answer.label(2).add(Ipc.call(Cap.program(1), out.clear().label(1).add(1)));
            regs[0] = 300;
            answer.add(Syscall.invoke(19, regs)); // DEBUG_PUTC of 300
            regs[0] = 9;
            answer.add(Syscall.invoke(8, regs)); // WAIT on slot 9: nothing there
            regs[0] = 0;
            regs[1] = 7; // REPLY with 7 words
            answer.add(Syscall.invoke(5, regs));
        }
    }

    public static void main(String[] args) {
        new Adder().serve();
    }
}
