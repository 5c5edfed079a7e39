package org.mkplay.backend.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every set of learner sources obeys, for modules and builds alike. A name is a plain ASCII Java
 * file name, so it can never be a path ({@code ../}), carry NUL or control characters, or hide a Unicode
 * look-alike of another name; the regex's classes are ASCII-only in Java.
 */
public final class SourceFiles {
    public static final int MAX_FILES = 16;
    public static final int MAX_TOTAL_BYTES = 64 * 1024;
    public static final int MAX_NAME_LENGTH = 64;
    public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*\\.java");

    private SourceFiles() {}

    /** Checks {@code files} and returns them sorted by name (the canonical order); throws {@link InvalidInput}. */
    public static List<SourceFile> validate(List<SourceFile> files) {
        if (files == null || files.isEmpty()) {
            throw new InvalidInput("files: at least one source file is required");
        }
        if (files.size() > MAX_FILES) {
            throw new InvalidInput("files: at most " + MAX_FILES + " files, got " + files.size());
        }
        Set<String> names = new HashSet<>();
        long total = 0;
        for (SourceFile file : files) {
            checkName(file);
            if (!names.add(file.name())) {
                throw new InvalidInput("files: " + file.name() + " appears twice");
            }
            total += checkContent(file);
        }
        if (total > MAX_TOTAL_BYTES) {
            throw new InvalidInput("files: at most " + MAX_TOTAL_BYTES + " bytes of source in all, got " + total);
        }
        List<SourceFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(SourceFile::name));
        return List.copyOf(sorted);
    }

    private static void checkName(SourceFile file) {
        if (file == null || file.name() == null) {
            throw new InvalidInput("files: every file needs a name");
        }
        String name = file.name();
        if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
            throw new InvalidInput("files: name " + quoted(name) + " is not a Java file name like Echo.java"
                    + " (ASCII letters, digits and _, starting with a letter, at most " + MAX_NAME_LENGTH
                    + " characters)");
        }
    }

    private static long checkContent(SourceFile file) {
        if (file.content() == null) {
            throw new InvalidInput("files: " + file.name() + " has no content");
        }
        if (file.content().indexOf('\0') >= 0) {
            throw new InvalidInput("files: " + file.name() + " contains a NUL character");
        }
        return file.content().getBytes(StandardCharsets.UTF_8).length;
    }

    /** The name shown back with anything outside printable ASCII escaped, so an error message cannot carry it. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        int shown = Math.min(text.length(), 80);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            out.append(
                    c >= 0x20 && c < 0x7f && c != '"' && c != '\\'
                            ? String.valueOf(c)
                            : String.format("\\u%04x", (int) c));
        }
        return out.append(text.length() > shown ? "...\"" : "\"").toString();
    }
}
