package org.mkplay.backend.builds.worker;

import java.util.List;
import java.util.Map;
import org.mkplay.backend.builds.LessonSystem;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.system.Placements;

/**
 * One build a worker does: the learner's files, and the lesson's system to pack them into (null: standalone) with
 * where its servers run: a preset ({@code placementPreset}: user, kernel, mixed), a map of program name to user or
 * kernel ({@code placementMap}), or neither (the manifest's placements).
 */
public record WorkerRequest(
        List<SourceFile> files, LessonSystem system, String placementPreset, Map<String, String> placementMap) {
    public WorkerRequest(List<SourceFile> files, LessonSystem system) {
        this(files, system, null, null);
    }

    /** The same build with {@code placements} ({@link Placements#MANIFEST}: neither field). */
    public static WorkerRequest of(List<SourceFile> files, LessonSystem system, Placements placements) {
        return switch (placements.preset()) {
            case "manifest" -> new WorkerRequest(files, system);
            case "custom" -> new WorkerRequest(files, system, null, placements.byName());
            default -> new WorkerRequest(files, system, placements.preset(), null);
        };
    }

    Placements placements() {
        if (placementPreset != null) return Placements.preset(placementPreset);
        return placementMap != null ? Placements.of(placementMap) : Placements.MANIFEST;
    }
}
