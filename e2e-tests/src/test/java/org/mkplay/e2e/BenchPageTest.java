package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** bench.html runs the benchmark workloads in a Web Worker and reports the emulator's speed per workload. */
@ExtendWith(PlaygroundExtension.class)
class BenchPageTest {
    /** All workloads together; the module's whole run has to stay within about two minutes. */
    private static final double BENCH_TIMEOUT_MS = 90_000;

    @Test
    void reportsAPositiveMipsFigureForEveryWorkload(@FirstVisit BrowserTab tab) {
        Page page = tab.open("/bench.html");
        page.waitForSelector(
                "#bench-done",
                new Page.WaitForSelectorOptions()
                        .setState(WaitForSelectorState.ATTACHED)
                        .setTimeout(BENCH_TIMEOUT_MS));
        assertEquals("blocks", page.locator("#bench-engine").textContent(), "the default engine");
        List<Locator> rows = page.locator("#bench-results [data-workload]").all();
        assertFalse(rows.isEmpty(), "no benchmark results in #bench-results");
        for (Locator row : rows) {
            String workload = row.getAttribute("data-workload");
            String figure = row.getAttribute("data-mips");
            assertNotNull(figure, workload + " has no MIPS figure: " + row.textContent());
            double mips = Double.parseDouble(figure);
            System.out.println("browser MIPS (" + workload + "): " + mips);
            assertTrue(mips > 0, workload + " ran at " + mips + " MIPS");
        }
        assertTrue(tab.errors().isEmpty(), "errors while benchmarking: " + tab.errors());
    }
}
