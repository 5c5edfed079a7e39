import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;

public class EchoClient {
    public static void main(String[] args) {
        Cap echo = Names.lookup("echo");
        Message m = new Message();
        long status = Ipc.call(echo, m.clear().label(1).put("hello, echo"));
        Console.println(status == 0 ? m.text() : "echo: " + Ipc.error(status));
    }
}
