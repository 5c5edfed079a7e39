import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Device;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;

/** The console: a 16550 UART driven from user space. WRITE prints the request's bytes; READ answers the typed bytes. */
public class UartDriver extends Server {
    /** The 16550's registers (byte offsets in its page) and bits, by the data sheet's names. */
    static final int RBR = 0, THR = 0, IER = 1, LSR = 5;
    static final int IER_RX_AVAILABLE = 0x1, LSR_DATA_READY = 0x01, LSR_THR_EMPTY = 0x20;

    private final Device uart;

    UartDriver(Device uart) {
        this.uart = uart;
    }

    @Override
    protected void handle(Message request, Message answer) {
        if (request.label() == Console.WRITE) {
            for (int i = 0; i < request.length(); i++) {
                while ((uart.read(LSR) & LSR_THR_EMPTY) == 0) {
                    // wait until the transmitter can take a byte
                }
                uart.write(THR, request.byteAt(i));
            }
        } else if (request.label() == Console.READ) {
            // TODO 2: while the line status register says data is ready (LSR_DATA_READY), move the byte in the
            //         receive buffer register (RBR) into the answer (answer.put), at most Message.MAX_BYTES of them.
            // TODO 3: the device is served: acknowledge the interrupt so that the PLIC may deliver it again.
        }
    }

    public static void main(String[] args) {
        // Map the UART's register page (MAP) and bind its interrupt to the input notification with the bits 1 (IRQ_BIND).
        Device uart = Device.open(Cap.DEVICE, Cap.IRQ, Cap.INPUT_SIGNAL, 1);
        if (uart == null) {
            System.out.println("console: no UART capability");
            System.exit(1);
        }
        // TODO 1: the UART interrupts only for the causes enabled in its interrupt enable register (IER):
        //         enable "received data available" (IER_RX_AVAILABLE).
        Names.register("console");
        new UartDriver(uart).serve();
    }
}
