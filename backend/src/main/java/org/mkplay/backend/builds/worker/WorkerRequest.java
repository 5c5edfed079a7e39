package org.mkplay.backend.builds.worker;

import java.util.List;
import org.mkplay.backend.builds.LessonSystem;
import org.mkplay.backend.source.SourceFile;

/** One build a worker does: the learner's files, and the lesson's system to pack them into (null: standalone). */
public record WorkerRequest(List<SourceFile> files, LessonSystem system) {}
