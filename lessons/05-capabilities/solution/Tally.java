import org.mkplay.mk.Message;
import org.mkplay.mk.Server;

/**
 * Lesson 5: a tally per client. ADD (label 1, word 0 = an amount) adds to the caller's total and answers it; TOTAL
 * (label 2) answers the caller's total. The caller is known by the badge of the capability it called through.
 */
public class Tally extends Server {
    static final long ADD = 1, TOTAL = 2;

    /** One total per badge: the manifest badges program k's capabilities with k + 1, and a system has 16 programs at most. */
    private final long[] totals = new long[17];

    @Override
    protected void handle(Message request, Message answer) {
        long badge = request.badge();
        if (badge <= 0 || badge >= totals.length) return; // an unbadged or unknown caller gets an empty answer
        int client = (int) badge;
        if (request.label() == ADD && request.words() == 1) {
            totals[client] += request.word(0);
            answer.label(ADD).add(totals[client]);
        } else if (request.label() == TOTAL) {
            answer.label(TOTAL).add(totals[client]);
        }
    }

    public static void main(String[] args) {
        new Tally().serve();
    }
}
