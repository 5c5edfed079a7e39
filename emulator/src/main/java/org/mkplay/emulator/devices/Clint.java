package org.mkplay.emulator.devices;

import static org.mkplay.riscv.board.ClintRegisters.*;

import java.util.function.LongSupplier;
import org.mkplay.emulator.bus.Device;
import org.mkplay.emulator.cpu.InterruptPins;

/**
 * Core-local interruptor (SiFive CLINT layout as on QEMU virt, one hart) at 0x0200_0000:
 * <pre>
 *   0x0000  msip      (32 bit)  bit 0 drives the hart's MSIP pin
 *   0x4000  mtimecmp  (64 bit)  MTIP = (mtime >= mtimecmp), unsigned
 *   0xBFF8  mtime     (64 bit)  deterministic time, see below
 * </pre>
 * Any access width 1/2/4/8 works on the byte lanes it covers (so RV32-style 32-bit halves too).
 *
 * <p>Time is not the host clock: {@code mtime = retired / INSTRUCTIONS_PER_TICK + offset}, where
 * {@code retired} is the machine's retired-instruction count and {@code offset} absorbs guest writes
 * to {@code mtime}. With 10 instructions per tick and a modelled 100 MIPS hart the timebase is 10 MHz.
 * The same image and input therefore see the same timer interrupts on every run and host.
 *
 * <p>MTIP is re-evaluated immediately on every register write and in {@link #tick()}; between
 * ticks it can lag, so the machine sizes its batches with {@link #instructionsUntilTimerInterrupt()}.
 * {@code mtimecmp} resets to all ones, so MTIP stays low until software programs the timer.
 *
 * <p>The hart's Sstc {@code stimecmp} is compared here too, against the same {@code mtime}
 * ({@link #setSupervisorCompare}): while menvcfg.STCE enables it, the STIP pin is
 * {@code mtime >= stimecmp} (unsigned), with the same exact deadlines as MTIP.
 */
public final class Clint implements Device {
    /** Retired instructions per {@code mtime} tick: 10 MHz timebase at 100 modelled MIPS. */
    public static final long INSTRUCTIONS_PER_TICK = 10;
    /** Returned by {@link #instructionsUntilTimerInterrupt()} when the timer can never fire. */
    public static final long NEVER = Long.MAX_VALUE;

    private final InterruptPins hart;
    private final LongSupplier retiredInstructions;
    /** Added to retired/INSTRUCTIONS_PER_TICK to give mtime; changed only by guest writes to mtime. */
    private long mtimeOffset;

    private long mtimecmp = -1L;
    /** Sstc: the hart's stimecmp, and whether menvcfg.STCE makes it drive STIP. */
    private long stimecmp;

    private boolean stimecmpEnabled;
    /** Bit 0 of the msip register; the other 31 bits are hardwired to zero. */
    private boolean msip;

    public Clint(InterruptPins hart, LongSupplier retiredInstructions) {
        this.hart = hart;
        this.retiredInstructions = retiredInstructions;
        hart.setPin(InterruptPins.MSIP, false);
        hart.setPin(InterruptPins.MTIP, false);
        hart.setPin(InterruptPins.STIP, false);
    }

    /** The current value of the {@code mtime} register. */
    public long mtime() {
        return retiredInstructions.getAsLong() / INSTRUCTIONS_PER_TICK + mtimeOffset;
    }

    public long mtimecmp() {
        return mtimecmp;
    }

    /**
     * How many more instructions may retire before MTIP must rise: 0 if it is already due,
     * {@link #NEVER} if {@code mtimecmp} is beyond reach. The machine ends its batch there and
     * calls {@link #tick()}, so a timer interrupt is taken at the exact same instruction every run.
     */
    public long instructionsUntilTimerInterrupt() {
        long machine = instructionsUntil(mtimecmp);
        return stimecmpEnabled ? Math.min(machine, instructionsUntil(stimecmp)) : machine;
    }

    /** Sstc: the hart's {@code stimecmp} and menvcfg.STCE; STIP follows at once. */
    public void setSupervisorCompare(long value, boolean enabled) {
        stimecmp = value;
        stimecmpEnabled = enabled;
        updateTimerPin();
    }

    private long instructionsUntil(long compare) {
        long now = mtime();
        if (RegisterLanes.unsignedAtLeast(now, compare)) {
            return 0;
        }
        long ticks = compare - now; // positive as unsigned; may exceed Long.MAX_VALUE
        if (ticks < 0 || ticks > NEVER / INSTRUCTIONS_PER_TICK) {
            return NEVER;
        }
        long intoCurrentTick = retiredInstructions.getAsLong() % INSTRUCTIONS_PER_TICK;
        return ticks * INSTRUCTIONS_PER_TICK - intoCurrentTick;
    }

    @Override
    public long read(long offset, int width) {
        if (inRegister(offset, MSIP, 4)) {
            return RegisterLanes.extract(msip ? 1 : 0, offset - MSIP, width);
        }
        if (inRegister(offset, MTIMECMP, 8)) {
            return RegisterLanes.extract(mtimecmp, offset - MTIMECMP, width);
        }
        if (inRegister(offset, MTIME, 8)) {
            return RegisterLanes.extract(mtime(), offset - MTIME, width);
        }
        return 0;
    }

    @Override
    public void write(long offset, int width, long value) {
        if (inRegister(offset, MSIP, 4)) {
            long register = RegisterLanes.merge(msip ? 1 : 0, offset - MSIP, width, value);
            msip = (register & 1) != 0;
            hart.setPin(InterruptPins.MSIP, msip);
        } else if (inRegister(offset, MTIMECMP, 8)) {
            mtimecmp = RegisterLanes.merge(mtimecmp, offset - MTIMECMP, width, value);
            updateTimerPin();
        } else if (inRegister(offset, MTIME, 8)) {
            long wanted = RegisterLanes.merge(mtime(), offset - MTIME, width, value);
            mtimeOffset += wanted - mtime();
            updateTimerPin();
        }
    }

    @Override
    public void tick() {
        updateTimerPin();
    }

    private void updateTimerPin() {
        long now = mtime();
        hart.setPin(InterruptPins.MTIP, RegisterLanes.unsignedAtLeast(now, mtimecmp));
        hart.setPin(InterruptPins.STIP, stimecmpEnabled && RegisterLanes.unsignedAtLeast(now, stimecmp));
    }

    private static boolean inRegister(long offset, long base, int size) {
        return offset >= base && offset < base + size;
    }
}
