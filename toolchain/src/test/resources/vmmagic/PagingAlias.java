import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Csr;

/**
 * Kernel-profile program: in S-mode, builds Sv39 page tables with Address (identity gigapages for devices
 * and RAM, and one 4 KiB alias page at 0x4000_0000), turns translation on, and reads and writes through the
 * alias; then remaps the alias to another frame with a single-page sfence.vma. Tables and frames come from
 * 0x8600_0000 (see MemoryAndCsrs).
 */
public class Main {
    static final long V = 1, R = 2, W = 4, X = 8, A = 64, D = 128;
    static final long ALIAS = 0x4000_0000L;
    static Address nextFrame = Address.fromLong(0x8600_0000L);

    public static void main(String[] args) {
        Csr.write(PMPADDR0, -1L >>> 10);
        Csr.write(PMPCFG0, 0x1f);
        Cpu.enterSupervisor();
        Address root = frame();
        root.storeLong(0, leaf(0, R | W));                  // 0..1 GiB: the finisher, CLINT, PLIC, UART
        root.storeLong(8 * 2, leaf(0x8000_0000L, R | W | X)); // 2..3 GiB: RAM, where this program runs
        Address data = frame(), other = frame();
        data.storeLong(0x10, 1111);
        other.storeLong(0x10, 2222);
        Address level0 = map(root, ALIAS, data);
        Csr.write(SATP, SATP_SV39 | root.toLong() >>> 12);
        Cpu.sfenceVma();
        Address alias = Address.fromLong(ALIAS);
        System.out.println("through the alias " + alias.loadLong(0x10));
        alias.storeLong(0x18, 3333);
        System.out.println("written physically " + data.loadLong(0x18));
        level0.storeLong(8 * vpn(ALIAS, 0), leaf(other.toLong(), R | W));
        Cpu.sfenceVma(alias, 0);
        System.out.println("after remap " + alias.loadLong(0x10));
        Csr.write(SATP, 0);
        Cpu.sfenceVma();
        System.out.println("translation off " + Address.fromLong(ALIAS).diff(alias));
    }

    static Address frame() {
        Address f = nextFrame;
        nextFrame = nextFrame.plus(4096);
        for (int k = 0; k < 4096; k += 8) f.storeLong(k, 0);
        return f;
    }

    static long leaf(long pa, long rwx) {
        return pa >>> 12 << 10 | rwx | A | D | V;
    }

    static int vpn(long va, int level) {
        return (int) (va >>> 12 + 9 * level) & 511;
    }

    /** Maps one 4 KiB page below a root whose entry for va is still empty; returns the level-0 table. */
    static Address map(Address root, long va, Address page) {
        Address level1 = frame(), level0 = frame();
        root.storeLong(8 * vpn(va, 2), level1.toLong() >>> 12 << 10 | V);
        level1.storeLong(8 * vpn(va, 1), level0.toLong() >>> 12 << 10 | V);
        level0.storeLong(8 * vpn(va, 0), leaf(page.toLong(), R | W));
        return level0;
    }
}
