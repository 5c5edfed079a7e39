package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import java.util.ArrayList;
import java.util.List;
import org.mkplay.riscv.board.Finisher;
import org.mkplay.riscv.board.UartRegisters;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.FreshHostMachine;
import org.mkplay.vmmagic.Trap;

/**
 * The virt board's devices the kernel uses, on vmmagic's HostMachine: the 16550 UART (a log of register
 * writes, a transmitter that may be busy for a number of LSR polls, the bytes sent), the SiFive finisher
 * (ends the run with {@link PowerOff}), the trace window (its magic and the committed records) and Sstc:
 * {@code wfi} with the supervisor timer interrupt enabled advances time to stimecmp and takes the interrupt
 * through {@link Traps#onTrap} as the hart would.
 *
 * <p>A test class registers one as a JUnit extension ({@code @RegisterExtension final SimulatedBoard board =
 * new SimulatedBoard();}): it is the thread's machine for each test (installed before the class's own
 * {@code @BeforeEach} methods run) and the previous machine is put back afterwards.
 */
final class SimulatedBoard extends FreshHostMachine {
    static final long UART = Console.UART.toLong(), FINISHER = Power.FINISHER.toLong(), TRACE = Trace.WINDOW;
    /** The PLIC's claim/complete register of hart 0's S-mode context (its other registers are plain memory here). */
    static final long PLIC_CLAIM = Plic.BASE.toLong() + Plic.CLAIM_S;

    /** One record committed to the trace window (docs/emulator.md): its type and four arguments. */
    record TraceRecord(long type, long arg0, long arg1, long arg2, long arg3) {}

    /** One UART register write: offset and byte. */
    record Write(int offset, int value) {}

    /** The finisher was written: the run ends with this status. */
    static final class PowerOff extends RuntimeException {
        final int status;

        PowerOff(int status) {
            super("power off, status " + status);
            this.status = status;
        }
    }

    final List<Write> uartWrites = new ArrayList<>();
    final List<TraceRecord> trace = new ArrayList<>();
    private final long[] traceArgs = new long[4];
    final StringBuilder console = new StringBuilder();
    int lsrPolls;
    /** The source the next claim returns (0: none pending), and the sources completed, in order. */
    int plicPending;

    final List<Integer> plicCompleted = new ArrayList<>();
    private int busyPolls;
    private boolean dlab;

    /** The next {@code polls} reads of LSR report the transmitter busy. */
    void transmitterBusyFor(int polls) {
        busyPolls = polls;
    }

    @Override
    public long load(long address, int bytes) {
        if (address == UART + UartRegisters.LSR) return pollLsr();
        if (address == TRACE) return Trace.MAGIC;
        if (address == PLIC_CLAIM) {
            int source = plicPending;
            plicPending = 0;
            return source;
        }
        return super.load(address, bytes);
    }

    private long pollLsr() {
        lsrPolls++;
        if (busyPolls > 0) {
            busyPolls--;
            return 0;
        }
        return UartRegisters.LSR_THR_EMPTY;
    }

    @Override
    public void store(long address, int bytes, long value) {
        if (address >= UART && address < UART + 8) {
            uartWrite((int) (address - UART), (int) value & 0xff);
        } else if (address >= TRACE && address < TRACE + 0x28) {
            traceWrite((int) (address - TRACE), value);
        } else if (address == PLIC_CLAIM) {
            plicCompleted.add((int) value);
        } else if (address == FINISHER) {
            int command = (int) value & 0xffff;
            throw new PowerOff(command == Finisher.PASS ? 0 : (int) value >>> 16);
        } else {
            super.store(address, bytes, value);
        }
    }

    /** The trace window as the emulator's TraceDevice behaves (8-byte accesses, which the kernel makes). */
    private void traceWrite(int offset, long value) {
        if (offset == 0) {
            trace.add(new TraceRecord(value, traceArgs[0], traceArgs[1], traceArgs[2], traceArgs[3]));
        } else {
            traceArgs[offset / 8 - 1] = value;
        }
    }

    private void uartWrite(int offset, int value) {
        uartWrites.add(new Write(offset, value));
        if (offset == UartRegisters.LCR) dlab = (value & UartRegisters.LCR_DLAB) != 0;
        if (offset == UartRegisters.THR && !dlab) console.append((char) value);
    }

    /** Sleeps until the supervisor timer fires and takes its interrupt; a wfi nothing can end is an error. */
    @Override
    public void wfi() {
        super.wfi();
        boolean enabled = (csrs().read(SSTATUS) & STATUS_SIE) != 0 && (csrs().read(SIE) & IRQ_STI) != 0;
        if (!enabled) throw new AssertionError("wfi with the timer interrupt off: the hart would sleep for ever");
        long wait = csrs().read(STIMECMP) - csrs().read(TIME);
        if (wait > 0) csrs().advanceTime(wait);
        takeTimerInterrupt();
    }

    /**
     * Trap entry from S-mode with SIE set (SPIE = 1, SIE = 0, SPP = S), the handler, then sret from the
     * frame it returns (SIE = SPIE). Only the interrupt's effects are simulated: no registers are saved.
     */
    private void takeTimerInterrupt() {
        csrs().write(SCAUSE, Traps.SUPERVISOR_TIMER);
        long status = csrs().read(SSTATUS);
        csrs().write(SSTATUS, status & ~STATUS_SIE | STATUS_SPIE | STATUS_SPP);
        Address frame = Address.fromLong(csrs().read(SSCRATCH));
        frame.storeLong(Trap.STATUS, csrs().read(SSTATUS));
        long resumed = Traps.onTrap(frame).loadLong(Trap.STATUS);
        csrs().write(SSTATUS, (resumed & STATUS_SPIE) != 0 ? resumed | STATUS_SIE : resumed);
    }
}
