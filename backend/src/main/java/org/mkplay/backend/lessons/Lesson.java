package org.mkplay.backend.lessons;

import java.util.List;
import org.mkplay.backend.source.SourceFile;

/**
 * One lesson as the API serves it. {@code html} is the rendered, sanitised text; {@code manifest} is the
 * lesson's {@code manifest} file as text (which servers the system runs; null until the lesson has one);
 * {@code checks} are the lines of its {@code checks} file. The solution is kept on the server.
 */
public record Lesson(
        String id,
        String title,
        int order,
        String html,
        List<SourceFile> starter,
        String manifest,
        List<String> checks) {
    /** What {@code GET /api/lessons} lists. */
    public record Summary(String id, String title, int order) {}

    public Summary summary() {
        return new Summary(id, title, order);
    }
}
