import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;

/** The echo server: answers every request with its label, words and bytes unchanged. */
public class EchoServer extends Server {
    @Override
    protected void handle(Message request, Message answer) {
        answer.label(request.label());
        for (int i = 0; i < request.words(); i++) answer.add(request.word(i));
        request.copyBytesTo(answer);
    }

    public static void main(String[] args) {
        Names.register("echo");
        new EchoServer().serve();
    }
}
