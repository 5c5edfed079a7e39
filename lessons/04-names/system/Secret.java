import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;

/**
 * Lesson 4's secret server (not yours to edit): it registers its name like any server and tells the secret to
 * whoever calls. The manifest gives no other program a capability to its endpoint.
 */
public class Secret extends Server {
    @Override
    protected void handle(Message request, Message answer) {
        answer.label(request.label()).put("the secret is 42");
    }

    public static void main(String[] args) {
        Names.register("secret");
        new Secret().serve();
    }
}
