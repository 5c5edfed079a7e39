import org.mkplay.mk.Message;
import org.mkplay.mk.Server;

/** Lesson 3: an echo server. Label 1 (ECHO) answers the request unchanged; label 2 (SUM) answers its words' sum. */
public class Echo extends Server {
    static final long ECHO = 1, SUM = 2;

    @Override
    protected void handle(Message request, Message answer) {
        if (request.label() == ECHO) {
            answer.label(ECHO);
            for (int i = 0; i < request.words(); i++) answer.add(request.word(i));
            request.copyBytesTo(answer);
        } else if (request.label() == SUM) {
            long sum = 0;
            for (int i = 0; i < request.words(); i++) sum += request.word(i);
            answer.label(SUM).add(sum);
        }
    }

    public static void main(String[] args) {
        new Echo().serve();
    }
}
