import org.mkplay.mk.Message;
import org.mkplay.mk.Server;

/**
 * Lesson 5: a tally per client. ADD (label 1, word 0 = an amount) adds to the caller's total and answers it; TOTAL
 * (label 2) answers the caller's total. The caller is known by the badge of the capability it called through.
 */
public class Tally extends Server {
    static final long ADD = 1, TOTAL = 2;

    // TODO 1: one total for everybody mixes the clients up. Keep one total per client instead, indexed by
    //         request.badge() (the manifest badges program k's capabilities with k + 1; at most 16 programs).
    private long total;

    @Override
    protected void handle(Message request, Message answer) {
        // TODO 2: answer a badge you keep no total for (0, or too big for your table) with an empty answer.
        if (request.label() == ADD && request.words() == 1) {
            total += request.word(0);
            answer.label(ADD).add(total);
        } else if (request.label() == TOTAL) {
            answer.label(TOTAL).add(total);
        }
    }

    public static void main(String[] args) {
        new Tally().serve();
    }
}
