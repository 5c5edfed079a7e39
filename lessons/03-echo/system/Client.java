import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;

/**
 * Lesson 3's client (not yours to edit): calls the echo server, program 0 of the system, through the capability
 * the manifest gave it in slot 16 (Cap.program(0)). It asks for an echo (label 1) and a sum (label 2), prints
 * what came back, then makes 100 more echo calls so the timeline has a steady stream to measure.
 */
public class Client {
    static final long ECHO = 1, SUM = 2;

    public static void main(String[] args) {
        Cap echo = Cap.program(0);
        Message m = new Message();

        long status = Ipc.call(echo, m.clear().label(ECHO).add(40).add(2).put("hello, echo"));
        if (status != 0) {
            System.out.println("client: the call failed: " + Ipc.error(status));
            return;
        }
        System.out.println("client: echo says " + m.text());
        StringBuilder words = new StringBuilder("client: label " + m.label() + ", words");
        for (int i = 0; i < m.words(); i++) words.append(' ').append(m.word(i));
        System.out.println(words.toString());

        Ipc.call(echo, m.clear().label(SUM).add(40).add(2).add(16));
        System.out.println(m.words() == 1 ? "client: sum is " + m.word(0) : "client: the sum came back with " + m.words() + " words");

        int answered = 0;
        for (int i = 0; i < 100; i++) {
            Ipc.call(echo, m.clear().label(ECHO).add(i));
            if (m.label() == ECHO && m.words() == 1 && m.word(0) == i) answered++;
        }
        System.out.println("client: " + answered + " of 100 echoes came back right");
    }
}
