import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;

/** Lesson 4's upper-case server (not yours to edit): label 1 answers the request's bytes in upper case. */
public class Upper extends Server {
    static final long UPPER = 1;

    @Override
    protected void handle(Message request, Message answer) {
        if (request.label() != UPPER) return;
        answer.label(UPPER);
        for (int i = 0; i < request.length(); i++) {
            int c = request.byteAt(i);
            answer.put(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        }
    }

    public static void main(String[] args) {
        Names.register("upper");
        new Upper().serve();
    }
}
