package org.mkplay.riscv.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.mkplay.riscv.priv.Csr;

/**
 * Every CSR number in {@link Csr} (its int constants but the field shifts) carries the name GNU objdump prints
 * for that number ({@link CsrNames}, checked against objdump by {@link DisassemblerDifferentialTest}).
 */
class CsrNumbersTest {
    @Test
    void everyCsrNumberIsNamedAsObjdumpNamesIt() throws IllegalAccessException {
        int checked = 0;
        for (Field field : Csr.class.getFields()) {
            if (field.getType() != int.class
                    || !Modifier.isStatic(field.getModifiers())
                    || field.getName().endsWith("_SHIFT")) {
                continue;
            }
            int number = field.getInt(null);
            assertEquals(field.getName().toLowerCase(), CsrNames.name(number), "Csr." + field.getName());
            checked++;
        }
        assertTrue(checked >= 30, checked + " CSR numbers checked"); // 38 today: a broken filter checks none
    }

    @Test
    void theDisassemblerPrintsCsrReadsByName() {
        int csrrsSatp = Csr.SATP << 20 | 2 << 12 | 10 << 7 | Opcode.SYSTEM; // csrrs a0, satp, zero
        assertEquals("csrr a0,satp", Disassembler.disassemble(csrrsSatp, 0));
    }
}
