package org.mkplay.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The system Chromium that scripts/install-deps provides; Playwright never fetches a browser of its own. */
final class Chromium {
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    /** Playwright reads this from the environment; Surefire sets it too, this covers runs from an IDE. */
    static final Map<String, String> DRIVER_ENV = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

    /** No sandbox (tests run as root in CI); no GPU; nothing that talks to the network on its own. */
    private static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--disable-quic");

    private Chromium() {}

    /** Fails (never skips): a machine without Chromium cannot claim the browser journeys pass. */
    static void requireInstalled() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(
                    "Chromium not found at " + EXECUTABLE + ": run scripts/install-deps as root");
        }
    }

    static Playwright startDriver() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(DRIVER_ENV));
    }

    static Browser launchHeadless(Playwright playwright) {
        requireInstalled();
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(ARGS));
    }
}
