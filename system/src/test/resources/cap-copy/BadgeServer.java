import org.mkplay.mk.Message;
import org.mkplay.mk.Server;

/** Answers every call with the badge of the capability it came through. */
public class BadgeServer extends Server {
    @Override
    protected void handle(Message request, Message answer) {
        answer.label(1).add(request.badge());
    }

    public static void main(String[] args) {
        new BadgeServer().serve();
    }
}
