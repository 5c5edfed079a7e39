package org.mkplay.backend.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The playground's index.html for share links ({@code /m/{id}}). The page names its assets relative to
 * itself ({@code assets/playground.js}); a {@code <base href="/">} added to its head makes them resolve from
 * the root at any depth. The page reads the module id from its own address.
 */
public final class PlaygroundPage {
    private static volatile String page;

    private PlaygroundPage() {}

    public static void serve(Context ctx) {
        ctx.contentType("text/html;charset=utf-8")
                .header("Cache-Control", "no-cache")
                .result(page());
    }

    /** After the head tag, else after the doctype (the head is then implied), else first. */
    static String withBase(String html) {
        String base = "<base href=\"/\">";
        for (String tag : new String[] {"(?i)<head(\\s[^>]*)?>", "(?i)<!doctype html>"}) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(tag).matcher(html);
            if (m.find()) {
                return html.substring(0, m.end()) + "\n  " + base + html.substring(m.end());
            }
        }
        return base + html;
    }

    private static String page() {
        if (page == null) {
            try (InputStream in = PlaygroundPage.class.getResourceAsStream(WebServer.STATIC_ROOT + "/index.html")) {
                if (in == null) throw new IllegalStateException("the web app is not on the classpath");
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                page = withBase(html);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return page;
    }
}
