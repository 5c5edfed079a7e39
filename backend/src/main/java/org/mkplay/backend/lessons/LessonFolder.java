package org.mkplay.backend.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mkplay.backend.source.Identifiers;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.backend.source.SourceFiles;
import org.mkplay.system.Manifest;
import org.mkplay.system.ManifestException;

/**
 * One lesson folder as read from disk (or from the jar), everything the catalog serves and the runner needs: the
 * front matter, the text, {@code starter/}, {@code solution/}, {@code checks}, and the optional {@code system.json}
 * (parsed here, so a malformed one stops the server at start), {@code system/} and {@code input} (lessons/README.md).
 * {@code where} names the folder in errors ({@code lessons/03-echo}).
 *
 * @param budget the front matter's {@code budget}: instructions a run may take (default {@link #DEFAULT_BUDGET})
 * @param manifest the text of {@code system.json}, or null for a standalone program (as lesson 01)
 * @param input what is typed into the console, one line per command, or null
 */
public record LessonFolder(
        String id,
        String title,
        int order,
        long budget,
        String markdown,
        String where,
        List<SourceFile> starter,
        List<SourceFile> solution,
        String checks,
        String manifest,
        List<SourceFile> system,
        String input) {
    /**
     * Instructions a run may take unless the front matter says otherwise: the default system boots to its prompt in
     * about 1.2 million; 50 million is a few seconds in the page and leaves room for a few thousand round trips.
     */
    public static final long DEFAULT_BUDGET = 50_000_000L;

    public static final String MANIFEST = "system.json";

    /** Reads the lesson in {@code folder}; {@code where} is what errors call it. */
    public static LessonFolder read(Path folder, String where) {
        try {
            return parse(folder, where);
        } catch (IOException e) {
            throw new UncheckedIOException(where + ": cannot read the lesson", e);
        }
    }

    private static LessonFolder parse(Path folder, String where) throws IOException {
        String name = folder.getFileName().toString().replace("/", "");
        FrontMatter.Parsed parsed =
                FrontMatter.parse(Files.readString(folder.resolve("lesson.md")), where + "/lesson.md");
        String id = parsed.required("id");
        if (!id.equals(name) || !Identifiers.LESSON.matcher(id).matches()) {
            throw new IllegalStateException(where + ": the front matter's id must be the folder name and match "
                    + Identifiers.LESSON.pattern() + ", got " + id);
        }
        String manifest = optionalText(folder.resolve(MANIFEST));
        if (manifest != null) checkManifest(manifest, where);
        return new LessonFolder(
                id,
                parsed.required("title"),
                parsed.requiredInt("order"),
                budget(parsed),
                parsed.body(),
                where,
                sources(folder.resolve("starter"), where),
                sources(folder.resolve("solution"), where),
                optionalText(folder.resolve("checks")),
                manifest,
                sources(folder.resolve("system"), where),
                optionalText(folder.resolve("input")));
    }

    /** Whether the lesson runs a system image (it has a {@code system.json}). */
    public boolean isSystem() {
        return manifest != null;
    }

    /** The same lesson with another instruction budget ({@code mkplay check --max-instructions}). */
    public LessonFolder withBudget(long instructions) {
        return new LessonFolder(
                id, title, order, instructions, markdown, where, starter, solution, checks, manifest, system, input);
    }

    /** The checks file's text ("" when the lesson has none). */
    public String checksText() {
        return checks == null ? "" : checks;
    }

    private static long budget(FrontMatter.Parsed parsed) {
        String value = parsed.fields().get("budget");
        if (value == null) return DEFAULT_BUDGET;
        try {
            long budget = Long.parseLong(value.replace("_", "").replace(",", ""));
            if (budget > 0) return budget;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(parsed.where() + ": front matter's budget must be a positive whole number"
                + " of instructions, got " + value);
    }

    private static void checkManifest(String manifest, String where) {
        try {
            Manifest.parse(manifest, where + "/" + MANIFEST);
        } catch (ManifestException e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    private static List<SourceFile> sources(Path folder, String where) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path file : children.filter(f -> f.toString().endsWith(".java"))
                    .sorted()
                    .toList()) {
                files.add(new SourceFile(file.getFileName().toString().replace("/", ""), Files.readString(file)));
            }
        }
        try {
            return files.isEmpty() ? List.of() : SourceFiles.validate(files);
        } catch (RuntimeException e) {
            throw new IllegalStateException(where + "/" + folder.getFileName() + ": " + e.getMessage());
        }
    }

    private static String optionalText(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file) : null;
    }
}
