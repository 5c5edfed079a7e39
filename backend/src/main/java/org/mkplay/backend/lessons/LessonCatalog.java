package org.mkplay.backend.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The course, read once at start from the {@code lessons/} folder packaged in the jar (or any folder, for
 * tests). A folder per lesson (its name is the lesson id): {@code lesson.md} starting with front matter
 * ({@code id}, {@code title}, {@code order} between {@code ---} lines), {@code starter/*.java},
 * {@code solution/*.java}, optional {@code checks}, {@code system.json}, {@code system/} and {@code input}
 * (see {@link LessonFolder} and lessons/README.md).
 * A malformed lesson stops the server at start with the folder and the reason, not at a learner's request.
 */
public final class LessonCatalog {
    /** Classpath folder the backend jar carries the course in. */
    public static final String RESOURCE_ROOT = "lessons";

    private final Map<String, Lesson> byId;

    private LessonCatalog(Map<String, Lesson> byId) {
        this.byId = byId;
    }

    /** The course packaged on the classpath (empty when the build packaged none). */
    public static LessonCatalog fromClasspath() {
        URL marker = LessonCatalog.class.getClassLoader().getResource(RESOURCE_ROOT + "/README.md");
        if (marker == null) {
            return new LessonCatalog(Map.of());
        }
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return fromFolder(Path.of(uri).getParent());
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return fromFolder(jar.getPath("/" + RESOURCE_ROOT));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the packaged lessons at " + marker, e);
        }
    }

    public static LessonCatalog fromFolder(Path root) {
        Map<String, Lesson> lessons = new LinkedHashMap<>();
        try (Stream<Path> children = Files.list(root)) {
            List<Path> folders = children.filter(Files::isDirectory).toList();
            for (Path folder : folders) {
                if (!Files.isRegularFile(folder.resolve("lesson.md"))) continue;
                Lesson lesson = read(folder);
                lessons.put(lesson.id(), lesson);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lessons in " + root, e);
        }
        List<Lesson> ordered = new ArrayList<>(lessons.values());
        ordered.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::id));
        Map<String, Lesson> sorted = new LinkedHashMap<>();
        ordered.forEach(l -> sorted.put(l.id(), l));
        return new LessonCatalog(java.util.Collections.unmodifiableMap(sorted));
    }

    public List<Lesson.Summary> list() {
        return byId.values().stream().map(Lesson::summary).toList();
    }

    public Optional<Lesson> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    private static Lesson read(Path folder) {
        LessonFolder f = LessonFolder.read(
                folder, RESOURCE_ROOT + "/" + folder.getFileName().toString().replace("/", ""));
        return new Lesson(
                f.id(),
                f.title(),
                f.order(),
                Markdown.toSafeHtml(f.markdown()),
                f.starter(),
                f.manifest(),
                f.input(),
                checks(f.checks()),
                f.checks(),
                f.budget(),
                f);
    }

    /** Non-blank lines of {@code checks}, without {@code #} comments. */
    private static List<String> checks(String text) {
        if (text == null) return List.of();
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }
}
