package org.mkplay.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One page in its own browser context, recording every uncaught page error and console error it sees. */
final class BrowserTab implements ExtensionContext.Store.CloseableResource {
    /** Long enough for a cold WASM compile on a slow CI machine, short enough to fail a hung page quickly. */
    static final double DEFAULT_TIMEOUT_MS = 20_000;

    private final Browser ownBrowser;
    private final BrowserContext context;
    private final Page page;
    private final String baseUrl;
    private final List<String> errors = new CopyOnWriteArrayList<>();

    /** A laptop's screen. */
    static final int[] DESKTOP = {1280, 800};
    /** A phone's screen in CSS pixels (an iPhone 12-14: 390 x 844), with touch and the mobile viewport rules. */
    static final int[] PHONE = {390, 844};

    /** @param ownBrowser whether closing the tab closes {@code browser} as well */
    BrowserTab(Browser browser, boolean ownBrowser, String baseUrl) {
        this(browser, ownBrowser, baseUrl, false);
    }

    BrowserTab(Browser browser, boolean ownBrowser, String baseUrl, boolean phone) {
        this.ownBrowser = ownBrowser ? browser : null;
        this.baseUrl = baseUrl;
        int[] size = phone ? PHONE : DESKTOP;
        this.context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(size[0], size[1])
                .setIsMobile(phone)
                .setHasTouch(phone)
                .setDeviceScaleFactor(phone ? 2 : 1)
                // the page's Copy button writes the share link to the clipboard
                .setPermissions(List.of("clipboard-read", "clipboard-write")));
        context.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
        this.page = context.newPage();
        page.onPageError(error -> errors.add("page error: " + error));
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add("console error: " + message.text() + " at " + message.location());
            }
        });
    }

    /** Navigates to a path of the server, e.g. {@code /bench.html}. */
    Page open(String path) {
        page.navigate(baseUrl + path);
        return page;
    }

    /** The server's address, e.g. {@code http://127.0.0.1:41234}. */
    String baseUrl() {
        return baseUrl;
    }

    Page page() {
        return page;
    }

    /** Page errors and console errors so far, in order. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    void screenshot(Path file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
    }

    @Override
    public void close() {
        context.close();
        if (ownBrowser != null) {
            ownBrowser.close();
        }
    }
}
