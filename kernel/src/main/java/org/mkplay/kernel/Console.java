package org.mkplay.kernel;

import static org.mkplay.riscv.board.UartRegisters.*;

import org.mkplay.riscv.board.UartRegisters;
import org.mkplay.riscv.board.Virt;
import org.mkplay.vmmagic.Address;

/**
 * Driver of the board's 16550 UART ({@link Virt#UART_BASE}, one byte per register), polled: the kernel
 * prints with interrupts off, so it waits for the transmitter rather than queueing. Register offsets and
 * bits are {@link UartRegisters}' (the 16550 data sheet's).
 */
public final class Console {
    private Console() {}

    static final Address UART = Address.fromLong(Virt.UART_BASE);
    /** FIFOs on, both cleared. */
    static final int FCR_ENABLE_AND_CLEAR = FCR_FIFO_ENABLE | FCR_CLEAR_RX | FCR_CLEAR_TX;
    /** 38400 baud from the 1.8432 MHz reference clock: clock / (16 × baud). QEMU and our emulator ignore it. */
    static final int DIVISOR_38400 = 3;

    /** Polled mode (no UART interrupts), 38400 8N1, FIFOs on. */
    public static void init() {
        UART.storeByte(IER, (byte) 0);
        UART.storeByte(LCR, (byte) LCR_DLAB);
        UART.storeByte(DLL, (byte) DIVISOR_38400);
        UART.storeByte(DLM, (byte) 0);
        UART.storeByte(LCR, (byte) LCR_8N1);
        UART.storeByte(FCR, (byte) FCR_ENABLE_AND_CLEAR);
    }

    /** Waits until the transmitter takes a byte, then writes b. */
    public static void putByte(int b) {
        while ((UART.loadByte(LSR) & LSR_THR_EMPTY) == 0) {
            // the UART drains at its own pace; nothing else to do with interrupts off
        }
        UART.storeByte(THR, (byte) b);
    }

    public static void print(String s) {
        for (int i = 0; i < s.length(); i++) putChar(s.charAt(i));
    }

    /** Prints s and a line feed (no carriage return: terminals and our front end add it). */
    public static void println(String s) {
        print(s);
        putByte('\n');
    }

    /** Kernel messages are ASCII; any other character prints as '?' rather than as half a UTF-8 sequence. */
    private static void putChar(char c) {
        putByte(c < 0x80 ? c : '?');
    }

    /** v in decimal (signed), without allocating: for reports made after boot. */
    public static void printDecimal(long v) {
        if (v < 0) {
            putByte('-');
            if (v == Long.MIN_VALUE) {
                print("9223372036854775808");
                return;
            }
            v = -v;
        }
        long div = 1;
        while (v / div >= 10) div *= 10;
        for (; div > 0; div /= 10) putByte((int) ('0' + v / div % 10));
    }

    /** v as 0x and lower-case hex digits without leading zeros, without allocating. */
    public static void printHex(long v) {
        print("0x");
        int shift = 60;
        while (shift > 0 && (v >>> shift & 0xf) == 0) shift -= 4;
        for (; shift >= 0; shift -= 4) putByte("0123456789abcdef".charAt((int) (v >>> shift & 0xf)));
    }

    /** v as 0x and lower-case hex digits, the form panic reports use for addresses. */
    public static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
