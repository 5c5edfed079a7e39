package org.mkplay.backend.lessons;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.mkplay.backend.source.SourceFile;

/**
 * One lesson as the API serves it. {@code html} is the rendered, sanitised text; {@code manifest} is the lesson's
 * {@code system.json} as text (null for a lesson that runs a standalone program); {@code input} is what the page
 * types into the console once the system waits for it (null: nothing); {@code checks} are the lines of its
 * {@code checks} file. The solution and the lesson's own {@code system/} files stay on the server ({@code folder}).
 */
public record Lesson(
        String id,
        String title,
        int order,
        String html,
        List<SourceFile> starter,
        String manifest,
        String input,
        List<String> checks,
        @JsonIgnore LessonFolder folder) {
    /** What {@code GET /api/lessons} lists. */
    public record Summary(String id, String title, int order) {}

    public Summary summary() {
        return new Summary(id, title, order);
    }
}
