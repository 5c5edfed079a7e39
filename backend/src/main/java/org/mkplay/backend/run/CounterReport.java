package org.mkplay.backend.run;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mkplay.emulator.Counters;
import org.mkplay.emulator.cpu.Privilege;

/**
 * The counters of a finished run as ordered {@code key: value} pairs, the format of {@code mkplay run --stats}.
 * Trap causes that never occurred are left out; every other key is always present.
 */
public final class CounterReport {
    private CounterReport() {}

    /**
     * @param emulationNanos host time spent executing guest instructions (not waiting for input), for the
     *                       MIPS figure
     */
    public static Map<String, String> of(Counters counters, long emulationNanos) {
        Map<String, String> report = new LinkedHashMap<>();
        report.put("instructions", Long.toString(counters.instructions()));
        report.put("instructions-m", Long.toString(counters.instructions(Privilege.MACHINE)));
        report.put("instructions-s", Long.toString(counters.instructions(Privilege.SUPERVISOR)));
        report.put("instructions-u", Long.toString(counters.instructions(Privilege.USER)));
        report.put("seconds", String.format(Locale.ROOT, "%.3f", emulationNanos / 1e9));
        report.put("mips", formatMips(counters.instructions(), emulationNanos));
        report.put("traps", Long.toString(counters.trapsTotal()));
        putTrapCauses(counters, report);
        report.put("satp-writes", Long.toString(counters.satpWrites));
        report.put("tlb-hits", Long.toString(counters.tlbHits));
        report.put("tlb-misses", Long.toString(counters.tlbMisses));
        report.put("page-walks", Long.toString(counters.pageWalks));
        report.put("modelled-cycles", Long.toString(counters.modelledCycles()));
        return report;
    }

    private static void putTrapCauses(Counters counters, Map<String, String> report) {
        for (int code = 0; code < 16; code++) {
            if (counters.exceptions(code) > 0) {
                report.put("traps." + TrapNames.exception(code), Long.toString(counters.exceptions(code)));
            }
        }
        for (int code = 0; code < 16; code++) {
            if (counters.interrupts(code) > 0) {
                report.put("traps." + TrapNames.interrupt(code), Long.toString(counters.interrupts(code)));
            }
        }
    }

    /** Millions of instructions per host second, two decimals; "n/a" when no measurable time passed. */
    public static String formatMips(long instructions, long nanos) {
        return nanos <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", instructions * 1e3 / nanos);
    }

    /** {@code key: value} lines, each ending in a newline. */
    public static String lines(Map<String, String> report) {
        StringBuilder text = new StringBuilder();
        report.forEach(
                (key, value) -> text.append(key).append(": ").append(value).append('\n'));
        return text.toString();
    }
}
