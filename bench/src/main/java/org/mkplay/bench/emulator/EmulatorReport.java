package org.mkplay.bench.emulator;

import java.util.Arrays;
import java.util.Locale;

/** The text of {@code mkplay bench emulator}: fixed-width columns, one line per workload. */
public final class EmulatorReport {
    private static final String ROW = "%-14s %13s %9s %9s %8s %12s %11s%n";
    private static final String QEMU_ROW = "%-14s %13s %9s %9s %10s %12s%n";

    private EmulatorReport() {}

    public static String preamble(int repeat) {
        return String.format(
                Locale.ROOT,
                "Our emulator: 1 warm-up run, then %d timed run%s per workload, each on a"
                        + " fresh machine;%nseconds = the median run, MIPS = instructions / seconds (host wall time of the"
                        + " run alone).%n",
                repeat,
                repeat == 1 ? "" : "s");
    }

    public static String header() {
        return String.format(ROW, "workload", "instructions", "seconds", "MIPS", "traps", "satp-writes", "tlb-misses");
    }

    public static String row(Measurement m) {
        return String.format(
                Locale.ROOT,
                ROW,
                m.workload(),
                m.instructions(),
                seconds(m.medianNanos()),
                String.format(Locale.ROOT, "%.1f", m.mips()),
                m.traps(),
                m.satpWrites(),
                m.tlbMisses());
    }

    /** How much longer an instruction takes under Sv39 than with translation off, same kernel in S-mode. */
    public static String sv39Slowdown(Measurement bare, Measurement sv39) {
        return String.format(
                Locale.ROOT,
                "Sv39 slowdown: %s takes %.2fx the time per instruction of %s"
                        + " (same kernel in S-mode, translation on vs off; %d TLB misses)%n",
                sv39.workload(),
                sv39.nanosPerInstruction() / bare.nanosPerInstruction(),
                bare.workload(),
                sv39.tlbMisses());
    }

    public static String qemuPreamble(String version, int repeat, long startupNanos) {
        return String.format(
                Locale.ROOT,
                "%n%s, TCG: median of %d run%s per workload.%n"
                        + "A QEMU run's wall time includes its start-up and shutdown, measured at %s s on an image"
                        + " that powers off%nat once and subtracted below. QEMU-MIPS = our instruction count for the"
                        + " image / QEMU's seconds%n(QEMU does not count instructions); ours/QEMU = our MIPS /"
                        + " QEMU-MIPS.%n",
                version,
                repeat,
                repeat == 1 ? "" : "s",
                seconds(startupNanos));
    }

    public static String qemuHeader() {
        return String.format(QEMU_ROW, "workload", "instructions", "seconds", "QEMU-MIPS", "ours/QEMU", "same-output");
    }

    /** One workload on QEMU next to our measurement of it. */
    public static String qemuRow(Measurement ours, QemuTiming.Timing qemu, long startupNanos) {
        long net = qemu.medianNanos() - startupNanos;
        boolean sameOutput = Arrays.equals(ours.output(), qemu.output());
        String qemuMips = "n/a", ratio = "n/a"; // when the run is too short to tell from QEMU's start-up
        if (net > 0) {
            double mips = ours.instructions() * 1e3 / net;
            qemuMips = String.format(Locale.ROOT, "%.1f", mips);
            ratio = String.format(Locale.ROOT, "%.3f", ours.mips() / mips);
        }
        return String.format(
                Locale.ROOT,
                QEMU_ROW,
                ours.workload(),
                ours.instructions(),
                seconds(net),
                qemuMips,
                ratio,
                sameOutput ? "yes" : "NO");
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
