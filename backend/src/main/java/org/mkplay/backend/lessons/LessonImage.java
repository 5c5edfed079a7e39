package org.mkplay.backend.lessons;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.system.ManifestException;
import org.mkplay.system.Placements;
import org.mkplay.system.SystemBuilder;
import org.mkplay.system.SystemSources;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Profile;

/**
 * What a lesson runs, built from a set of learner files: with a {@code system.json}, a system image whose sources
 * are found in the learner's files, then the lesson's {@code system/}, then the default system's (SystemSources);
 * without one, the files as a standalone program (lesson 01).
 */
public final class LessonImage {
    private LessonImage() {}

    /** A build that failed: the message names the lesson's file (or the learner's) and says why. */
    public static final class Failure extends Exception {
        private final transient List<org.mkplay.toolchain.front.Diagnostic> diagnostics;

        Failure(String message, List<org.mkplay.toolchain.front.Diagnostic> diagnostics) {
            super(message);
            this.diagnostics = List.copyOf(diagnostics);
        }

        /** The compiler's diagnostics when a program did not compile; empty otherwise. */
        public List<org.mkplay.toolchain.front.Diagnostic> diagnostics() {
            return diagnostics;
        }
    }

    /**
     * Builds the image of {@code lesson} from {@code files}; {@code filesName} is what errors call those files
     * ({@code lessons/03-echo/solution/}, {@code the learner's files}).
     */
    public static byte[] build(LessonFolder lesson, List<SourceFile> files, String filesName) throws Failure {
        return build(lesson, files, filesName, Placements.MANIFEST);
    }

    /** The same with the servers placed by {@code placements} (a system lesson only: a standalone one has none). */
    public static byte[] build(LessonFolder lesson, List<SourceFile> files, String filesName, Placements placements)
            throws Failure {
        if (!lesson.isSystem() && placements != Placements.MANIFEST)
            throw new Failure(lesson.where() + " runs a standalone program: it has no servers to place", List.of());
        return lesson.isSystem() ? system(lesson, files, filesName, placements) : standalone(files, filesName);
    }

    private static byte[] system(LessonFolder lesson, List<SourceFile> files, String filesName, Placements placements)
            throws Failure {
        try {
            SystemSources sources = new SystemSources(List.of(
                    new SystemSources.Place(filesName, byName(files)),
                    new SystemSources.Place(lesson.where() + "/system/", byName(lesson.system()))));
            return SystemBuilder.build(
                            lesson.manifest(),
                            lesson.where() + "/" + LessonFolder.MANIFEST,
                            sources,
                            SystemBuilder.kernelImage(),
                            placements)
                    .image();
        } catch (ManifestException e) {
            throw new Failure(e.getMessage(), e.diagnostics());
        }
    }

    private static byte[] standalone(List<SourceFile> files, String filesName) throws Failure {
        if (files.isEmpty()) throw new Failure(filesName + ": no Java files", List.of());
        CompileResult r = Compiler.compile(CompileRequest.ofSources(byName(files), null, Profile.STANDALONE));
        if (!r.ok()) throw new Failure(filesName + ": compile errors:\n" + r.formattedDiagnostics(), r.diagnostics());
        return r.elf();
    }

    static Map<String, String> byName(List<SourceFile> files) {
        Map<String, String> map = new LinkedHashMap<>();
        for (SourceFile f : files) map.put(f.name(), f.content());
        return map;
    }
}
