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
import org.mkplay.backend.source.Identifiers;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.backend.source.SourceFiles;

/**
 * The course, read once at start from the {@code lessons/} folder packaged in the jar (or any folder, for
 * tests). A folder per lesson (its name is the lesson id): {@code lesson.md} starting with front matter
 * ({@code id}, {@code title}, {@code order} between {@code ---} lines), {@code starter/*.java},
 * {@code solution/*.java}, optional {@code checks} and {@code manifest} files (see lessons/README.md).
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

    private static Lesson read(Path folder) throws IOException {
        String name = folder.getFileName().toString().replace("/", "");
        FrontMatter.Parsed parsed =
                FrontMatter.parse(Files.readString(folder.resolve("lesson.md")), folder + "/lesson.md");
        String id = parsed.required("id");
        if (!id.equals(name) || !Identifiers.LESSON.matcher(id).matches()) {
            throw new IllegalStateException(folder + ": the front matter's id must be the folder name and match "
                    + Identifiers.LESSON.pattern() + ", got " + id);
        }
        return new Lesson(
                id,
                parsed.required("title"),
                parsed.requiredInt("order"),
                Markdown.toSafeHtml(parsed.body()),
                sources(folder.resolve("starter")),
                optionalText(folder.resolve("manifest")),
                checks(folder.resolve("checks")));
    }

    private static List<SourceFile> sources(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path file : children.filter(f -> f.toString().endsWith(".java"))
                    .sorted()
                    .toList()) {
                files.add(new SourceFile(file.getFileName().toString().replace("/", ""), Files.readString(file)));
            }
        }
        return files.isEmpty() ? List.of() : SourceFiles.validate(files);
    }

    private static String optionalText(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file) : null;
    }

    /** Non-blank lines of {@code checks}, without {@code #} comments. */
    private static List<String> checks(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }
}
