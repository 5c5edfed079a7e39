package org.mkplay.system;

import org.junit.jupiter.api.Test;

/**
 * The mk library's {@code Cap.copyTo} and {@code Cap.delete} on the booted kernel (src/test/resources/cap-copy): a
 * copy with SEND calls under the source's badge, a copy without SEND is refused, a badge is set once, a delete
 * empties the slot. The first call leaves four words in the library's register block: the copy after it still gets
 * badge 0 in a3 (Ipc.syscall clears the registers it is not given).
 */
class CapCopyTest {
    @Test
    void copiesFollowTheKernelsRules() throws Exception {
        SystemRuns.assertTestSystemPrints(
                "cap-copy",
                "own: badge 2\n"
                        + "copy send: OK, badge 2\n"
                        + "copy again into it: BAD_ARGUMENT\n"
                        + "copy receive only: OK, NO_RIGHTS\n"
                        + "rebadge: BAD_ARGUMENT, BAD_SLOT\n"
                        + "unknown rights: BAD_ARGUMENT\n"
                        + "delete: OK, BAD_SLOT, again BAD_SLOT\n"
                        + "copy from empty: BAD_SLOT\n");
    }
}
