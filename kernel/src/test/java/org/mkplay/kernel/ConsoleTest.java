package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.kernel.SimulatedBoard.Write;
import org.mkplay.riscv.board.UartRegisters;

/** The 16550 driver on the simulated board: the register sequence, polling the transmitter, the bytes sent. */
class ConsoleTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    @Test
    void initSelectsPolledModeTheDivisorAnd8N1ThenTheFifos() {
        Console.init();
        assertEquals(
                List.of(
                        new Write(UartRegisters.IER, 0),
                        new Write(UartRegisters.LCR, 0x80),
                        new Write(UartRegisters.DLL, 3),
                        new Write(UartRegisters.DLM, 0),
                        new Write(UartRegisters.LCR, 0x03),
                        new Write(UartRegisters.FCR, 0x07)),
                board.uartWrites);
    }

    @Test
    void putByteWaitsUntilTheTransmitterIsEmpty() {
        board.transmitterBusyFor(3);
        Console.putByte('k');
        assertEquals(4, board.lsrPolls);
        assertEquals(List.of(new Write(UartRegisters.THR, 'k')), board.uartWrites);
    }

    @Test
    void printlnSendsEachCharacterThenALineFeed() {
        Console.println("tick 12");
        assertEquals("tick 12\n", board.console.toString());
        assertEquals(8, board.lsrPolls, "one poll per byte when the transmitter is ready");
    }

    @Test
    void nonAsciiCharactersPrintAsQuestionMarks() {
        Console.print("5 µs → ok");
        assertEquals("5 ?s ? ok", board.console.toString());
    }

    @Test
    void hexIsLowerCaseWithPrefix() {
        assertEquals("0x80001f0a", Console.hex(0x8000_1F0AL));
        assertEquals("0x0", Console.hex(0));
        assertEquals("0x8000000000000005", Console.hex(1L << 63 | 5));
    }
}
