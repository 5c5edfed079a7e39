package org.mkplay.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque's accessibility engine, the npm package the web module installs as a development dependency)
 * run inside the page. Surefire passes the script's path as {@code mkplay.e2e.axe}.
 */
final class Axe {
    private Axe() {}

    /** The violations of impact serious or critical, one line each: rule, impact, help, the first targets. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        Path script = Path.of(
                System.getProperty("mkplay.e2e.axe", "../web/src/main/frontend/node_modules/axe-core/axe.min.js"));
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("axe-core is missing at " + script + ": build the web module (npm ci)");
        }
        // evaluated through the DevTools protocol: a <script> tag would be (rightly) refused by the page's CSP
        try {
            page.evaluate(Files.readString(script) + "\n;typeof axe");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>)
                page.evaluate("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({ id: v.id, impact: v.impact, help: v.help,"
                        + " targets: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary) }))");
        return violations.stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("targets"))
                .toList();
    }
}
