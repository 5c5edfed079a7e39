import org.mkplay.mk.Cap;
import org.mkplay.mk.Ipc;
import org.mkplay.mk.Message;
import org.mkplay.mk.Page;

/** Writes into the shared page, hands it to the reader, and checks the kernel's rules for a page mapped elsewhere. */
public class PageWriter {
    public static void main(String[] args) {
        Page data = new Page(Cap.page(0));
        Message m = new Message();
        System.out.println("writer: map " + Ipc.error(data.map()) + ", fresh page holds " + data.longAt(8));
        data.putLong(8, 0x1122334455667788L);
        Ipc.call(Cap.program(0), m.clear().add(8));
        System.out.println("writer: reader while the writer has it: " + Ipc.error(m.word(0)));
        System.out.println("writer: unmap " + Ipc.error(data.unmap()) + ", again " + Ipc.error(data.unmap()));
        Ipc.call(Cap.program(0), m.clear().add(8));
        System.out.println("writer: reader maps " + Ipc.error(m.word(0)) + ", reads 0x" + Long.toHexString(m.word(1))
                + ", byte " + m.word(2) + ", unmaps " + Ipc.error(m.word(3)));
        System.out.println("writer: no page 4: " + Ipc.error(new Page(Cap.page(4)).map()));
        try {
            data.longAt(4096);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("writer: " + e.getMessage());
        }
        System.out.println("writer: map again " + Ipc.error(data.map()) + ", holds 0x" + Long.toHexString(data.longAt(8)));
        data.unmap();
        System.out.println("writer: touching it after unmap");
        data.longAt(8);
    }
}
