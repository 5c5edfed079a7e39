package org.mkplay.backend.modules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.mkplay.backend.source.Identifiers;
import org.mkplay.backend.source.InvalidInput;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.backend.source.SourceFiles;

/**
 * A saved module: what a share link opens. Invariant of every instance made by {@link #validated}: the title
 * is 1..{@value #MAX_TITLE} characters without control characters, lesson and placement are absent or match
 * {@link Identifiers}, the files pass {@link SourceFiles#validate} and are sorted by name (the canonical form
 * the id is computed from).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Module(String title, String lesson, String placement, List<SourceFile> files) {
    public static final int MAX_TITLE = 120;

    public static Module validated(Module request) {
        if (request == null) {
            throw new InvalidInput("the body must be a JSON object {title, lesson?, files, placement?}");
        }
        return new Module(
                title(request.title()),
                Identifiers.optional("lesson", request.lesson(), Identifiers.LESSON),
                Identifiers.optional("placement", request.placement(), Identifiers.PLACEMENT),
                SourceFiles.validate(request.files()));
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInput("title: required");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidInput("title: at most " + MAX_TITLE + " characters");
        }
        if (title.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("title: control characters are not allowed");
        }
        return title;
    }
}
