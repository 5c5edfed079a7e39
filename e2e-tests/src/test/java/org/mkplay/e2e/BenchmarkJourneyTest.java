package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
        page.screenshot(new Page.ScreenshotOptions().setPath(TestOutput.file("playground-benchmark-run.png")));
        assertEquals(List.of(), tab.errors());
    }

    @Test
    void saveTheResultAndItsLinkShowsTheSameFiguresOnAPhoneWithoutRunningThem(
            BrowserTab author, @Phone BrowserTab reader) {
        Page page = author.open("/");
        page.click("#tab-benchmark");
        assertTrue(page.isDisabled("#benchmark-save"), "nothing to save before a run");
        for (String workload : List.of("kv_put", "file_read_4k", "file_create_write")) {
            page.uncheck("#benchmark-form input[value=" + workload + "]");
        }
        page.click("#benchmark-run");
        page.waitForSelector(
                "#benchmark-table[data-done='true']", new Page.WaitForSelectorOptions().setTimeout(RUN_TIMEOUT_MS));
        List<List<String>> measured = rows(page);
        assertEquals(4, measured.size(), "echo and kv_get in user and kernel: " + measured);

        page.click("#benchmark-save");
        page.waitForSelector(
                "#benchmark-share-status:not([data-kind=info])",
                new Page.WaitForSelectorOptions().setTimeout(RUN_TIMEOUT_MS));
        String status = page.textContent("#benchmark-share-status");
        assertEquals("ok", page.getAttribute("#benchmark-share-status", "data-kind"), status);
        String link = page.inputValue("#benchmark-share-url");
        assertTrue(status.contains("same figures") && status.contains(link), status);
        URI uri = URI.create(link);
        assertTrue(uri.getPath().equals("/") && uri.getQuery().matches("benchmark=[A-Za-z0-9_-]{16}"), link);
        page.focus("#split-bottom");
        page.keyboard().press("End"); // the details panel at its tallest: the chart and the table in view
        page.evaluate("() => { document.getElementById('bottom-panels').scrollTop = 0; }");
        page.screenshot(new Page.ScreenshotOptions().setPath(TestOutput.file("playground-benchmark.png")));
        page.click("#benchmark-copy");
        page.waitForFunction("() => document.getElementById('benchmark-share-status').textContent.includes('copied')");
        assertEquals(link, page.evaluate("() => navigator.clipboard.readText()"));
        assertEquals(List.of(), Axe.seriousViolations(page), "the Benchmark tab with figures and a link");

        List<String> requested = new CopyOnWriteArrayList<>();
        reader.page()
                .onRequest(request -> requested.add(URI.create(request.url()).getPath()));
        Page shared = reader.open("/?" + uri.getQuery());
        shared.waitForSelector("#benchmark-table[data-done='true'][data-source='saved']");
        assertEquals("true", shared.getAttribute("#tab-benchmark", "aria-selected"), "the link opens its tab");
        assertEquals(
                "panel-benchmark",
                shared.evaluate("() => document.activeElement.id"),
                "the focus is on the figures the link is for");
        assertEquals(measured, rows(shared), "the stored figures are the ones measured");
        assertEquals("user,kernel", shared.getAttribute("#benchmark-chart", "data-placements"));
        assertEquals(link, shared.inputValue("#benchmark-share-url"));
        assertTrue(shared.isChecked("#benchmark-form input[value=kv_get]"), "the form shows the saved choice");
        assertTrue(!shared.isChecked("#benchmark-form input[value=kv_put]"), "the form shows the saved choice");
        assertTrue(requested.contains("/api/benchmarks/" + uri.getQuery().substring("benchmark=".length())));
        assertTrue(
                requested.stream().noneMatch(path -> path.endsWith("/system-kernel.elf")),
                "nothing ran: the kernel placement's image was never fetched; requests " + requested);
        Number overflow = (Number)
                shared.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "the page is wider than the phone's screen");
        assertEquals(List.of(), Axe.seriousViolations(shared), "a saved benchmark on a phone");
        shared.locator("#panel-benchmark")
                .screenshot(
                        new Locator.ScreenshotOptions().setPath(TestOutput.file("playground-benchmark-shared.png")));
        assertEquals(List.of(), author.errors());
        assertEquals(List.of(), reader.errors());
    }

    @Test
    void aLinkToNoSavedBenchmarkSaysSo(BrowserTab tab) {
        Page page = tab.open("/?benchmark=AAAAAAAAAAAAAAAA");
        page.waitForSelector("#benchmark-share-status[data-kind=error]");
        assertTrue(
                page.textContent("#benchmark-share-status").contains("no saved benchmark \"AAAAAAAAAAAAAAAA\""),
                page.textContent("#benchmark-share-status"));
        assertEquals("0", page.getAttribute("#benchmark-table", "data-rows"));
        assertTrue(page.isHidden("#benchmark-share"), "no link to share");
        assertTrue(page.isEnabled("#benchmark-run"), "the benchmark can still be run here");
        assertEquals(List.of(), Axe.seriousViolations(page), "the Benchmark tab saying the link is unknown");
        // the browser itself logs the API's 404; the page adds nothing
        assertEquals(1, tab.errors().size(), tab.errors().toString());
        assertTrue(
                tab.errors().get(0).contains("404") && tab.errors().get(0).contains("/api/benchmarks/AAAAAAAAAAAAAAAA"),
                tab.errors().toString());

        Page other = tab.open("/?benchmark=..%2Fmodules%2Fx");
        other.waitForSelector("#benchmark-share-status[data-kind=error]");
        assertTrue(other.textContent("#benchmark-share-status").contains("no saved benchmark \"../modules/x\""));
        assertEquals(1, tab.errors().size(), "a malformed id is refused without asking the server: " + tab.errors());
    }

    /** The table's rows as the page shows them, each the text of its cells in order. */
    private static List<List<String>> rows(Page page) {
        return page.locator("#benchmark-table tbody tr").all().stream()
                .map(row -> row.locator("th, td").allTextContents())
                .toList();
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
