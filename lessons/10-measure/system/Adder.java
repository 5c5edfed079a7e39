import org.mkplay.mk.Message;
import org.mkplay.mk.Server;

/**
 * The lesson's adder: ADD (label 1) adds every word of the request to its total and answers the total in word 0. The
 * lesson's system runs it twice from this source: adder, a process in user space, and kadder, placed in the kernel.
 */
public class Adder extends Server {
    static final long ADD = 1;

    private long total;

    @Override
    protected void handle(Message request, Message answer) {
        if (request.label() == ADD) {
            for (int i = 0; i < request.words(); i++) total += request.word(i);
        }
        answer.add(total);
    }

    public static void main(String[] args) {
        new Adder().serve();
    }
}
