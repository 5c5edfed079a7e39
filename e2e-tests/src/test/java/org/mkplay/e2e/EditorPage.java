package org.mkplay.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.util.List;

/**
 * The playground's editor side: file tabs, the CodeMirror editor, Run/Save, the problems list, the listing.
 * Reads what a person sees (the rendered lines, the tabs), never the page's internal state.
 */
final class EditorPage {
    private static final String CONTENT = "#editor .cm-content";

    private final Page page;

    private EditorPage(Page page) {
        this.page = page;
    }

    /** Opens {@code path} (/ or a share link /m/{id}) and waits until the editor shows a file. */
    static EditorPage open(BrowserTab tab, String path) {
        Page page = tab.open(path);
        page.waitForSelector("#file-tabs [role=tab][aria-selected=true]");
        page.waitForSelector(CONTENT);
        return new EditorPage(page);
    }

    /** Opens a lesson's link (/?lesson=ID) and waits until its pane shows it (the editor keeps the scratch files). */
    static EditorPage openLesson(BrowserTab tab, String id) {
        EditorPage editor = open(tab, "/?lesson=" + id);
        editor.page.waitForSelector("#lesson-pane[data-lesson='" + id + "']");
        return editor;
    }

    /** Presses the lesson's Start: the editor takes the lesson's starter files (Restart is offered from then on). */
    void startLesson() {
        page.click("#btn-lesson-start");
        page.waitForSelector("#btn-lesson-restart:not([hidden])");
    }

    static EditorPage of(Page page) {
        return new EditorPage(page);
    }

    Page page() {
        return page;
    }

    List<String> fileNames() {
        return page.locator("#file-tabs [role=tab]").allTextContents();
    }

    String activeFile() {
        return page.textContent("#file-tabs [role=tab][aria-selected=true]");
    }

    /** The open file's text as the editor renders it, line by line. */
    @SuppressWarnings("unchecked")
    String text() {
        List<String> lines = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('#editor .cm-content .cm-line')].map(l => l.textContent)");
        return String.join("\n", lines);
    }

    /** Selects everything in the open file and types {@code text} in its place (inserted as typed text). */
    void replaceText(String text) {
        page.click(CONTENT);
        page.keyboard().press("Control+A");
        page.keyboard().insertText(text);
        page.waitForFunction(
                "t => [...document.querySelectorAll('#editor .cm-content .cm-line')]"
                        + ".map(l => l.textContent).join('\\n') === t",
                text);
    }

    void openFile(String name) {
        page.click("#file-tabs [role=tab][data-file='" + name + "']");
        page.waitForSelector("#file-tabs [role=tab][aria-selected=true][data-file='" + name + "']");
    }

    /** Add file: fills the name form and submits it; returns the form's error message ("" when accepted). */
    String addFile(String name) {
        page.click("#btn-file-add");
        return submitName(name);
    }

    String renameFile(String name) {
        page.click("#btn-file-rename");
        return submitName(name);
    }

    private String submitName(String name) {
        page.fill("#file-name", name);
        page.press("#file-name", "Enter");
        return page.textContent("#file-name-error").trim();
    }

    void cancelNameForm() {
        page.click("#file-form-cancel");
    }

    void run() {
        page.click("#btn-run");
    }

    /** Waits until the progress strip shows {@code phase} (building, booting, running or failed). */
    void waitForPhase(String phase) {
        try {
            page.waitForFunction(
                    "p => document.getElementById('run-progress').dataset.phase === p",
                    phase,
                    new Page.WaitForFunctionOptions().setTimeout(BUILD_TIMEOUT_MS));
        } catch (TimeoutError e) {
            throw new AssertionError(
                    "timed out waiting for the run to reach " + phase + "; progress "
                            + page.getAttribute("#run-progress", "data-phase") + ", " + page.textContent("#run-message")
                            + ", machine " + page.textContent("#status-message"),
                    e);
        }
    }

    /** The first build in a fresh server starts javac and the toolchain: allow for a cold JVM on a slow machine. */
    static final double BUILD_TIMEOUT_MS = 60_000;

    /** The problems list, each entry as shown ("Hello.java:3: error: ..."). */
    List<String> problems() {
        return page.locator("#problems .problem").allTextContents();
    }

    /** The 1-based editor lines that carry an error squiggle. */
    @SuppressWarnings("unchecked")
    List<Integer> squiggleLines() {
        return (List<Integer>) page.evaluate("() => { const lines = [...document.querySelectorAll("
                + "'#editor .cm-content .cm-line')]; return [...new Set([...document.querySelectorAll("
                + "'#editor .cm-lintRange-error')].map(r => lines.indexOf(r.closest('.cm-line')) + 1))]; }");
    }

    /** The 1-based line the editor's cursor is on, as the active-line highlight shows it. */
    int cursorLine() {
        return ((Number) page.evaluate("() => { const lines = [...document.querySelectorAll("
                        + "'#editor .cm-content .cm-line')]; return lines.indexOf(document.querySelector("
                        + "'#editor .cm-activeLine')) + 1; }"))
                .intValue();
    }

    String consoleText() {
        return (String) page.evaluate("() => window.mkplay.consoleText()");
    }

    /** Waits until the console shows {@code text}; fails with what it showed instead. */
    void waitForConsoleText(String text) {
        try {
            page.waitForFunction("t => window.mkplay && window.mkplay.consoleText().includes(t)", text);
        } catch (TimeoutError e) {
            throw new AssertionError(
                    "the console never showed \"" + text + "\"; it showed \"" + consoleText() + "\", status "
                            + page.textContent("#status-message"),
                    e);
        }
    }

    void waitForState(String state) {
        page.waitForFunction("s => document.getElementById('status-state').textContent === s", state);
    }

    Locator shareUrl() {
        return page.locator("#share-url");
    }
}
