package org.mkplay.riscv.board;

/**
 * Registers of the NS16550A UART at {@link Virt#UART_BASE}: byte-wide, at consecutive offsets, with the bit
 * names of the 16550 data sheet.
 * <pre>
 *   0 RBR (read) / THR (write)        DLL when LCR.DLAB = 1
 *   1 IER                              DLM when LCR.DLAB = 1
 *   2 IIR (read) / FCR (write)
 *   3 LCR   4 MCR   5 LSR (read-only)   6 MSR (read-only)   7 SCR
 * </pre>
 */
public final class UartRegisters {
    private UartRegisters() {}

    public static final int RBR_THR = 0, IER = 1, IIR_FCR = 2, LCR = 3, MCR = 4, LSR = 5, MSR = 6, SCR = 7;
    /** The registers that share an offset, by the name of the access a driver makes. */
    public static final int RBR = RBR_THR, THR = RBR_THR, IIR = IIR_FCR, FCR = IIR_FCR;
    /** The divisor latch, low and high byte, in place of RBR/THR and IER while LCR.DLAB is set. */
    public static final int DLL = 0, DLM = 1;

    public static final int IER_RX_AVAILABLE = 0x1, IER_THR_EMPTY = 0x2;
    public static final int IIR_NONE = 0x1, IIR_THR_EMPTY = 0x2, IIR_RX_AVAILABLE = 0x4, IIR_FIFOS_ENABLED = 0xC0;
    public static final int FCR_FIFO_ENABLE = 0x1, FCR_CLEAR_RX = 0x2, FCR_CLEAR_TX = 0x4;
    /** LCR: divisor latch access; 8 data bits, no parity, one stop bit. */
    public static final int LCR_DLAB = 0x80, LCR_8N1 = 0x03;

    public static final int MCR_OUT2 = 0x08, MCR_LOOPBACK = 0x10;
    /** LSR: a received byte is waiting; THR can take a byte; the transmitter is idle. */
    public static final int LSR_DATA_READY = 0x01, LSR_THR_EMPTY = 0x20, LSR_TRANSMITTER_EMPTY = 0x40;
}
