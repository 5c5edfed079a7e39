package org.mkplay.emulator;

import java.nio.charset.StandardCharsets;

/**
 * What a run to the end left behind ({@link Machine#runToEnd}): the bytes the guest wrote to the UART, the
 * finisher's exit status, the instructions retired and how the run ended.
 *
 * @param exitStatus the status the guest powered off with; meaningful only when {@link #halted()}
 */
public record Transcript(byte[] console, int exitStatus, long instructions, Ending ending) {
    /** Why the run stopped. */
    public enum Ending {
        /** The guest powered the board off (SiFive test finisher or {@code tohost}). */
        HALTED,
        /** The hart sleeps in {@code wfi} and nothing but host input can wake it. */
        WAITING,
        /** The instruction budget ran out first. */
        BUDGET
    }

    public boolean halted() {
        return ending == Ending.HALTED;
    }

    /** The console as UTF-8 text. */
    public String text() {
        return new String(console, StandardCharsets.UTF_8);
    }

    /** The console one character per byte (ISO-8859-1), for byte-exact comparisons as text. */
    public String bytesAsText() {
        return new String(console, StandardCharsets.ISO_8859_1);
    }
}
