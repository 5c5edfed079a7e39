package org.mkplay.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mkplay.backend.server.WebServer;

/**
 * The real mkplay server (in this JVM, on a free loopback port) and one headless Chromium, shared by all
 * tests of a run and closed when the run ends.
 */
final class Playground implements ExtensionContext.Store.CloseableResource {
    private final WebServer server;
    private final Playwright playwright;
    private final Browser browser;

    private Playground(WebServer server, Playwright playwright, Browser browser) {
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
    }

    static Playground start() {
        Chromium.requireInstalled();
        if (!WebServer.webAppPresent()) {
            throw new IllegalStateException("the web app (classpath public/index.html) is missing:"
                    + " build it with mvn -pl e2e-tests -am verify");
        }
        WebServer server = WebServer.start("127.0.0.1", 0);
        Playwright playwright = null;
        try {
            playwright = Chromium.startDriver();
            return new Playground(server, playwright, Chromium.launchHeadless(playwright));
        } catch (RuntimeException e) {
            if (playwright != null) {
                playwright.close();
            }
            server.close();
            throw e;
        }
    }

    /** A fresh browser context (no shared storage or cache with other tests) with one page. */
    BrowserTab newTab() {
        return new BrowserTab(browser, false, baseUrl());
    }

    /** As {@link #newTab()}, with a phone's viewport. */
    BrowserTab newPhoneTab() {
        return new BrowserTab(browser, false, baseUrl(), true);
    }

    /** A tab in a newly launched browser, closed with the tab. */
    BrowserTab newTabInFreshBrowser() {
        return new BrowserTab(Chromium.launchHeadless(playwright), true, baseUrl());
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        try {
            browser.close();
            playwright.close();
        } finally {
            server.close();
        }
    }
}
