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
            // Empty the receiver: every byte the UART holds goes into the answer.
            while (answer.length() < Message.MAX_BYTES && (uart.read(LSR) & LSR_DATA_READY) != 0) {
                answer.put(uart.read(RBR));
            }
            // The device is served: the PLIC may deliver its interrupt again.
            uart.acknowledge();
        }
    }

    public static void main(String[] args) {
        // Map the UART's register page (MAP) and bind its interrupt to the input notification with the bits 1 (IRQ_BIND).
        Device uart = Device.open(Cap.DEVICE, Cap.IRQ, Cap.INPUT_SIGNAL, 1);
        if (uart == null) {
            System.out.println("console: no UART capability");
            System.exit(1);
        }
        // Ask the UART to interrupt when a byte has arrived.
        uart.write(IER, IER_RX_AVAILABLE);
        Names.register("console");
        new UartDriver(uart).serve();
    }
}
