import org.mkplay.mk.Message;
import org.mkplay.mk.Server;

/** Lesson 3: an echo server. Label 1 (ECHO) answers the request unchanged; label 2 (SUM) answers its words' sum. */
public class Echo extends Server {
    static final long ECHO = 1, SUM = 2;

    /**
     * Called once per request. The answer arrives empty (label 0, no words, no bytes); whatever you put in it goes
     * back to the caller when handle returns.
     */
    @Override
    protected void handle(Message request, Message answer) {
        if (request.label() == ECHO) {
            // TODO 1: give the answer the request's label.
            // TODO 2: copy every word of the request into the answer (request.words(), request.word(i), answer.add).
            // TODO 3: copy the request's bytes too (request.copyBytesTo).
        } else if (request.label() == SUM) {
            // TODO 4: answer with label SUM and one word: the sum of the request's words.
        }
    }

    public static void main(String[] args) {
        new Echo().serve(); // receive, handle, answer and receive again, for ever
    }
}
