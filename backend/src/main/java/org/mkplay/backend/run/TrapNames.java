package org.mkplay.backend.run;

/**
 * Short names of RISC-V trap causes for reports ({@code traps.ecall-from-u: 3}). Codes and meanings are
 * those of the privileged specification's mcause table; reserved codes are named by number.
 */
public final class TrapNames {
    private static final String[] EXCEPTIONS = {
        "instruction-misaligned",
        "instruction-access-fault",
        "illegal-instruction",
        "breakpoint",
        "load-misaligned",
        "load-access-fault",
        "store-misaligned",
        "store-access-fault",
        "ecall-from-u",
        "ecall-from-s",
        null,
        "ecall-from-m",
        "instruction-page-fault",
        "load-page-fault",
        null,
        "store-page-fault",
    };
    private static final String[] INTERRUPTS = {
        null, "supervisor-software-interrupt", null, "machine-software-interrupt",
        null, "supervisor-timer-interrupt", null, "machine-timer-interrupt",
        null, "supervisor-external-interrupt", null, "machine-external-interrupt",
    };

    private TrapNames() {}

    /** The name of exception code {@code cause} (0..15). */
    public static String exception(int cause) {
        String name = cause >= 0 && cause < EXCEPTIONS.length ? EXCEPTIONS[cause] : null;
        return name != null ? name : "exception-" + cause;
    }

    /** The name of interrupt code {@code code} (0..15). */
    public static String interrupt(int code) {
        String name = code >= 0 && code < INTERRUPTS.length ? INTERRUPTS[code] : null;
        return name != null ? name : "interrupt-" + code;
    }
}
