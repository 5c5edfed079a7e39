package org.mkplay.emulator.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class Uart16550Test {
    private boolean irq;
    private final Uart16550 uart = new Uart16550(level -> irq = level);
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

    Uart16550Test() {
        uart.setOutput(sent::write);
    }

    private int reg(int register) {
        return (int) uart.read(register, 1);
    }

    private void set(int register, int value) {
        uart.write(register, 1, value);
    }

    @Test
    void transmitterIsAlwaysReadyAndBytesGoToTheSink() {
        assertEquals(0x60, reg(Uart16550.LSR) & 0x60, "THRE and TEMT");
        for (char c : "hi\n".toCharArray()) {
            set(Uart16550.RBR_THR, c);
        }
        assertEquals("hi\n", sent.toString());
        assertEquals(0x60, reg(Uart16550.LSR));
    }

    @Test
    void inputBeyondTheFifoWaitsInTheBacklogAndNothingIsLost() {
        set(Uart16550.IIR_FCR, Uart16550.FCR_FIFO_ENABLE);
        for (int i = 0; i < 100; i++) {
            uart.pushInput(i);
        }
        for (int i = 0; i < 100; i++) {
            assertTrue(uart.hasPendingInput());
            assertEquals(Uart16550.LSR_DATA_READY, reg(Uart16550.LSR) & Uart16550.LSR_DATA_READY);
            assertEquals(i, reg(Uart16550.RBR_THR));
        }
        assertFalse(uart.hasPendingInput());
        assertEquals(0, reg(Uart16550.LSR) & Uart16550.LSR_DATA_READY);
    }

    @Test
    void without16550FifoOneByteAtATimeStillLosesNothing() {
        uart.pushInput('a');
        uart.pushInput('b');
        assertEquals('a', reg(Uart16550.RBR_THR));
        assertEquals('b', reg(Uart16550.RBR_THR));
        set(Uart16550.IIR_FCR, Uart16550.FCR_FIFO_ENABLE);
        uart.pushInput('c');
        uart.pushInput('d');
        set(Uart16550.IIR_FCR, 0); // back to 16450 mode: 'd' returns to the backlog
        assertEquals('c', reg(Uart16550.RBR_THR));
        assertEquals('d', reg(Uart16550.RBR_THR));
    }

    @Test
    void receiveInterruptHasPriorityOverTransmitterEmpty() {
        set(Uart16550.IIR_FCR, Uart16550.FCR_FIFO_ENABLE);
        assertEquals(0xC1, reg(Uart16550.IIR_FCR), "FIFOs enabled, no interrupt");
        set(Uart16550.IER, Uart16550.IER_RX_AVAILABLE | Uart16550.IER_THR_EMPTY);
        uart.pushInput('x');
        assertTrue(irq);
        assertEquals(0xC4, reg(Uart16550.IIR_FCR));
        assertEquals('x', reg(Uart16550.RBR_THR));
        assertTrue(irq, "THR empty is still pending");
        assertEquals(0xC2, reg(Uart16550.IIR_FCR));
        assertFalse(irq, "reading IIR acknowledged THR empty");
        assertEquals(0xC1, reg(Uart16550.IIR_FCR));
    }

    @Test
    void transmitterEmptyInterruptRearmsAfterEachByte() {
        set(Uart16550.IER, Uart16550.IER_THR_EMPTY);
        assertTrue(irq);
        assertEquals(Uart16550.IIR_THR_EMPTY, reg(Uart16550.IIR_FCR));
        assertFalse(irq);
        set(Uart16550.RBR_THR, 'z');
        assertTrue(irq);
        set(Uart16550.IER, 0);
        assertFalse(irq);
    }

    @Test
    void divisorLatchSharesAddressesWithoutDisturbingData() {
        set(Uart16550.IER, 0x1);
        set(Uart16550.LCR, Uart16550.LCR_DLAB | 0x03);
        set(Uart16550.RBR_THR, 0x0C);
        set(Uart16550.IER, 0x00);
        assertEquals(0x0C, reg(Uart16550.RBR_THR));
        assertEquals(0x00, reg(Uart16550.IER));
        set(Uart16550.LCR, 0x03);
        assertEquals(0x1, reg(Uart16550.IER));
        assertEquals("", sent.toString(), "divisor writes are not transmitted");
        set(Uart16550.SCR, 0x5A);
        assertEquals(0x5A, reg(Uart16550.SCR));
    }

    @Test
    void loopbackReturnsTransmittedBytesAndMirrorsModemLines() {
        set(Uart16550.MCR, Uart16550.MCR_LOOPBACK | 0x3); // DTR, RTS
        set(Uart16550.RBR_THR, 'q');
        assertEquals("", sent.toString());
        assertEquals('q', reg(Uart16550.RBR_THR));
        assertEquals(0x30, reg(Uart16550.MSR), "CTS and DSR");
        set(Uart16550.MCR, 0);
        assertEquals(Uart16550.MSR_CONNECTED, reg(Uart16550.MSR));
    }
}
