package org.mkplay.backend.builds;

import java.util.List;
import org.mkplay.backend.source.Identifiers;
import org.mkplay.backend.source.InvalidInput;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.backend.source.SourceFiles;

/**
 * {@code POST /api/builds}. Invariant of {@link #validated}: files pass {@link SourceFiles#validate} (sorted),
 * lesson is absent or a known lesson id (a lesson with a system.json makes the build a system image: LessonSystem),
 * placement is absent: placements choose where a system image's servers run, and only the user placement exists.
 */
public record BuildRequest(List<SourceFile> files, String lesson, String placement) {
    public BuildRequest validated(java.util.function.Predicate<String> lessonExists) {
        String checkedLesson = Identifiers.optional("lesson", lesson, Identifiers.LESSON);
        if (checkedLesson != null && !lessonExists.test(checkedLesson)) {
            throw new InvalidInput("lesson: no lesson " + checkedLesson);
        }
        if (placement != null) {
            throw new InvalidInput("placement: only the user placement exists so far (servers in their own"
                    + " address spaces); leave placement out");
        }
        return new BuildRequest(SourceFiles.validate(files), checkedLesson, null);
    }
}
