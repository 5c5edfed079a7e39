package org.mkplay.toolchain.corpus;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The differential corpus: every {@code corpus/<Name>.java} test resource is one self-contained program whose
 * public class {@code Name} has {@code main}. Helper classes are nested in it, so all programs can be compiled
 * by one javac call without name clashes.
 */
public final class Corpus {
    private Corpus() {}

    /** Class name → source text, sorted by name. */
    public static Map<String, String> programs() {
        Map<String, String> programs = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory())) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String file = f.getFileName().toString();
                programs.put(
                        file.substring(0, file.length() - ".java".length()),
                        Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return programs;
    }

    private static Path directory() {
        URL url = Corpus.class.getClassLoader().getResource("corpus");
        if (url == null) throw new IllegalStateException("test resource directory corpus/ is missing");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
