package org.mkplay.vmmagic.host;

import java.util.function.UnaryOperator;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Trap;

/**
 * The simulated machine behind the JVM implementation of the intrinsics: {@link SparseMemory}, a
 * {@link CsrFile} with the privilege level (M at the start, like the compiled program), counters of the
 * fence/sfence.vma/wfi instructions executed, and the simulated trap path for {@code ecall}.
 *
 * <p>Each thread has its own machine ({@link #current()}); a test installs a fresh one with
 * {@link #install}. Subclasses model devices by overriding {@link #load}/{@link #store} (memory-mapped I/O)
 * and the kernel's M-mode code by overriding {@link #machineEcall}.
 */
public class HostMachine {
    /** What {@link Trap#vector()} returns on the JVM: a stand-in for the generated entry's address. */
    public static final long TRAP_VECTOR = 0x8000_0100L;
    /** The pc the simulated {@code ecall} reports in sepc (the JVM has no program counter). */
    public static final long ECALL_PC = 0x8000_1000L;

    private static final ThreadLocal<HostMachine> CURRENT = ThreadLocal.withInitial(HostMachine::new);

    private final SparseMemory memory = new SparseMemory();
    private final CsrFile csrs = new CsrFile();
    private UnaryOperator<Address> trapHandler;
    private long fences, fenceIs, sfenceVmas, wfis;
    private long lastSfenceVa = -1, lastSfenceAsid = -1;
    /** The simulated image layout {@link org.mkplay.vmmagic.Image} reports: all 0 until a test sets it. */
    private long textStart, textEnd, dataStart, end;

    /** The machine the intrinsics of this thread act on. */
    public static HostMachine current() {
        return CURRENT.get();
    }

    /** Makes m this thread's machine; returns the previous one. */
    public static HostMachine install(HostMachine m) {
        HostMachine previous = CURRENT.get();
        CURRENT.set(m);
        return previous;
    }

    public SparseMemory memory() {
        return memory;
    }

    public CsrFile csrs() {
        return csrs;
    }

    public long fences() {
        return fences;
    }

    public long fenceIs() {
        return fenceIs;
    }

    public long sfenceVmas() {
        return sfenceVmas;
    }

    public long wfis() {
        return wfis;
    }
    /** Address operand of the last single-page sfence.vma, or -1 after a full flush (or none yet). */
    public long lastSfenceVa() {
        return lastSfenceVa;
    }
    /** ASID operand of the last single-page sfence.vma, or -1 after a full flush (or none yet). */
    public long lastSfenceAsid() {
        return lastSfenceAsid;
    }

    // ---- memory (override for memory-mapped devices) ----

    /** Unsigned little-endian value of 1, 2, 4 or 8 bytes at address. */
    public long load(long address, int bytes) {
        return memory.load(address, bytes);
    }

    public void store(long address, int bytes, long value) {
        memory.store(address, bytes, value);
    }

    // ---- CSRs ----

    public long readCsr(int csr) {
        return csrs.read(csr);
    }

    public void writeCsr(int csr, long value) {
        csrs.write(csr, value);
    }

    public long swapCsr(int csr, long value) {
        long old = csrs.read(csr);
        csrs.write(csr, value);
        return old;
    }

    public void setCsrBits(int csr, long mask) {
        csrs.write(csr, csrs.read(csr) | mask);
    }

    public void clearCsrBits(int csr, long mask) {
        csrs.write(csr, csrs.read(csr) & ~mask);
    }

    // ---- single instructions ----

    public void fence() {
        fences++;
    }

    public void fenceI() {
        fenceIs++;
    }

    public void sfenceVma(long va, long asid, boolean allAddresses, boolean allAsids) {
        notInUserMode("sfence.vma");
        sfenceVmas++;
        lastSfenceVa = allAddresses ? -1 : va;
        lastSfenceAsid = allAsids ? -1 : asid;
    }

    public void wfi() {
        notInUserMode("wfi"); // with S-mode implemented, wfi in U-mode is illegal
        wfis++;
    }

    private void notInUserMode(String instruction) {
        if (csrs.privilege() == CsrFile.USER) {
            throw new HostTrap(Cause.ILLEGAL_INSTRUCTION, 0, instruction + " in U-mode");
        }
    }

    /** mret into S-mode at the next instruction: MIE = MPIE, MPIE = 1, MPP = U (the least privilege). */
    public void enterSupervisor() {
        if (csrs.privilege() != CsrFile.MACHINE)
            throw new HostTrap(Cause.ILLEGAL_INSTRUCTION, 0, "mret outside M-mode");
        long s = csrs.raw(Csr.MSTATUS);
        long mie = (s & Csr.STATUS_MPIE) != 0 ? Csr.STATUS_MIE : 0;
        csrs.rawWrite(Csr.MSTATUS, s & ~(Csr.STATUS_MIE | Csr.STATUS_MPP) | mie | Csr.STATUS_MPIE);
        csrs.setPrivilege(CsrFile.SUPERVISOR);
    }

    // ---- the image layout ----

    /** Sets what {@link org.mkplay.vmmagic.Image} returns (the compiled program gets its ELF's segment bounds). */
    public void setImage(long textStart, long textEnd, long dataStart, long end) {
        this.textStart = textStart;
        this.textEnd = textEnd;
        this.dataStart = dataStart;
        this.end = end;
    }

    public long imageTextStart() {
        return textStart;
    }

    public long imageTextEnd() {
        return textEnd;
    }

    public long imageDataStart() {
        return dataStart;
    }

    public long imageEnd() {
        return end;
    }

    // ---- traps ----

    public long trapVector() {
        return TRAP_VECTOR;
    }

    /** The JVM stand-in for the program's {@code @TrapHandler} method (the test passes it, e.g. Kernel::onTrap). */
    public void setTrapHandler(UnaryOperator<Address> handler) {
        this.trapHandler = handler;
    }

    /**
     * ecall: delegated to S-mode (medeleg bit of the cause, when below M-mode), it runs the simulated trap
     * path of {@link org.mkplay.vmmagic.TrapHandler} — see {@link SimulatedTrap}; otherwise {@link #machineEcall}.
     */
    public long ecall(long function, long arg0, long arg1, long arg2) {
        int cause = switch (csrs.privilege()) {
            case CsrFile.USER -> Cause.ECALL_FROM_U;
            case CsrFile.SUPERVISOR -> Cause.ECALL_FROM_S;
            default -> Cause.ECALL_FROM_M;
        };
        boolean delegated = csrs.privilege() != CsrFile.MACHINE && (csrs.raw(Csr.MEDELEG) >>> cause & 1) != 0;
        if (!delegated) return machineEcall(function, arg0, arg1, arg2);
        if (trapHandler == null)
            throw new HostTrap(cause, 0, "ecall delegated to S-mode but no trap handler set (setTrapHandler)");
        return new SimulatedTrap(csrs, trapHandler).ecall(cause, function, arg0, arg1, arg2);
    }

    /** An ecall that reaches M-mode; override to simulate the kernel's M-mode code (there is none by default). */
    protected long machineEcall(long function, long arg0, long arg1, long arg2) {
        throw new HostTrap(
                Cause.ECALL_FROM_M,
                0,
                "ecall " + function + " reaches M-mode, which this HostMachine does not simulate");
    }
}
