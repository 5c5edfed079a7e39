import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.Trap;
import org.mkplay.vmmagic.TrapHandler;

/**
 * Kernel-profile program: boots M-mode into S-mode (PMP open, ecalls from S delegated), installs the trap
 * vector and a frame, and makes system calls that the @TrapHandler serves. Frame and handler stack live at
 * 0x8600_0000 (see MemoryAndCsrs).
 */
public class Main {
    static final Address FRAME = Address.fromLong(0x8600_0000L);
    static final long HANDLER_STACK_TOP = 0x8610_0000L;
    static int traps;

    public static void main(String[] args) {
        Csr.write(PMPADDR0, -1L >>> 10); // one NAPOT region over all memory, RWX for S and U
        Csr.write(PMPCFG0, 0x1f);
        Csr.write(MEDELEG, 1L << Cause.ECALL_FROM_S);
        Cpu.enterSupervisor();
        Csr.write(STVEC, Trap.vector().toLong());
        FRAME.storeLong(Trap.KERNEL_SP, HANDLER_STACK_TOP);
        Csr.write(SSCRATCH, FRAME.toLong());
        Csr.setBits(SSTATUS, STATUS_SIE);
        System.out.println("add-mul " + Cpu.ecall(1, 10, 6, 7));
        System.out.println("unknown " + Cpu.ecall(99, 0, 0, 0));
        long s = 0;
        for (int k = 0; k < 5; k++) s += Cpu.ecall(1, k, k, 2);
        System.out.println("loop " + s + " traps " + traps);
        System.out.println("sie back on " + ((Csr.read(SSTATUS) & STATUS_SIE) != 0));
        System.out.println("sscratch is the frame " + (Csr.read(SSCRATCH) == FRAME.toLong()));
    }

    @TrapHandler
    static Address onTrap(Address frame) {
        traps++;
        long status = frame.loadLong(Trap.STATUS);
        boolean fromS = (status & STATUS_SPP) != 0;
        boolean interruptsOff = (Csr.read(SSTATUS) & STATUS_SIE) == 0;
        if (traps == 1) System.out.println("trap cause " + Csr.read(SCAUSE) + " from S " + fromS + " SIE off " + interruptsOff);
        long result = frame.loadLong(Trap.A7) == 1
            ? frame.loadLong(Trap.A0) + frame.loadLong(Trap.A1) * frame.loadLong(Trap.A2)
            : -38;
        frame.storeLong(Trap.A0, result);
        frame.storeLong(Trap.EPC, frame.loadLong(Trap.EPC) + 4);
        return frame;
    }
}
