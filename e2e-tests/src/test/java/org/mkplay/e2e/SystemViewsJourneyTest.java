package org.mkplay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The system views fed by the kernel's trace records: Traffic demo starts the kernel with PingServer, PingClient
 * (3,000 calls) and Crasher (200 calls, then a fault); the Processes table and the IPC timeline show what the
 * records say. The image runs to its end (the kernel powers off once only the server, waiting, is left).
 */
@ExtendWith(PlaygroundExtension.class)
class SystemViewsJourneyTest {
    /** Each call is delivered (RECEIVE) and answered (REPLY): two arrows. */
    static final int MESSAGES = 2 * (3000 + 200);

    static Page bootSystem(BrowserTab tab) {
        Page page = tab.open("/");
        page.waitForFunction("() => window.mkplay && window.mkplay.consoleText().includes('mk$')");
        page.click("#btn-boot-traffic");
        page.waitForFunction("() => window.mkplay.consoleText().includes('ping client: 3000 calls, 0 wrong answers')");
        page.waitForSelector("#status-state[data-state=halted]");
        return page;
    }

    /** The IPC timeline tab, once every message is in, zoomed to fit the whole run. */
    static void openTimelineFitted(Page page) {
        page.click("#tab-timeline");
        page.waitForSelector("#timeline[data-messages='" + MESSAGES + "']");
        page.click("#timeline-fit");
    }

