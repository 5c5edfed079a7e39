package org.mkplay.backend.lessons;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Lesson text to HTML that is safe to put in the page: commonmark renders the Markdown, raw HTML in the source
 * is escaped (shown as text, never interpreted), and link and image URLs keep only http, https, mailto and
 * relative targets ({@code javascript:}, {@code data:} and the like become empty).
 */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .build();

    private Markdown() {}

    public static String toSafeHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
