import org.mkplay.rt.IpcBuffer;
import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * A client that sends text and then a full 4 KiB block through its IPC buffer, and tries one byte more than a
 * buffer holds (TOO_LONG, -6).
 */
public class BufferClient {
    public static void main(String[] args) {
        long[] r = new long[Syscall.REGISTERS];
        String text = "hello through the ipc buffer";
        byte[] bytes = new byte[text.length()];
        for (int k = 0; k < bytes.length; k++) bytes[k] = (byte) text.charAt(k);
        IpcBuffer.write(0, bytes, 0, bytes.length);
        r[0] = 1;
        r[1] = 1L << Abi.INFO_LABEL_SHIFT | (long) bytes.length << Abi.INFO_BUFFER_SHIFT;
        long status = Syscall.invoke(Abi.SYS_CALL, r);
        int n = (int) (r[1] >>> Abi.INFO_BUFFER_SHIFT & Abi.INFO_BUFFER_MASK);
        byte[] answer = new byte[n];
        IpcBuffer.read(0, answer, 0, n);
        StringBuilder s = new StringBuilder();
        for (byte b : answer) s.append((char) b);
        System.out.println("client: status " + status + ", " + n + " bytes back: " + s);

        byte[] block = new byte[IpcBuffer.SIZE];
        long sum = 0;
        for (int k = 0; k < block.length; k++) {
            block[k] = (byte) (k * 7);
            sum += block[k] & 0xff;
        }
        IpcBuffer.write(0, block, 0, block.length);
        r[0] = 1;
        r[1] = 2L << Abi.INFO_LABEL_SHIFT | (long) IpcBuffer.SIZE << Abi.INFO_BUFFER_SHIFT;
        status = Syscall.invoke(Abi.SYS_CALL, r);
        System.out.println("client: status " + status + ", sum " + r[2] + " (expected " + sum + ")");

        r[0] = 1;
        r[1] = 2L << Abi.INFO_LABEL_SHIFT | (long) (IpcBuffer.SIZE + 1) << Abi.INFO_BUFFER_SHIFT;
        System.out.println("client: " + (IpcBuffer.SIZE + 1) + " bytes: status " + Syscall.invoke(Abi.SYS_CALL, r));
    }
}
