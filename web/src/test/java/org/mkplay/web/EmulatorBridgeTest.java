package org.mkplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mkplay.web.demo.DemoImage;
import org.mkplay.web.demo.IntegerLoopImage;

/** The bridge as the worker drives it, on the JVM (the same code TeaVM compiles). */
class EmulatorBridgeTest {
    private static final int SLICE = 2_000_000;

    @Test
    void rejectsAnImageThatIsNotElfWithTheLoadersMessage() {
        String error = EmulatorBridge.load("not an ELF file".getBytes(StandardCharsets.US_ASCII));
        assertFalse(error.isEmpty(), "a rejected image reports why");
    }

    @Test
    void runsTheDemoInSlicesDrainsOutputAndTakesInput() {
        assertEquals("", EmulatorBridge.load(DemoImage.build()));
        assertEquals(SLICE, EmulatorBridge.run(SLICE));
        assertEquals(SLICE, EmulatorBridge.run(SLICE));
        assertEquals(2.0 * SLICE, EmulatorBridge.instructions());
        assertTrue(drained().startsWith(DemoImage.BANNER));
        assertEquals("", drained(), "drained output is gone");

        for (char c : "ok\r".toCharArray()) EmulatorBridge.pushInput(c);
        EmulatorBridge.run(SLICE);
        assertEquals("ok\r\n", drained());
        assertFalse(EmulatorBridge.halted());
        assertFalse(EmulatorBridge.waiting());
    }

    @Test
    void resetRebootsTheLoadedImage() {
        assertEquals("", EmulatorBridge.load(DemoImage.build()));
        EmulatorBridge.run(SLICE);
        EmulatorBridge.reset();
        assertEquals(0.0, EmulatorBridge.instructions());
        assertEquals("", drained(), "output from before the reset is dropped");
        EmulatorBridge.run(SLICE);
        assertTrue(drained().startsWith(DemoImage.BANNER));
    }

    @Test
    void reportsHaltAndExitStatus() {
        assertEquals("", EmulatorBridge.load(IntegerLoopImage.build()));
        while (!EmulatorBridge.halted()) EmulatorBridge.run(SLICE * 50);
        assertEquals(0, EmulatorBridge.exitStatus());
        assertEquals(17, drained().length(), "16 hex digits and a newline");
    }

    private static String drained() {
        return new String(EmulatorBridge.drainOutput(), StandardCharsets.ISO_8859_1);
    }
}
