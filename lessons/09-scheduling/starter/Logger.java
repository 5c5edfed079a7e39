import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.vmmagic.Abi;

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
            // TODO 1: this loop tries again and again, politely yielding, until the printer is ready to receive.
            //         It never is. Find out why (the Processes tab), then deliver the line without spinning.
            long status = Ipc.trySend(printer, m);
            while (status == Abi.E_WOULD_BLOCK) {
                Ipc.syscall(Abi.SYS_YIELD, 0, 0, 0);
                status = Ipc.trySend(printer, m);
            }
            Console.println("logger: sent line " + i + (status == 0 ? "" : ", " + Ipc.error(status)));
        }
        // TODO 2: ask the printer how many lines it printed (label COUNT; the answer's word 0) and print
        //         "logger: the printer printed N lines".
    }
}
