package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mkplay.bench.system.Cost;
import org.mkplay.bench.system.SystemBench;
import org.mkplay.system.SystemBuilder;

/**
 * The Benchmark tab runs the system benchmark in a worker of its own (the emulator compiled by TeaVM to WebAssembly
 * GC) and shows both placements: a bar per placement in the chart and a table row per workload and placement,
 * whose counts are exactly those of the same harness on the JVM (mkplay bench system).
 */
@ExtendWith(PlaygroundExtension.class)
class BenchmarkJourneyTest {
    /** Two placements of the echo workload at the command's loop lengths, on a shared 2-core machine. */
    private static final double RUN_TIMEOUT_MS = 120_000;

    @Test
    void runTheBenchmarkAndTheChartShowsBothPlacements(BrowserTab tab) throws Exception {
        Page page = tab.open("/");
        page.click("#tab-benchmark");
        for (String workload : List.of("kv_get", "kv_put", "file_read_4k", "file_create_write")) {
            page.uncheck("#benchmark-form input[value=" + workload + "]");
        }
        page.click("#benchmark-run");
        page.waitForSelector(
                "#benchmark-table[data-done='true']", new Page.WaitForSelectorOptions().setTimeout(RUN_TIMEOUT_MS));
        assertEquals("user,kernel", page.getAttribute("#benchmark-chart", "data-placements"));
        assertEquals("2", page.getAttribute("#benchmark-table", "data-rows"));
        for (String placement : List.of("user", "kernel")) {
            Cost jvm = new SystemBench(SystemBench.SHORT, SystemBench.LONG, 2_000_000_000L)
                    .measure(SystemBuilder.defaultSystem(placement), placement, List.of("echo"))
                    .costs()
                    .get(0);
            Locator row = page.locator("#benchmark-table tr[data-workload=echo][data-placement=" + placement + "]");
            assertEquals(number(jvm.instructions()), cell(row, "instructions"), placement);
            assertEquals(number(jvm.contextSwitches()), cell(row, "context_switches"), placement);
            assertEquals(number(jvm.asSwitches()), cell(row, "as_switches"), placement);
            assertEquals(number(jvm.cycles()), cell(row, "cycles"), placement);
        }
        double userSwitches = Double.parseDouble(
                cell(page.locator("#benchmark-table tr[data-workload=echo][data-placement=user]"), "context_switches"));
        assertTrue(userSwitches >= 2, "a call to a user-space server switches there and back");
        assertEquals(
                "0",
                cell(
                        page.locator("#benchmark-table tr[data-workload=echo][data-placement=kernel]"),
                        "context_switches"),
                "a call to a kernel-placed server runs on the caller's time");
        page.screenshot(new Page.ScreenshotOptions().setPath(TestOutput.file("playground-benchmark.png")));
        assertEquals(List.of(), tab.errors());
    }

    private static String cell(Locator row, String column) {
        return row.locator("td[data-column=" + column + "]").textContent().replace(",", "");
    }

    /** As the page prints it: at most two decimals, no trailing zeros. */
    private static String number(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.2f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
