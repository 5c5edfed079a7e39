package org.mkplay.emulator.devices;

import static org.mkplay.riscv.board.UartRegisters.*;

import org.mkplay.emulator.bus.Device;
import org.mkplay.emulator.bus.IrqLine;

/**
 * NS16550A UART as on QEMU virt (0x1000_0000, PLIC source 10), byte-wide registers:
 * <pre>
 *   0 RBR (read) / THR (write)        DLL when LCR.DLAB=1
 *   1 IER (bits 0..3)                  DLM when LCR.DLAB=1
 *   2 IIR (read) / FCR (write)
 *   3 LCR   4 MCR   5 LSR (read-only)   6 MSR (read-only)   7 SCR
 * </pre>
 * An access wider than a byte acts on the byte at its offset and reads zero-extended.
 *
 * <p>Transmit: a THR write goes straight to the {@link ByteSink}; the transmitter is always
 * ready, so LSR.THRE and LSR.TEMT are always set (no baud-rate timing is modelled). In loopback
 * (MCR bit 4) transmitted bytes go to the receiver instead and MSR mirrors MCR, as on the chip.
 *
 * <p>Receive: a FIFO of {@value #FIFO_DEPTH} bytes (1 byte when FCR.FIFO_ENABLE is clear, 16450
 * mode). Host input beyond that waits in an unbounded host-side backlog and moves into the FIFO
 * as the guest reads, so input is never lost and there is never an overrun.
 *
 * <p>Interrupts (IIR priority order): received data available (IIR id 0x4, raised as long as
 * the FIFO holds a byte, i.e. trigger level 1) before transmitter holding register empty (id 0x2,
 * set when ETBEI becomes enabled, after each transmitted byte and by a transmit FIFO reset; cleared by
 * reading IIR while it is the reported cause, by writing THR and by disabling ETBEI). Line-status and
 * modem-status interrupts never occur.
 *
 * <p>The interrupt wire is driven as QEMU 7.2's 16550 drives it, because the PLIC counts every assertion
 * as a new request (see {@link Plic}): it is re-evaluated — and asserted again if any cause holds — on
 * an RBR read, an IIR read that reports THRE, a THR write (once as THR fills, once as it empties), an IER
 * write that changes it, every FCR write and when host input arrives; never on LSR, MSR, LCR, MCR or SCR
 * accesses. A driver that never reads IIR (xv6-riscv in its 2022 form) thus gets one THRE request per
 * transmitted byte, not a new one after every PLIC completion.
 */
public final class Uart16550 implements Device {
    public static final int FIFO_DEPTH = 16;

    /** Outside loopback the modem lines read as connected: DCD | DSR | CTS (QEMU's value). */
    static final int MSR_CONNECTED = 0xB0;

    private final IrqLine irq;
    private ByteSink output = octet -> {};
    /** Receive FIFO: fifoCount bytes starting at fifoHead; fifoCount <= rxCapacity(). */
    private final byte[] fifo = new byte[FIFO_DEPTH];

    private int fifoHead;
    private int fifoCount;
    /** Host input that did not fit in the FIFO, oldest first. */
    private final ByteQueue backlog = new ByteQueue();

    private int ier;
    private int fcr;
    private int lcr;
    /** Resets to OUT2 set, as QEMU's 16550 does (PC serial ports gate their IRQ with OUT2). */
    private int mcr = MCR_OUT2;

    private int scr;
    private int divisor;
    /** The "THR empty" interrupt condition of the 16550 (not the same as LSR.THRE, which is always 1). */
    private boolean thrEmptyPending;

    public Uart16550(IrqLine irq) {
        this.irq = irq;
        irq.set(false);
    }

    /** Where transmitted bytes go (the console). */
    public void setOutput(ByteSink output) {
        this.output = output;
    }

    /** Host input: one byte (0..255) typed into the console. Never dropped. */
    public void pushInput(int octet) {
        if (backlog.isEmpty() && fifoCount < rxCapacity()) {
            enqueue((byte) octet);
        } else {
            backlog.add((byte) octet);
        }
        updateIrq();
    }

    /** True while some host input has not yet been read by the guest (FIFO or backlog). */
    public boolean hasPendingInput() {
        return fifoCount > 0 || !backlog.isEmpty();
    }

    @Override
    public long read(long offset, int width) {
        if (offset < 0 || offset > SCR) {
            return 0;
        }
        return readRegister((int) offset);
    }

    private int readRegister(int register) {
        boolean dlab = (lcr & LCR_DLAB) != 0;
        switch (register) {
            case RBR_THR:
                if (dlab) {
                    return divisor & 0xFF;
                }
                int octet = receive();
                updateIrq();
                return octet;
            case IER:
                return dlab ? divisor >>> 8 : ier;
            case IIR_FCR:
                return readIir();
            case LCR:
                return lcr;
            case MCR:
                return mcr;
            case LSR:
                return LSR_THR_EMPTY | LSR_TRANSMITTER_EMPTY | (fifoCount > 0 ? LSR_DATA_READY : 0);
            case MSR:
                return readMsr();
            default:
                return scr;
        }
    }