    /** Waits for the timeline to draw an arrow, clicks it and returns what the line below the canvas says of it. */
    static String clickAnArrowDrawn(Page page) {
        page.waitForFunction("() => Number(document.getElementById('timeline').dataset.arrowsDrawn) > 0");
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) page.evaluate("() => window.mkplay.timelineArrowAt()");
        page.locator("#timeline-canvas")
                .click(new Locator.ClickOptions()
                        .setPosition(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue()));
        return page.textContent("#timeline-details");
    }

    @Test
    void theProcessesTableListsTheSystemsThreadsWithTheirCountsFromTheTrace(BrowserTab tab) {
        Page page = bootSystem(tab);
        page.click("#tab-processes");
        page.waitForSelector("#processes[data-threads='3']");
        Locator rows = page.locator("#processes tbody tr");
        page.waitForFunction(
                "() => document.querySelector('#processes tbody tr[data-thread=\"2\"]')?.dataset.state === 'faulted'");
        assertEquals(3, rows.count());
        assertEquals(
                Map.of(
                        "name", List.of("PingServer", "PingClient", "Crasher"),
                        "priority", List.of("10", "5", "4"),
                        "state", List.of("blocked", "exited", "faulted"),
                        "faults", List.of("0", "0", "1"),
                        "messages", List.of("3200", "3000", "200")),
                Tables.columns(page, "#processes", "name", "priority", "state", "faults", "messages"));
        for (String instructions : Tables.column(page, "#processes", "instructions")) {
            assertTrue(Long.parseLong(instructions) > 0, "every thread ran: " + instructions);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(TestOutput.file("playground-processes.png")));
        page.waitForSelector("#status-state[data-state=halted]");
        page.click("#tab-counters");
        long switches = Long.parseLong(page.textContent("#counter-contextSwitches"));
        assertTrue(switches > 6_000, "3,000 calls to a server in its own process switch there and back: " + switches);
        assertEquals("", String.join("\n", tab.errors()));
    }

    @Test
    void theTimelineDrawsAnArrowPerMessageMarksTheFaultAndZoomsAndPansByKeyboard(BrowserTab tab) {
        Page page = bootSystem(tab);
        openTimelineFitted(page);
        Locator timeline = page.locator("#timeline");
        assertEquals("1", timeline.getAttribute("data-faults"));
        assertEquals(String.valueOf(MESSAGES), timeline.getAttribute("data-arrows-drawn"), "all of it in view");
        assertEquals("1", timeline.getAttribute("data-faults-drawn"));
        assertTrue(
                page.textContent("#timeline-events").contains("Crasher (t2) fault cause 3"),
                page.textContent("#timeline-events"));
        assertTrue(page.getAttribute("#timeline-canvas", "aria-label").contains(MESSAGES + " messages"));

        String before = page.getAttribute("#timeline-canvas", "aria-label");
        page.focus("#timeline-canvas");
        page.keyboard().press("+");
        page.keyboard().press("+");
        page.keyboard().press("+");
        int zoomed = Integer.parseInt(timeline.getAttribute("data-arrows-drawn"));
        assertTrue(zoomed > 0 && zoomed < MESSAGES, "zoomed in, fewer arrows are drawn: " + zoomed);
        String afterZoom = page.getAttribute("#timeline-canvas", "aria-label");
        assertNotEquals(before, afterZoom);
        page.keyboard().press("ArrowLeft");
        assertNotEquals(afterZoom, page.getAttribute("#timeline-canvas", "aria-label"), "the arrow keys pan");
        page.keyboard().press("Home");
        assertEquals(String.valueOf(MESSAGES), timeline.getAttribute("data-arrows-drawn"));
        assertEquals("", String.join("\n", tab.errors()));
    }

    @Test
    void clickingAnArrowShowsItsMessage(BrowserTab tab) {
        Page page = bootSystem(tab);
        // a taller details panel for the screenshot (the bottom splitter's property)
        page.evaluate("() => document.body.style.setProperty('--bottom', '60%')");
        openTimelineFitted(page);
        page.focus("#timeline-canvas");
        for (int i = 0; i < 8; i++) page.keyboard().press("+"); // a few round trips wide, labels drawn
        String details = clickAnArrowDrawn(page);
        assertTrue(
                details.matches("\\d+: \\w+ \\(t\\d\\) → \\w+ \\(t\\d\\) (message|reply) label \\d+, \\d+ bytes.*"),
                details);
        page.screenshot(new Page.ScreenshotOptions().setPath(TestOutput.file("playground-timeline.png")));
        assertEquals("", String.join("\n", tab.errors()));
    }

    /** The boot's grants, from the CAP records: slot 1 of each process names endpoint 0. */
    @Test
    void theCapabilitiesTabListsEachProcesssSlotsFromTheTrace(BrowserTab tab) {
        Page page = bootSystem(tab);
        page.click("#tab-capabilities");
        page.waitForSelector("#capabilities[data-slots='3']");
        assertEquals(
                Map.of(
                        "process", List.of("PingServer (t0)", "PingClient (t1)", "Crasher (t2)"),
                        "slot", List.of("1", "1", "1"),
                        "object", List.of("endpoint 0", "endpoint 0", "endpoint 0"),
                        "rights", List.of("receive", "send", "send"),
                        "badge", List.of("none", "0xa", "0xb")),
                Tables.columns(page, "#capabilities", "process", "slot", "object", "rights", "badge"));
        assertEquals(List.of(), Axe.seriousViolations(page), "Capabilities");
        assertEquals("", String.join("\n", tab.errors()));
    }

    @Test
    void onAPhoneTheTabsAndTheTimelineFitTheScreen(@Phone BrowserTab tab) {
        Page page = bootSystem(tab);
        for (String tabId : List.of("#tab-processes", "#tab-capabilities", "#tab-timeline")) {
            page.click(tabId);
            Number overflow = (Number)
                    page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, overflow.intValue(), "the page is wider than the phone's screen with " + tabId);
        }
        page.waitForSelector("#timeline[data-messages='" + MESSAGES + "']");
        Number right = (Number)
                page.evaluate("() => document.getElementById('timeline-canvas').getBoundingClientRect().right");
        assertTrue(right.doubleValue() <= BrowserTab.PHONE[0] + 0.5, "the timeline ends at x=" + right);
        assertTrue(
                Integer.parseInt(page.getAttribute("#timeline", "data-arrows-drawn")) > 0,
                "arrows are drawn on a phone too");
        assertEquals("", String.join("\n", tab.errors()));
    }

    @Test
    void theNewTabsHaveNoSeriousAccessibilityViolations(BrowserTab tab) {
        Page page = bootSystem(tab);
        page.click("#tab-processes");
        page.waitForSelector("#processes[data-threads='3']");
        assertEquals(List.of(), Axe.seriousViolations(page), "Processes");
        page.click("#tab-timeline");
        page.waitForSelector("#timeline[data-messages='" + MESSAGES + "']");
        assertEquals(List.of(), Axe.seriousViolations(page), "IPC timeline");
        assertEquals("", String.join("\n", tab.errors()));
    }

    /**
     * The timeline's throughput, a figure and not a limit: 500,000 synthetic records in worker-sized batches through
     * the model, a frame drawn after each batch. Checks that every record was taken in.
     */
    @Test
    void reportsTheTimelinesThroughput(BrowserTab tab) {
        Page page = tab.open("/");
        page.waitForFunction("() => window.mkplay && window.mkplay.consoleText().includes('mk$')");
        page.click("#tab-timeline");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate("() => window.mkplay.timelineBench(500000)");
        assertEquals(500_000, ((Number) result.get("records")).intValue());
        System.out.printf(
                "timeline throughput: %.0f records/s (%d records, %d messages, %.2f s, %d arrows in the last frame)%n",
                ((Number) result.get("recordsPerSecond")).doubleValue(),
                ((Number) result.get("records")).intValue(),
                ((Number) result.get("messages")).intValue(),
                ((Number) result.get("seconds")).doubleValue(),
                ((Number) result.get("arrowsDrawn")).intValue());

        // the system image itself: records per second of wall-clock time from Traffic demo to the power-off
        double started = ((Number) page.evaluate("() => performance.now()")).doubleValue();
        page.click("#btn-boot-traffic");
        page.waitForSelector("#status-state[data-state=halted]");
        double seconds = (((Number) page.evaluate("() => performance.now()")).doubleValue() - started) / 1000;
        page.waitForSelector("#timeline[data-messages='" + MESSAGES + "']");
        int records = ((Number) page.evaluate("() => window.mkplay.trace.records")).intValue();
        System.out.printf(
                "system image: %d records in %.2f s from Traffic demo to the power-off: %.0f records/s%n",
                records, seconds, records / seconds);
        assertEquals("", String.join("\n", tab.errors()));
    }
}
