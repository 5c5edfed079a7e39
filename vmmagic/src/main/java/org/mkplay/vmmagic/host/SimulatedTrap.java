package org.mkplay.vmmagic.host;

import java.util.function.UnaryOperator;
import org.mkplay.riscv.priv.Csr;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Trap;

/**
 * One S-mode trap for an ecall, as the hart plus the compiler's trap glue perform it, on the JVM: the frame
 * at sscratch receives a0..a2 and a7 (the only registers the JVM has: the others keep what the frame held),
 * sepc = {@link HostMachine#ECALL_PC} and sstatus; scause/stval/sepc and sstatus change as on trap entry;
 * the handler runs; the returned frame's sepc and sstatus are restored, sret returns, and a0 of that frame
 * is the result. The JVM can only continue after the ecall, in the same mode with the same frame: a handler
 * that resumes elsewhere (a context switch, a wrong sepc) is reported as a {@link HostTrap}.
 */
final class SimulatedTrap {
    private final CsrFile csrs;
    private final UnaryOperator<Address> handler;

    SimulatedTrap(CsrFile csrs, UnaryOperator<Address> handler) {
        this.csrs = csrs;
        this.handler = handler;
    }

    long ecall(int cause, long function, long arg0, long arg1, long arg2) {
        if (csrs.raw(Csr.STVEC) != HostMachine.TRAP_VECTOR) throw new HostTrap(cause, 0, "stvec is not Trap.vector()");
        int from = csrs.privilege();
        Address frame = Address.fromLong(csrs.raw(Csr.SSCRATCH));
        frame.storeLong(Trap.A0, arg0);
        frame.storeLong(Trap.A1, arg1);
        frame.storeLong(Trap.A2, arg2);
        frame.storeLong(Trap.A7, function);
        enter(cause, from);
        frame.storeLong(Trap.EPC, csrs.raw(Csr.SEPC));
        frame.storeLong(Trap.STATUS, csrs.raw(Csr.SSTATUS));
        Address resume = handler.apply(frame);
        csrs.rawWrite(Csr.SSCRATCH, resume.toLong());
        csrs.rawWrite(Csr.SEPC, resume.loadLong(Trap.EPC));
        csrs.rawWrite(Csr.SSTATUS, resume.loadLong(Trap.STATUS));
        sret();
        checkResumable(cause, frame, resume, from);
        return resume.loadLong(Trap.A0);
    }

    /** Trap entry into S-mode: SPP = previous mode, SPIE = SIE, SIE = 0. */
    private void enter(int cause, int from) {
        csrs.rawWrite(Csr.SCAUSE, cause);
        csrs.rawWrite(Csr.STVAL, 0);
        csrs.rawWrite(Csr.SEPC, HostMachine.ECALL_PC);
        long s = csrs.raw(Csr.SSTATUS);
        long spie = (s & Csr.STATUS_SIE) != 0 ? Csr.STATUS_SPIE : 0;
        long spp = from == CsrFile.SUPERVISOR ? Csr.STATUS_SPP : 0;
        csrs.rawWrite(Csr.SSTATUS, s & ~(Csr.STATUS_SIE | Csr.STATUS_SPIE | Csr.STATUS_SPP) | spie | spp);
        csrs.setPrivilege(CsrFile.SUPERVISOR);
    }

    /** sret: mode = SPP, SIE = SPIE, SPIE = 1, SPP = U. */
    private void sret() {
        long s = csrs.raw(Csr.SSTATUS);
        csrs.setPrivilege((s & Csr.STATUS_SPP) != 0 ? CsrFile.SUPERVISOR : CsrFile.USER);
        long sie = (s & Csr.STATUS_SPIE) != 0 ? Csr.STATUS_SIE : 0;
        csrs.rawWrite(Csr.SSTATUS, s & ~(Csr.STATUS_SIE | Csr.STATUS_SPP) | sie | Csr.STATUS_SPIE);
    }

    private void checkResumable(int cause, Address frame, Address resume, int from) {
        String problem = !resume.eq(frame)
                ? "the handler resumes another frame (" + resume + ", not " + frame + ")"
                : csrs.raw(Csr.SEPC) != HostMachine.ECALL_PC + 4
                        ? "the handler resumes at sepc 0x" + Long.toHexString(csrs.raw(Csr.SEPC))
                                + ", not after the ecall"
                        : csrs.privilege() != from ? "the handler returns to another privilege level" : null;
        if (problem != null) throw new HostTrap(cause, 0, "the JVM simulation cannot follow: " + problem);
    }
}
