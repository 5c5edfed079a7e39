package org.mkplay.backend.builds;

import java.util.List;
import org.mkplay.backend.lessons.LessonFolder;
import org.mkplay.backend.source.SourceFile;

/**
 * The system a lesson's build packs the learner's files into: the lesson's {@code system.json} text, what errors call
 * it ({@code lessons/03-echo/system.json}), and the lesson's own {@code system/} files. Null in a build of a
 * standalone program. Part of the build's content address: a changed lesson gives other builds.
 */
public record LessonSystem(String manifest, String manifestName, String systemPlace, List<SourceFile> systemFiles) {
    /** The system of {@code lesson}, or null when it runs a standalone program. */
    public static LessonSystem of(LessonFolder lesson) {
        if (lesson == null || !lesson.isSystem()) return null;
        return new LessonSystem(
                lesson.manifest(),
                lesson.where() + "/" + LessonFolder.MANIFEST,
                lesson.where() + "/system/",
                lesson.system());
    }
}
