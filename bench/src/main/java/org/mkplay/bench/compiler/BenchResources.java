package org.mkplay.bench.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark programs under resources org/mkplay/bench/compiler: each a Java program and its C twin with one SIZE parameter. */
final class BenchResources {
    private static final String DIRECTORY = "/org/mkplay/bench/compiler/";
    private static final Pattern JAVA_SIZE = Pattern.compile("static final int SIZE = \\d+;");

    private BenchResources() {}

    /** A program: resources bench/NAME/CLASS.java and bench/NAME/NAME.c, a full size and a small (test) size. */
    record Program(String name, String className, int fullSize, int testSize) {
        String javaSource(int size) {
            Matcher m = JAVA_SIZE.matcher(read(name + "/" + className + ".java"));
            if (!m.find()) throw new IllegalStateException(className + ".java lacks \"static final int SIZE = n;\"");
            return m.replaceFirst("static final int SIZE = " + size + ";");
        }

        String cSource() {
            return read(name + "/" + name + ".c");
        }
    }

    /** The programs listed in bench/index.txt ("name ClassName full-size test-size", # comments). */
    static List<Program> programs() {
        List<Program> programs = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.trim().split("\\s+");
            programs.add(new Program(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
        }
        return programs;
    }

    static String read(String path) {
        try (InputStream in = BenchResources.class.getResourceAsStream(DIRECTORY + path)) {
            if (in == null) throw new IllegalStateException("missing resource " + DIRECTORY + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + DIRECTORY + path, e);
        }
    }
}
