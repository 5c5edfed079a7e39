package org.mkplay.emulator.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SifiveFinisherTest {
    private final List<Integer> finished = new ArrayList<>();
    private final SifiveFinisher finisher = new SifiveFinisher(finished::add);

    @Test
    void passFailAndResetCodes() {
        finisher.write(0, 4, 0x5555);
        finisher.write(0, 4, (42L << 16) | 0x3333);
        finisher.write(0, 4, 0x7777);
        assertEquals(List.of(0, 42, 0), finished);
    }

    @Test
    void otherWritesAreIgnored() {
        finisher.write(0, 4, 0x1234);
        finisher.write(4, 4, 0x5555);
        finisher.write(0, 2, 0x5555);
        assertEquals(List.of(), finished);
        assertEquals(0, finisher.read(0, 4));
    }
}
