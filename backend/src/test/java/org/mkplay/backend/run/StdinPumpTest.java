package org.mkplay.backend.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import org.junit.jupiter.api.Test;

class StdinPumpTest {
    @Test
    void deliversBytesInOrderAndReportsTheEnd() throws Exception {
        PipedOutputStream host = new PipedOutputStream();
        StdinPump pump = StdinPump.start(new PipedInputStream(host));
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        host.write(new byte[] {'a', 'b', (byte) 0xff});
        host.flush();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (received.size() < 3 && System.nanoTime() < deadline) {
            pump.drainTo(received::write);
            Thread.sleep(5);
        }
        assertEquals("ab", received.toString("ISO-8859-1").substring(0, 2));
        assertEquals(0xff, received.toByteArray()[2] & 0xff, "bytes are unsigned octets");
        assertTrue(!pump.exhausted(), "input still open");
        host.write('c');
        host.close();
        while (!pump.exhausted() && System.nanoTime() < deadline) {
            pump.drainTo(received::write);
            Thread.sleep(5);
        }
        assertTrue(pump.exhausted());
        assertEquals(4, received.size());
        assertEquals('c', received.toByteArray()[3]);
    }
}
