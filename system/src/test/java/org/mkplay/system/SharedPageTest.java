package org.mkplay.system;

import org.junit.jupiter.api.Test;

/**
 * A shared page (the manifest's "pages", the kernel's grant kind 6, mk's Page) on the booted kernel
 * (src/test/resources/shared-page): both programs hold the same zeroed frame; while the writer has it mapped the
 * reader's MAP is refused, after the writer's UNMAP the reader maps it and reads what the writer wrote; a slot with
 * no page is BAD_SLOT; an offset past the page is a bounds error, and touching the page after unmapping it is a load
 * page fault of the program.
 */
class SharedPageTest {
    @Test
    void programsTakeTurnsWithOneFrame() throws Exception {
        SystemRuns.assertTestSystemPrints(
                "shared-page",
                "reader: spare page fresh: mapped\n",
                "writer: map OK, fresh page holds 0\n"
                        + "writer: reader while the writer has it: BAD_ARGUMENT\n"
                        + "writer: unmap OK, again BAD_ARGUMENT\n"
                        + "writer: reader maps OK, reads 0x1122334455667788, byte 136, unmaps OK\n"
                        + "writer: no page 4: BAD_SLOT\n"
                        + "writer: page offset 4096 for 8 bytes\n"
                        + "writer: map again OK, holds 0x1122334455667788\n"
                        + "writer: touching it after unmap\n"
                        + "fault: thread 1 (process 1) cause 0xd pc ");
    }
}
