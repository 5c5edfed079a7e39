import org.mkplay.mk.Message;
import org.mkplay.mk.Server;

/**
 * The lesson's accumulator: keeps one running total. ADD n adds word 0 to it, DIV n divides it by word 0, TOTAL
 * reads it; every answer carries the total in word 0. It has a bug: DIV 0 divides by zero, and the compiled code's
 * check stops the server with an ArithmeticException. The lesson's system runs it twice from this same source: as acc, a
 * process in user space, and as kacc, placed in the kernel.
 */
public class Accumulator extends Server {
    static final long ADD = 1, DIV = 2, TOTAL = 3;

    private long total;

    @Override
    protected void handle(Message request, Message answer) {
        if (request.label() == ADD) total += request.word(0);
        else if (request.label() == DIV) total /= request.word(0);
        answer.add(total);
    }

    public static void main(String[] args) {
        new Accumulator().serve();
    }
}
