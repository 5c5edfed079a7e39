import org.mkplay.mk.Cap;
import org.mkplay.mk.Console;
import org.mkplay.mk.Device;
import org.mkplay.mk.Message;
import org.mkplay.mk.Names;
import org.mkplay.mk.Server;

/**
 * The console: the UART's driver in user space. Its registers page is mapped here (a device-frame capability), its
 * receive interrupt is bound to the input notification, which readers wait on; WRITE prints the request's bytes
 * (polling the transmitter), READ answers with the bytes received so far (maybe none) and acknowledges the
 * interrupt so that the UART may signal again.
 */
public class ConsoleServer extends Server {
    /** 16550 registers and bits (the data sheet's names). */
    static final int RBR = 0, THR = 0, IER = 1, LSR = 5;
    static final int IER_RX_AVAILABLE = 0x1, LSR_DATA_READY = 0x01, LSR_THR_EMPTY = 0x20;

    private final Device uart;

    ConsoleServer(Device uart) {
        this.uart = uart;
    }

    @Override
    protected void handle(Message request, Message answer) {
        if (request.label() == Console.WRITE) {
            for (int i = 0; i < request.length(); i++) {
                while ((uart.read(LSR) & LSR_THR_EMPTY) == 0) {
                    // the transmitter drains at its own pace
                }
                uart.write(THR, request.byteAt(i));
            }
        } else if (request.label() == Console.READ) {
            while (answer.length() < Message.MAX_BYTES && (uart.read(LSR) & LSR_DATA_READY) != 0) answer.put(uart.read(RBR));
            uart.acknowledge();
        }
    }

    public static void main(String[] args) {
        Device uart = Device.open(Cap.DEVICE, Cap.IRQ, Cap.INPUT_SIGNAL, 1);
        if (uart == null) {
            System.out.println("console: no UART capability");
            System.exit(1);
        }
        uart.write(IER, IER_RX_AVAILABLE);
        Names.register("console");
        new ConsoleServer(uart).serve();
    }
}
