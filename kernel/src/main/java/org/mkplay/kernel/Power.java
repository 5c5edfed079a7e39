package org.mkplay.kernel;

import org.mkplay.riscv.board.Finisher;
import org.mkplay.riscv.board.Virt;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;

/** Powers the board off through the SiFive test finisher ({@link Virt#FINISHER_BASE}), reporting a status. */
public final class Power {
    private Power() {}

    static final Address FINISHER = Address.fromLong(Virt.FINISHER_BASE);

    /** Ends the run with status (0..0xffff); never returns. */
    public static void off(int status) {
        FINISHER.storeInt(status == 0 ? Finisher.PASS : status << Finisher.CODE_SHIFT | Finisher.FAIL);
        while (true) {
            Cpu.wfi(); // a board without the finisher: sleep for good
        }
    }
}
