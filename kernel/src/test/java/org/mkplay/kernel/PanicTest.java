package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mkplay.riscv.priv.Cause;

/** Names of scause values (privileged specification, scause table) and the report line. */
class PanicTest {
    @Test
    void exceptionsAreNamedAsInThePrivilegedSpecification() {
        String[] names = {
            "instruction address misaligned",
            "instruction access fault",
            "illegal instruction",
            "breakpoint",
            "load address misaligned",
            "load access fault",
            "store/AMO address misaligned",
            "store/AMO access fault",
            "environment call from U-mode",
            "environment call from S-mode",
            "unknown exception",
            "environment call from M-mode",
            "instruction page fault",
            "load page fault",
            "unknown exception",
            "store/AMO page fault",
            "unknown exception"
        };
        for (int code = 0; code < names.length; code++)
            assertEquals(names[code], Panic.causeName(code), "code " + code);
    }

    @Test
    void supervisorInterruptsAreNamedOthersAreUnknown() {
        assertEquals("supervisor software interrupt", Panic.causeName(Cause.INTERRUPT | 1));
        assertEquals("supervisor timer interrupt", Panic.causeName(Cause.INTERRUPT | 5));
        assertEquals("supervisor external interrupt", Panic.causeName(Cause.INTERRUPT | 9));
        assertEquals("unknown interrupt", Panic.causeName(Cause.INTERRUPT | 7));
        assertEquals("unknown interrupt", Panic.causeName(Cause.INTERRUPT | 42));
    }

    @Test
    void theReportNamesTheCauseAndGivesScauseSepcAndStvalInHex() {
        assertEquals(
                "panic: store/AMO page fault (scause 0xf) at sepc 0x80002a4c, stval 0xdeadb000",
                Panic.report(Cause.STORE_PAGE_FAULT, 0x8000_2A4CL, 0xDEAD_B000L));
    }
}
