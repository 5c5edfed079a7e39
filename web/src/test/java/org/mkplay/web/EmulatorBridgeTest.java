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
    void runsTheDemoInSlicesDrainsOutputTakesInputAndReportsItsSleep() {
        assertEquals("", EmulatorBridge.load(DemoImage.build()));
        assertEquals(SLICE, EmulatorBridge.run(SLICE));
        double boot = SLICE + EmulatorBridge.run(SLICE);
        assertTrue(boot < 2.0 * SLICE, "the boot text takes a little over one slice, then the demo sleeps");
        assertEquals(boot, EmulatorBridge.instructions());
        assertTrue(EmulatorBridge.waiting(), "asleep in wfi: the worker polls for input instead of running");
        assertTrue(drained().startsWith(DemoImage.BANNER));
        assertEquals("", drained(), "drained output is gone");

        for (char c : "ok\r".toCharArray()) EmulatorBridge.pushInput(c);
        EmulatorBridge.run(SLICE);
        assertEquals("ok\r\n", drained());
        assertFalse(EmulatorBridge.halted());
        assertTrue(EmulatorBridge.waiting(), "asleep again after echoing");
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

    @Test
    void countersNameEachCountOfTheMachineInOrder() {
        assertEquals("", EmulatorBridge.load(DemoImage.build()));
        EmulatorBridge.run(SLICE);
        double[] counters = EmulatorBridge.counters();
        String[] names = EmulatorBridge.counterNames().split(",");
        assertEquals(names.length, counters.length);
        assertEquals("instructions", names[0]);
        assertEquals(EmulatorBridge.instructions(), counters[0]);
        int devices = java.util.Arrays.asList(names).indexOf("deviceAccesses");
        assertTrue(counters[devices] > 0, "the demo polls the UART");
        int cycles = java.util.Arrays.asList(names).indexOf("cycles");
        assertTrue(counters[cycles] > counters[0], "device accesses cost modelled cycles beyond one per instruction");
        EmulatorBridge.reset();
        assertEquals(0.0, EmulatorBridge.counters()[devices], "reset clears the counts");
    }

    private static String drained() {
        return new String(EmulatorBridge.drainOutput(), StandardCharsets.ISO_8859_1);
    }

    /**
     * The page's system image (the kernel with a server, a client and a process that faults): its trace records
     * arrive through drainTrace, FIELDS numbers each, as the worker posts them to the timeline.
     */
    @Test
    void drainsTheKernelsTraceRecordsOfTheSystemImage() throws Exception {
        byte[] elf = java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("..", "kernel", "target", "images", "timeline.elf"));
        assertEquals("", EmulatorBridge.load(elf));
        int sends = 0, faults = 0, exits = 0, records = 0;
        for (int slices = 0; slices < 100 && !EmulatorBridge.halted(); slices++) {
            EmulatorBridge.run(SLICE);
            double[] t = EmulatorBridge.drainTrace();
            records += t.length / TraceRing.FIELDS;
            for (int i = 0; i < t.length; i += TraceRing.FIELDS) {
                if (t[i] == org.mkplay.vmmagic.trace.TraceRecord.SEND) {
                    sends++;
                    // PingClient's labels are 1..8, Crasher's 9: the label is the value's high half
                    assertTrue(t[i + 6] >= 1 && t[i + 6] <= 9, "label " + t[i + 6]);
                }
                if (t[i] == org.mkplay.vmmagic.trace.TraceRecord.FAULT) faults++;
                if (t[i] == org.mkplay.vmmagic.trace.TraceRecord.EXIT) exits++;
            }
        }
        assertTrue(EmulatorBridge.halted());
        assertEquals(3200, sends);
        assertEquals(1, faults, "the crasher's null check");
        assertEquals(1, exits, "the client exits; the server waits for ever; the crasher faulted");
        assertEquals(0.0, EmulatorBridge.traceDropped());
        assertTrue(records > 6 * 3200, records + " records");
        EmulatorBridge.reset();
        assertEquals(0, EmulatorBridge.drainTrace().length);
    }
}
