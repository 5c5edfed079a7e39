import org.mkplay.mk.Console;
import org.mkplay.mk.Message;
import org.mkplay.mk.Server;

/**
 * The lesson's printer, at priority 5: prints each LINE it receives (label 1) and answers COUNT (label 2) with the
 * number of lines printed so far, in word 0.
 */
public class Printer extends Server {
    static final long LINE = 1, COUNT = 2;

    private int printed;

    @Override
    protected void handle(Message request, Message answer) {
        if (request.label() == LINE) {
            printed++;
            Console.println("printer: " + request.text());
        } else if (request.label() == COUNT) {
            answer.add(printed);
        }
    }

    public static void main(String[] args) {
        Console.println("printer: ready");
        new Printer().serve();
    }
}
