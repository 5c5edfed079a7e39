import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Csr;

/**
 * Kernel-profile program: raw memory through Address (all widths, offsets, extension, unsigned compares,
 * a ring buffer) and CSRs (M-mode scratch registers, swap, set/clear bits). Its output is the same compiled
 * on the emulator and run on the JVM's HostMachine. It uses physical memory at 0x8600_0000, far above the
 * image and heap of so small a program and below the stack.
 */
public class Main {
    static final long SCRATCH = 0x8600_0000L;
    static Address ring = Address.fromLong(SCRATCH + 0x1000);
    static int head, tail;
    static final int SLOTS = 8;

    public static void main(String[] args) {
        widths(Address.fromLong(SCRATCH));
        arithmetic();
        ringBuffer();
        csrs();
        Cpu.fence();
        Cpu.fenceI();
        System.out.println("done");
    }

    static void widths(Address a) {
        a.storeLong(0x8091_a2b3_c4d5_e6f7L);
        System.out.println("byte " + a.loadByte() + " short " + a.loadShort() + " char " + (int) a.loadChar());
        System.out.println("int " + a.loadInt() + " int@4 " + a.loadInt(4) + " long " + Long.toHexString(a.loadLong()));
        a.storeByte(1, (byte) 0x12);
        a.storeShort(2, (short) -2);
        a.storeChar(6, (char) 0xabcd);
        System.out.println("after stores " + Long.toHexString(a.loadLong()));
        a.storeInt(8, -1);
        a.plus(12).storeInt(0x7fff_0000);
        System.out.println("int pair " + Long.toHexString(a.loadLong(8)));
        int far = 5000; // an offset beyond a 12-bit immediate, and a computed one
        a.storeLong(far, 42);
        System.out.println("far " + a.plus(far).loadLong() + " " + a.loadLong(far));
        a.storeAddress(16, a.plus(far));
        System.out.println("pointer " + a.loadAddress(16).loadLong() + " " + a.loadAddress(16).diff(a));
    }

    static void arithmetic() {
        Address low = Address.fromLong(0x1000), high = Address.fromLong(0xffff_ffc0_0000_0000L);
        System.out.println("lt " + low.lt(high) + " le " + low.le(low) + " gt " + low.gt(high) + " ge " + high.ge(low));
        System.out.println("eq " + low.eq(Address.fromLong(0x1000)) + " ne " + low.ne(high) + " zero " + Address.zero().isZero()
            + " " + low.minus(0x1000).isZero() + " " + low.isZero());
        Address p = Address.zero();
        for (int k = 0; k < 10; k++) p = p.plus(k);
        System.out.println("sum " + p.toLong() + " diff " + high.diff(low));
    }

    static boolean put(long v) {
        if (tail - head == SLOTS) return false;
        ring.storeLong(8 * (tail % SLOTS), v);
        tail++;
        return true;
    }

    static long take() {
        long v = ring.loadLong(8 * (head % SLOTS));
        head++;
        return v;
    }

    static void ringBuffer() {
        int accepted = 0;
        for (int k = 1; k <= 12; k++) if (put(k * k)) accepted++;
        long sum = 0;
        while (head < tail) sum += take();
        System.out.println("ring accepted " + accepted + " sum " + sum);
    }

    static void csrs() {
        Csr.write(MSCRATCH, 0x1234_5678_9abcL);
        System.out.println("mscratch " + Long.toHexString(Csr.read(MSCRATCH)));
        long old = Csr.swap(MSCRATCH, 7);
        System.out.println("swap " + Long.toHexString(old) + " -> " + Csr.read(MSCRATCH));
        Csr.setBits(MSCRATCH, 0xf0);
        Csr.clearBits(MSCRATCH, 3);
        System.out.println("bits " + Long.toHexString(Csr.read(MSCRATCH)));
        Csr.write(SSCRATCH, -1);
        Csr.clearBits(SSCRATCH, 0xff00L << 48);
        System.out.println("sscratch " + Long.toHexString(Csr.read(SSCRATCH)));
        long t0 = Csr.read(TIME);
        System.out.println("time monotonic " + (Csr.read(TIME) >= t0));
    }
}
