import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;

/** The logger, at priority 9: hands three lines to the printer (priority 5), then asks how many it printed. */
public class Logger {
    /** The printer is program 3 of the manifest; its protocol's labels. */
    static final int PRINTER = 3;
    static final long LINE = 1, COUNT = 2;

    public static void main(String[] args) {
        Cap printer = Cap.program(PRINTER);
        Message m = new Message();
        for (int i = 1; i <= 3; i++) {
            m.clear().label(LINE).put("line " + i);
            // send blocks until the printer receives: while the logger waits, lower priorities get the processor.
            long status = Ipc.send(printer, m);
            Console.println("logger: sent line " + i + (status == 0 ? "" : ", " + Ipc.error(status)));
        }
        // call = send + wait for the answer; the printer runs until it replies.
        m.clear().label(COUNT);
        long status = Ipc.call(printer, m);
        Console.println(status == 0 ? "logger: the printer printed " + m.word(0) + " lines" : "logger: " + Ipc.error(status));
    }
}
