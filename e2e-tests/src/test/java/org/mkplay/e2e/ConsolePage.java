package org.mkplay.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

/** The playground's index page: the xterm.js console, the status bar and the Stop/Continue/Reset buttons. */
final class ConsolePage {
    /** The demo guest prints this in its banner after every boot. */
    static final String BANNER = "mkplay demo";
    /** The default system's shell prompt, which a visit shows without a build. */
    static final String PROMPT = "mk$";

    static final String RUNNING = "running";
    static final String PAUSED = "paused";
    static final String SLEEPING = "waiting for input (wfi)";
    private static final String ERROR = "error";

    /** Page-side helpers every wait predicate can use; {@code state()} is the status line's machine state. */
    private static final String HELPERS = "const field = id => (document.getElementById(id)?.textContent ?? '').trim();"
            + " const number = id => Number(field(id));"
            + " const state = () => field('status-state');"
            + " const consoleText = () => window.mkplay ? window.mkplay.consoleText() : null;";

    private final Page page;

    private ConsolePage(Page page) {
        this.page = page;
    }

    /** Opens the page as a visitor does: it boots the default system, to the shell's {@link #PROMPT}. */
    static ConsolePage visit(BrowserTab tab) {
        return new ConsolePage(tab.open("/"));
    }

    /** {@link #visit}, then waits for the prompt: the default system is up and its shell reads the console. */
    static ConsolePage visitToThePrompt(BrowserTab tab) {
        ConsolePage console = visit(tab);
        console.waitForConsoleText(PROMPT);
        return console;
    }

    /** Shows the Processes tab and waits for its Crash and Kill buttons (the shell is there to type them). */
    Page processesTabWithItsButtons() {
        page.click("#tab-processes");
        page.waitForSelector("#processes button[aria-label='Crash echo']");
        return page;
    }

    /** Opens the page at {@code path} (a share link /m/{id}), which boots the default system. */
    static ConsolePage at(BrowserTab tab, String path) {
        return new ConsolePage(tab.open(path));
    }

    /** Opens the page, which boots the default system, and boots the echo demo these journeys watch instead. */
    static ConsolePage open(BrowserTab tab) {
        Page page = tab.open("/");
        page.click("#btn-boot-demo");
        return new ConsolePage(page);
    }

    /** All text the console has shown since the last boot, as {@code window.mkplay.consoleText()} gives it. */
    String consoleText() {
        return (String) page.evaluate("() => window.mkplay.consoleText()");
    }

    void waitForConsoleText(String text) {
        await("the console to show \"" + text + "\"", "t => consoleText()?.includes(t)", text);
    }

    /** Waits until the console shows {@code line} as a whole line (the guest may end lines with \n or \r\n). */
    void waitForConsoleLine(String line) {
        await(
                "the console to show the line \"" + line + "\"",
                "l => consoleText()?.replaceAll('\\r', '').split('\\n').includes(l)",
                line);
    }

    void waitForConsoleTextGone(String text) {
        await(
                "the console to be cleared of \"" + text + "\"",
                "t => consoleText() !== null && !consoleText().includes(t)",
                text);
    }

    void waitForBanner() {
        waitForConsoleText(BANNER);
    }

    /** Waits until the retired-instruction counter exceeds {@code floor}; returns the value then shown. */
    long waitForInstructionsAbove(long floor) {
        // Playwright serialises no long; a double holds every count below 2^53 exactly.
        await("more than " + floor + " instructions", "n => number('status-instructions') > n", (double) floor);
        return instructions();
    }

    long instructions() {
        return Long.parseLong(statusText("status-instructions"));
    }

    /** Waits until the status line says the guest sleeps in wfi until input arrives. */
    void waitForSleep() {
        await("the guest to sleep until input", "m => field('status-message') === m", SLEEPING);
    }

    void waitForState(String state) {
        await("state " + state, "s => state() === s", state);
    }

    /** Clicks into the terminal and types {@code line} followed by Enter, as a person would. */
    void typeLine(String line) {
        page.click("#console");
        page.focus("#console .xterm-helper-textarea");
        page.keyboard().type(line);
        page.keyboard().press("Enter");
    }

    /** Continue: a stopped (paused) machine goes on (Run builds the editor's files instead). */
    void clickContinue() {
        page.click("#btn-continue");
    }

    /** Stop: the machine pauses where it is. */
    void clickPause() {
        page.click("#btn-pause");
    }

    void clickReset() {
        page.click("#btn-reset");
    }

    private String statusText(String id) {
        return page.textContent("#" + id).trim();
    }

    /**
     * Waits until {@code predicate(arg)} holds in the page. Stops early when the machine enters the error
     * state (nothing will change after that); either way fails saying what was awaited and what the page showed.
     */
    private void await(String what, String predicate, Object arg) {
        String function = "arg => { " + HELPERS + " return state() === '" + ERROR + "' || (" + predicate + ")(arg); }";
        try {
            page.waitForFunction(function, arg);
        } catch (TimeoutError e) {
            throw new AssertionError("timed out waiting for " + what + "; the page showed " + snapshot(), e);
        }
        if (statusText("status-state").equals(ERROR)) {
            throw new AssertionError(
                    "the machine failed while waiting for " + what + "; the page showed " + snapshot());
        }
    }

    private String snapshot() {
        return page.evaluate("() => { " + HELPERS + " return JSON.stringify({ state: state(),"
                        + " message: field('status-message'), instructions: field('status-instructions'),"
                        + " mips: field('status-mips'), console: consoleText() }); }")
                .toString();
    }
}
