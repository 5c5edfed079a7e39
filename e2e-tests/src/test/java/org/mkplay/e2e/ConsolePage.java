package org.mkplay.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

/** The playground's index page: the xterm.js console, the status bar and the Run/Pause/Reset buttons. */
final class ConsolePage {
    /** The demo guest prints this in its banner after every boot. */
    static final String BANNER = "mkplay demo";
    static final String RUNNING = "running";
    static final String PAUSED = "paused";

    /** Reads a status field as a number; NaN until the field holds one. */
    private static final String STATUS_NUMBER =
            "id => Number((document.getElementById(id)?.textContent ?? '').trim())";

    private final Page page;

    private ConsolePage(Page page) {
        this.page = page;
    }

    static ConsolePage open(BrowserTab tab) {
        return new ConsolePage(tab.open("/"));
    }

    /** All text the console has shown since the last boot, as {@code window.mkplay.consoleText()} gives it. */
    String consoleText() {
        return (String) page.evaluate("() => window.mkplay.consoleText()");
    }

    void waitForConsoleText(String text) {
        await("the console to show \"" + text + "\"", () -> page.waitForFunction(
                "t => !!window.mkplay && window.mkplay.consoleText().includes(t)", text));
    }

    void waitForConsoleTextGone(String text) {
        await("the console to be cleared of \"" + text + "\"", () -> page.waitForFunction(
                "t => !!window.mkplay && !window.mkplay.consoleText().includes(t)", text));
    }

    void waitForBanner() {
        waitForConsoleText(BANNER);
    }

    /** Waits until the retired-instruction counter exceeds {@code floor}; returns the value then shown. */
    long waitForInstructionsAbove(long floor) {
        waitForStatusAbove("status-instructions", floor);
        return instructions();
    }

    long instructions() {
        return Long.parseLong(statusText("status-instructions"));
    }

    /** Waits until the MIPS figure is positive; returns it. */
    double waitForPositiveMips() {
        waitForStatusAbove("status-mips", 0);
        return Double.parseDouble(statusText("status-mips"));
    }

    String state() {
        return statusText("status-state");
    }

    void waitForState(String state) {
        await("state " + state, () -> page.waitForFunction(
                "s => (document.getElementById('status-state')?.textContent ?? '').trim() === s", state));
    }

    /** Clicks into the terminal and types {@code line} followed by Enter, as a person would. */
    void typeLine(String line) {
        page.click("#console");
        page.focus("#console .xterm-helper-textarea");
        page.keyboard().type(line);
        page.keyboard().press("Enter");
    }

    void clickRun() {
        page.click("#btn-run");
    }

    void clickPause() {
        page.click("#btn-pause");
    }

    void clickReset() {
        page.click("#btn-reset");
    }

    private void waitForStatusAbove(String id, double floor) {
        await("#" + id + " above " + floor, () -> page.waitForFunction(
                "([id, floor]) => (" + STATUS_NUMBER + ")(id) > floor", new Object[] {id, floor}));
    }

    /** Runs a Playwright wait; on timeout, fails saying what was awaited and what the page showed. */
    private void await(String what, Runnable wait) {
        try {
            wait.run();
        } catch (TimeoutError e) {
            throw new AssertionError("timed out waiting for " + what + "; " + snapshot(), e);
        }
    }

    private String snapshot() {
        return page.evaluate("() => JSON.stringify({"
                + " state: document.getElementById('status-state')?.textContent,"
                + " instructions: document.getElementById('status-instructions')?.textContent,"
                + " mips: document.getElementById('status-mips')?.textContent,"
                + " console: window.mkplay ? window.mkplay.consoleText() : '(no window.mkplay)' })").toString();
    }

    private String statusText(String id) {
        return page.textContent("#" + id).trim();
    }
}
