package org.mkplay.toolchain.corpus;

/** Runs a compiled standalone image on a RISC-V machine and reports what the UART printed and the exit status. */
public interface GuestRunner {
    /** Console bytes as the program wrote them to the UART, and the finisher's exit status. */
    record Outcome(byte[] console, int exit) {}

    String name();

    Outcome run(byte[] elf) throws Exception;
}
