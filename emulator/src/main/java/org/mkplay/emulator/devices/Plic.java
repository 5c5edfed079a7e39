package org.mkplay.emulator.devices;

import static org.mkplay.riscv.board.PlicRegisters.*;

import org.mkplay.emulator.bus.Device;
import org.mkplay.emulator.bus.IrqLine;
import org.mkplay.emulator.cpu.InterruptPins;

/**
 * Platform-level interrupt controller, QEMU virt layout for one hart with two contexts
 * (context 0 = hart 0 M-mode, drives MEIP; context 1 = hart 0 S-mode, drives SEIP):
 * <pre>
 *   0x000000 + 4*s          priority of source s (1..95), 0 = never interrupts, 3 bits (0..7)
 *   0x001000 + 4*w          pending bits, sources 32w..32w+31 (read-only)
 *   0x002000 + 0x80*c + 4*w enable bits of context c
 *   0x200000 + 0x1000*c     priority threshold of context c (3 bits)
 *   0x200004 + 0x1000*c     claim (read) / complete (write) of context c
 * </pre>
 * Registers are 32 bits; narrower or wider accesses use the byte lanes they cover.
 *
 * <p>Gateways behave as QEMU 7.2's {@code sifive_plic}: each time a device asserts its wire
 * ({@code IrqLine.set(true)}, even when it was already high) the source becomes pending, also while it
 * is claimed; deasserting changes nothing. A claim returns the pending, enabled, unclaimed source with the
 * highest priority above the context's threshold (ties go to the lowest id), clears its pending bit and
 * marks it claimed; a complete clears the claim and makes nothing pending by itself, even while the device
 * still holds its wire high. So the devices' calls of {@code set} are events, and each device calls it
 * exactly where QEMU's model of it updates its interrupt. A complete for a source the context has not
 * enabled is ignored, as the PLIC specification says.
 */
public final class Plic implements Device {
    /** Source ids are 1..SOURCES-1; id 0 means "no interrupt". */
    public static final int SOURCES = 96;

    public static final int CONTEXTS = 2;
    /** QEMU virt implements 3 priority bits. */
    public static final int MAX_PRIORITY = 7;

    private static final int WORDS = SOURCES / 32;
    private static final int[] CONTEXT_PIN = {InterruptPins.MEIP, InterruptPins.SEIP};

    private final InterruptPins hart;
    private final IrqLine[] lines = new IrqLine[SOURCES];
    private final boolean[] pending = new boolean[SOURCES];
    /** Claimed and not yet completed: not claimable, though it may become pending again meanwhile. */
    private final boolean[] inService = new boolean[SOURCES];

    private final int[] priority = new int[SOURCES];
    /**
     * enable[c][w] bit b enables source 32w+b for context c. Bit 0 of word 0 (source 0) is stored as
     * written, as QEMU does; it has no effect because source 0 never becomes pending.
     */
    private final int[][] enable = new int[CONTEXTS][WORDS];

    private final int[] threshold = new int[CONTEXTS];

    public Plic(InterruptPins hart) {
        this.hart = hart;
        for (int source = 1; source < SOURCES; source++) {
            final int id = source;
            lines[source] = high -> setLevel(id, high);
        }
        updatePins();
    }

    /** The wire a device drives for interrupt source {@code source} (1..95). */
    public IrqLine line(int source) {
        if (source < 1 || source >= SOURCES) {
            throw new IllegalArgumentException("PLIC source must be 1.." + (SOURCES - 1) + ": " + source);
        }
        return lines[source];
    }

    /** QEMU 7.2's gateway: every assertion is a request; a deassertion withdraws nothing. */
    private void setLevel(int source, boolean high) {
        if (high && !pending[source]) {
            pending[source] = true;
            updatePins();
        }
    }

    @Override
    public long read(long offset, int width) {
        long word = offset & ~3L;
        return RegisterLanes.extract(readWord(word), offset - word, width);
    }

