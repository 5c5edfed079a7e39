import org.mkplay.rt.IpcBuffer;
import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * A server whose messages come through the IPC buffer: label 1 is text, answered upper-cased in the buffer;
 * label 2 is a block of bytes, answered with their sum in word 0. Serves two calls, then exits.
 */
public class EchoServer {
    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        byte[] data = new byte[IpcBuffer.SIZE];
        for (int served = 0; served < 2; served++) {
            r[0] = 1;
            r[1] = 0;
            Syscall.invoke(Abi.SYS_RECV, r);
            int n = (int) (r[1] >>> Abi.INFO_BUFFER_SHIFT & Abi.INFO_BUFFER_MASK);
            long label = r[1] >>> Abi.INFO_LABEL_SHIFT;
            IpcBuffer.read(0, data, 0, n);
            System.out.println("echo: label " + label + ", " + n + " buffer bytes from badge 0x" + Long.toHexString(r[8]));
            if (label == 1) {
                for (int k = 0; k < n; k++) if (data[k] >= 'a' && data[k] <= 'z') data[k] -= 32;
                IpcBuffer.write(0, data, 0, n);
                r[1] = (long) n << Abi.INFO_BUFFER_SHIFT;
            } else {
                long sum = 0;
                for (int k = 0; k < n; k++) sum += data[k] & 0xff;
                r[2] = sum;
                r[1] = 1;
            }
            Syscall.invoke(Abi.SYS_REPLY, r);
        }
    }
}
