package org.mkplay.backend.lessons;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.mkplay.backend.source.SourceFile;

/**
 * One lesson as the API serves it. {@code html} is the rendered, sanitised text; {@code manifest} is the lesson's
 * {@code system.json} as text (null for a lesson that runs a standalone program); {@code input} is what the page
 * types into the console, a line each time the system waits for input (null: nothing); {@code checks} are the checks
 * of its {@code checks} file, {@code checksFile} the file itself (the page evaluates it, so a verdict's line is the
 * file's); {@code budget} the instructions a run may take (the page pauses the machine there, as LessonRunner stops). The solution and the lesson's own {@code system/} files stay on the server ({@code folder}).
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
        String checksFile,
        long budget,
        @JsonIgnore LessonFolder folder) {
    /** What {@code GET /api/lessons} lists. */
    public record Summary(String id, String title, int order) {}

    public Summary summary() {
        return new Summary(id, title, order);
    }
}
