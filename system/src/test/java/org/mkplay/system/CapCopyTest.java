package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.Transcript;

/**
 * The mk library's {@code Cap.copyTo} and {@code Cap.delete} on the booted kernel (src/test/resources/cap-copy): a
 * copy with SEND calls under the source's badge, a copy without SEND is refused, a badge is set once, a delete
 * empties the slot. The first call leaves four words in the library's register block: the copy after it still gets
 * badge 0 in a3 (Ipc.syscall clears the registers it is not given).
 */
class CapCopyTest {
    @Test
    void copiesFollowTheKernelsRules() throws Exception {
        Path manifest =
                Path.of(CapCopyTest.class.getResource("/cap-copy/system.json").toURI());
        Machine machine = new Machine();
        machine.load(SystemBuilder.build(manifest, SystemBuilder.kernelImage()));
        Transcript run = machine.runToEnd(50_000_000L);
        assertTrue(run.halted(), run.text());
        String expected = "own: badge 2\n"
                + "copy send: OK, badge 2\n"
                + "copy again into it: BAD_ARGUMENT\n"
                + "copy receive only: OK, NO_RIGHTS\n"
                + "rebadge: BAD_ARGUMENT, BAD_SLOT\n"
                + "unknown rights: BAD_ARGUMENT\n"
                + "delete: OK, BAD_SLOT, again BAD_SLOT\n"
                + "copy from empty: BAD_SLOT\n";
        assertTrue(run.text().contains(expected), run.text());
    }
}
