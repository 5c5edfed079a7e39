import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Csr;

/**
 * Kernel-profile program: sets the CLINT timer a little ahead through Address (MMIO), enables the machine
 * timer interrupt in mie only (MIE stays off, so no trap is taken) and sleeps in wfi until it is pending.
 */
public class Main {
    static final Address MTIMECMP = Address.fromLong(0x0200_4000L);
    static final long DELAY = 1_000_000; // 0.1 s on QEMU (10 MHz), far more than printing the line before wfi takes
    static final Address MTIME = Address.fromLong(0x0200_BFF8L);

    /** Ticks the two readings may differ by: 10 ms on QEMU, whose clock is the host's (a busy host may pause it). */
    static final long SAME_CLOCK = 100_000;

    public static void main(String[] args) {
        long now = Csr.read(TIME);
        long mtime = MTIME.loadLong(); // read at once: the first println runs System's initialisation first
        System.out.println("mtime matches time " + (mtime >= now && mtime - now < SAME_CLOCK));
        MTIMECMP.storeLong(now + DELAY);
        Csr.setBits(MIE, IRQ_MTI);
        System.out.println("pending before " + ((Csr.read(MIP) & IRQ_MTI) != 0));
        Cpu.wfi();
        System.out.println("pending after " + ((Csr.read(MIP) & IRQ_MTI) != 0));
        System.out.println("slept until the deadline " + (Csr.read(TIME) >= now + DELAY));
    }
}