    @Override
    public void write(long offset, int width, long value) {
        if (offset < 0 || offset > SCR) {
            return;
        }
        writeRegister((int) offset, (int) value & 0xFF);
    }

    private void writeRegister(int register, int value) {
        boolean dlab = (lcr & LCR_DLAB) != 0;
        switch (register) {
            case RBR_THR:
                if (dlab) {
                    divisor = (divisor & 0xFF00) | value;
                } else {
                    transmit(value);
                }
                break;
            case IER:
                if (dlab) {
                    divisor = (divisor & 0xFF) | (value << 8);
                } else {
                    writeIer(value);
                }
                break;
            case IIR_FCR:
                writeFcr(value);
                break;
            case LCR:
                lcr = value;
                break;
            case MCR:
                mcr = value & 0x1F;
                break;
            case SCR:
                scr = value;
                break;
            default:
                break; // LSR and MSR are read-only
        }
    }

    private void transmit(int octet) {
        thrEmptyPending = false; // THR holds the byte for a moment
        updateIrq();
        thrEmptyPending = true; // the byte left at once, so THR is empty again
        updateIrq();
        if ((mcr & MCR_LOOPBACK) != 0) {
            pushInput(octet);
        } else {
            output.put(octet);
        }
    }

    /** Turning ETBEI on raises THRE (THR is always empty here), even if an IIR read had cleared it; off clears it. */
    private void writeIer(int value) {
        int changed = (ier ^ value) & 0x0F;
        ier = value & 0x0F;
        if ((changed & IER_THR_EMPTY) != 0) {
            thrEmptyPending = (ier & IER_THR_EMPTY) != 0;
        }
        if (changed != 0) {
            updateIrq();
        }
    }

    private void writeFcr(int value) {
        if (((value ^ fcr) & FCR_FIFO_ENABLE) != 0) {
            value |= FCR_CLEAR_TX; // switching FIFO mode resets the transmit FIFO (the receiver keeps its bytes)
        }
        if ((value & FCR_CLEAR_TX) != 0) {
            thrEmptyPending = true; // an empty transmit FIFO: THRE, as after a transmitted byte
        }
        if ((value & FCR_CLEAR_RX) != 0) {
            fifoHead = 0;
            fifoCount = 0;
        }
        fcr = value & 0xC9; // FIFO enable, DMA mode, trigger level; clear bits are self-clearing
        while (fifoCount > rxCapacity()) { // leaving FIFO mode: keep the oldest byte, the rest wait
            backlog.addFirst(fifo[(fifoHead + fifoCount - 1) % FIFO_DEPTH]);
            fifoCount--;
        }
        refillFromBacklog();
        updateIrq();
    }

    private int readIir() {
        int fifoBits = (fcr & FCR_FIFO_ENABLE) != 0 ? IIR_FIFOS_ENABLED : 0;
        int cause = interruptCause();
        if (cause == IIR_THR_EMPTY) {
            thrEmptyPending = false; // reading IIR while it reports THRE clears that interrupt
            updateIrq();
        }
        return fifoBits | cause;
    }

    /** The highest-priority pending interrupt, IIR encoding (IIR_NONE when none). */
    private int interruptCause() {
        if ((ier & IER_RX_AVAILABLE) != 0 && fifoCount > 0) {
            return IIR_RX_AVAILABLE;
        }
        if ((ier & IER_THR_EMPTY) != 0 && thrEmptyPending) {
            return IIR_THR_EMPTY;
        }
        return IIR_NONE;
    }

    private int readMsr() {
        if ((mcr & MCR_LOOPBACK) == 0) {
            return MSR_CONNECTED;
        }
        // Loopback wiring: CTS=RTS(bit1), DSR=DTR(bit0), RI=OUT1(bit2), DCD=OUT2(bit3).
        return ((mcr & 0x2) << 3) | ((mcr & 0x1) << 5) | ((mcr & 0x4) << 4) | ((mcr & 0x8) << 4);
    }

    private int receive() {
        if (fifoCount == 0) {
            return 0;
        }
        int octet = fifo[fifoHead] & 0xFF;
        fifoHead = (fifoHead + 1) % FIFO_DEPTH;
        fifoCount--;
        refillFromBacklog();
        return octet;
    }

    private void refillFromBacklog() {
        while (fifoCount < rxCapacity() && !backlog.isEmpty()) {
            enqueue(backlog.removeFirst());
        }
    }

    private void enqueue(byte octet) {
        fifo[(fifoHead + fifoCount) % FIFO_DEPTH] = octet;
        fifoCount++;
    }

    private int rxCapacity() {
        return (fcr & FCR_FIFO_ENABLE) != 0 ? FIFO_DEPTH : 1;
    }

    /** Drives the wire from the interrupt causes; with the PLIC, each call with {@code true} is a new request. */
    private void updateIrq() {
        irq.set(interruptCause() != IIR_NONE);
    }
}
