package org.mkplay.bench.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The QEMU row of the emulator report: 200 million instructions in 1 s on ours; QEMU's median run less its start-up
 * (100 ms) gives its MIPS and our ratio to it, or n/a when the start-up swallows the run; a different output is
 * flagged.
 */
class EmulatorReportTest {
    private static final Measurement OURS =
            new Measurement("integer", 200_000_000L, 0, 0, 0, new byte[] {'o', 'k'}, new long[] {1_000_000_000L});

    @ParameterizedTest
    @CsvSource({
        "600000000, ok, 0.500, 400.0, 0.500, yes",
        "100000000, ok, 0.000, n/a, n/a, yes",
        "100000000, no, 0.000, n/a, n/a, NO",
    })
    void qemuRow(long qemuMedianNanos, String qemuOutput, String seconds, String mips, String ratio, String same) {
        QemuTiming.Timing qemu = new QemuTiming.Timing(qemuMedianNanos, qemuOutput.getBytes());
        assertEquals(
                String.format("%-14s %13s %9s %9s %10s %12s%n", "integer", 200000000, seconds, mips, ratio, same),
                EmulatorReport.qemuRow(OURS, qemu, 100_000_000L));
    }
}