    private long readWord(long word) {
        if (word < PENDING_BASE) {
            int source = (int) (word / 4);
            return source < SOURCES ? priority[source] : 0;
        }
        if (word < ENABLE_BASE) {
            int index = (int) ((word - PENDING_BASE) / 4);
            return index < WORDS ? pendingWord(index) & 0xFFFF_FFFFL : 0;
        }
        if (word < CONTEXT_BASE) {
            int context = (int) ((word - ENABLE_BASE) / ENABLE_STRIDE);
            int index = (int) ((word - ENABLE_BASE) % ENABLE_STRIDE / 4);
            return context < CONTEXTS && index < WORDS ? enable[context][index] & 0xFFFF_FFFFL : 0;
        }
        int context = (int) ((word - CONTEXT_BASE) / CONTEXT_STRIDE);
        long register = (word - CONTEXT_BASE) % CONTEXT_STRIDE;
        if (context >= CONTEXTS) {
            return 0;
        }
        if (register == 0) {
            return threshold[context];
        }
        return register == 4 ? claim(context) : 0;
    }

    @Override
    public void write(long offset, int width, long value) {
        long word = offset & ~3L;
        long merged = RegisterLanes.merge(currentWordForWrite(word), offset - word, width, value);
        writeWord(word, (int) merged);
        updatePins();
    }

    /** The register's value for a partial write; reading claim here would have a side effect. */
    private long currentWordForWrite(long word) {
        boolean claimRegister = word >= CONTEXT_BASE && (word - CONTEXT_BASE) % CONTEXT_STRIDE == 4;
        return claimRegister ? 0 : readWord(word);
    }

    private void writeWord(long word, int value) {
        if (word < PENDING_BASE) {
            int source = (int) (word / 4);
            if (source > 0 && source < SOURCES) {
                priority[source] = value & MAX_PRIORITY;
            }
        } else if (word < ENABLE_BASE) {
            return; // pending bits are read-only
        } else if (word < CONTEXT_BASE) {
            int context = (int) ((word - ENABLE_BASE) / ENABLE_STRIDE);
            int index = (int) ((word - ENABLE_BASE) % ENABLE_STRIDE / 4);
            if (context < CONTEXTS && index < WORDS) {
                enable[context][index] = value;
            }
        } else {
            writeContextRegister(word, value);
        }
    }

    private void writeContextRegister(long word, int value) {
        int context = (int) ((word - CONTEXT_BASE) / CONTEXT_STRIDE);
        long register = (word - CONTEXT_BASE) % CONTEXT_STRIDE;
        if (context >= CONTEXTS) {
            return;
        }
        if (register == 0) {
            threshold[context] = value & MAX_PRIORITY;
        } else if (register == 4) {
            complete(context, value);
        }
    }

    private int claim(int context) {
        int best = bestCandidate(context);
        if (best != 0) {
            pending[best] = false;
            inService[best] = true;
            updatePins();
        }
        return best;
    }

    private void complete(int context, int source) {
        if (source <= 0 || source >= SOURCES || !enabled(context, source)) {
            return;
        }
        inService[source] = false; // nothing becomes pending here: only the device's next assertion
    }

    /** Highest-priority pending enabled source above the threshold; lowest id wins ties; 0 if none. */
    private int bestCandidate(int context) {
        int best = 0;
        int bestPriority = threshold[context];
        for (int source = 1; source < SOURCES; source++) {
            if (pending[source] && !inService[source] && enabled(context, source) && priority[source] > bestPriority) {
                best = source;
                bestPriority = priority[source];
            }
        }
        return best;
    }

    private boolean enabled(int context, int source) {
        return (enable[context][source >>> 5] & (1 << (source & 31))) != 0;
    }

    private int pendingWord(int index) {
        int bits = 0;
        for (int bit = 0; bit < 32; bit++) {
            if (pending[index * 32 + bit]) {
                bits |= 1 << bit;
            }
        }
        return bits;
    }

    private void updatePins() {
        for (int context = 0; context < CONTEXTS; context++) {
            hart.setPin(CONTEXT_PIN[context], bestCandidate(context) != 0);
        }
    }
}
