package org.mkplay.emulator.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.mkplay.riscv.board.UartRegisters;

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
        assertEquals(0x60, reg(UartRegisters.LSR) & 0x60, "THRE and TEMT");
        for (char c : "hi\n".toCharArray()) {
            set(UartRegisters.RBR_THR, c);
        }
        assertEquals("hi\n", sent.toString());
        assertEquals(0x60, reg(UartRegisters.LSR));
    }

    @Test
    void inputBeyondTheFifoWaitsInTheBacklogAndNothingIsLost() {
        set(UartRegisters.IIR_FCR, UartRegisters.FCR_FIFO_ENABLE);
        for (int i = 0; i < 100; i++) {
            uart.pushInput(i);
        }
        for (int i = 0; i < 100; i++) {
            assertTrue(uart.hasPendingInput());
            assertEquals(UartRegisters.LSR_DATA_READY, reg(UartRegisters.LSR) & UartRegisters.LSR_DATA_READY);
            assertEquals(i, reg(UartRegisters.RBR_THR));
        }
        assertFalse(uart.hasPendingInput());
        assertEquals(0, reg(UartRegisters.LSR) & UartRegisters.LSR_DATA_READY);
    }

    @Test
    void without16550FifoOneByteAtATimeStillLosesNothing() {
        uart.pushInput('a');
        uart.pushInput('b');
        assertEquals('a', reg(UartRegisters.RBR_THR));
        assertEquals('b', reg(UartRegisters.RBR_THR));
        set(UartRegisters.IIR_FCR, UartRegisters.FCR_FIFO_ENABLE);
        uart.pushInput('c');
        uart.pushInput('d');
        set(UartRegisters.IIR_FCR, 0); // back to 16450 mode: 'd' returns to the backlog
        assertEquals('c', reg(UartRegisters.RBR_THR));
        assertEquals('d', reg(UartRegisters.RBR_THR));
    }

    @Test
    void receiveInterruptHasPriorityOverTransmitterEmpty() {
        set(UartRegisters.IIR_FCR, UartRegisters.FCR_FIFO_ENABLE);
        assertEquals(0xC1, reg(UartRegisters.IIR_FCR), "FIFOs enabled, no interrupt");
        set(UartRegisters.IER, UartRegisters.IER_RX_AVAILABLE | UartRegisters.IER_THR_EMPTY);
        uart.pushInput('x');
        assertTrue(irq);
        assertEquals(0xC4, reg(UartRegisters.IIR_FCR));
        assertEquals('x', reg(UartRegisters.RBR_THR));
        assertTrue(irq, "THR empty is still pending");
        assertEquals(0xC2, reg(UartRegisters.IIR_FCR));
        assertFalse(irq, "reading IIR acknowledged THR empty");
        assertEquals(0xC1, reg(UartRegisters.IIR_FCR));
    }

    @Test
    void transmitterEmptyInterruptRearmsAfterEachByte() {
        set(UartRegisters.IER, UartRegisters.IER_THR_EMPTY);
        assertTrue(irq);
        assertEquals(UartRegisters.IIR_THR_EMPTY, reg(UartRegisters.IIR_FCR));
        assertFalse(irq);
        set(UartRegisters.RBR_THR, 'z');
        assertTrue(irq);
        set(UartRegisters.IER, 0);
        assertFalse(irq);
    }

    @Test
    void divisorLatchSharesAddressesWithoutDisturbingData() {
        set(UartRegisters.IER, 0x1);
        set(UartRegisters.LCR, UartRegisters.LCR_DLAB | 0x03);
        set(UartRegisters.RBR_THR, 0x0C);
        set(UartRegisters.IER, 0x00);
        assertEquals(0x0C, reg(UartRegisters.RBR_THR));
        assertEquals(0x00, reg(UartRegisters.IER));
        set(UartRegisters.LCR, 0x03);
        assertEquals(0x1, reg(UartRegisters.IER));
        assertEquals("", sent.toString(), "divisor writes are not transmitted");
        set(UartRegisters.SCR, 0x5A);
        assertEquals(0x5A, reg(UartRegisters.SCR));
    }

    @Test
    void loopbackReturnsTransmittedBytesAndMirrorsModemLines() {
        set(UartRegisters.MCR, UartRegisters.MCR_LOOPBACK | 0x3); // DTR, RTS
        set(UartRegisters.RBR_THR, 'q');
        assertEquals("", sent.toString());
        assertEquals('q', reg(UartRegisters.RBR_THR));
        assertEquals(0x30, reg(UartRegisters.MSR), "CTS and DSR");
        set(UartRegisters.MCR, 0);
        assertEquals(Uart16550.MSR_CONNECTED, reg(UartRegisters.MSR));
    }
}
