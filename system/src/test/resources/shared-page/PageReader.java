import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Page;
import org.mkplay.mk.Server;

/** Maps the shared page "data" (its second page, Cap.page(1)) on each call and answers what is at the offset asked. */
public class PageReader extends Server {
    private final Page data = new Page(Cap.page(1));

    @Override
    protected void handle(Message request, Message answer) {
        long status = data.map();
        answer.add(status);
        if (status != 0) return;
        answer.add(data.longAt((int) request.word(0))).add(data.byteAt((int) request.word(0)));
        answer.add(data.unmap());
    }

    public static void main(String[] args) {
        System.out.println("reader: spare page fresh: " + (new Page(Cap.page(0)).map() == 0 ? "mapped" : "refused"));
        new PageReader().serve();
    }
}
