package org.mkplay.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where the source names of a manifest are found when the files are not all beside it, as for a lesson
 * (docs/system-images.md, <em>Building from places</em>): an ordered list of places — the learner's files, the
 * lesson's {@code system/} folder — then the default system's sources. A name is looked up in that order, first match
 * wins. A place is one module: a program compiled from any file of a place gets every other file of that place too
 * (javac sees them; the toolchain keeps only what the program reaches), so a learner's server may use a helper class
 * of its own. The default system's sources are looked up by name only.
 *
 * <p>Invariants, checked by the constructor: every name is a plain Java file name; no place holds the generated
 * {@code SystemPrograms.java}; no name is in two of the given places (a learner's file named like the lesson's own
 * would silently replace it).
 */
public final class SystemSources {
    /** One place: what errors call it ("the learner's files", "lessons/03-echo/system/") and its files by name. */
    public record Place(String name, Map<String, String> files) {
        public Place {
            files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        }
    }

    /** Where one name was found: the place's index ({@link #DEFAULTS} for the default system) and the text. */
    record Found(int place, String text) {}

    static final int DEFAULTS = -1;
    static final String GENERATED = "SystemPrograms.java";
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*\\.java");
    private static final String DEFAULT_FOLDER = "/org/mkplay/system/default/";
    static final String DEFAULTS_NAME = "the default system's sources";

    private final List<Place> places;

    public SystemSources(List<Place> places) throws ManifestException {
        this.places = List.copyOf(places);
        Map<String, String> seen = new LinkedHashMap<>();
        for (Place place : this.places) {
            for (String name : place.files().keySet()) {
                if (!FILE_NAME.matcher(name).matches())
                    throw new ManifestException(place.name() + ": '" + name + "' is not a Java file name");
                if (name.equals(GENERATED)) {
                    throw new ManifestException(place.name() + ": " + name
                            + ": the system builder generates this class (the programs' names); rename the file");
                }
                String other = seen.putIfAbsent(name, place.name());
                if (other != null) {
                    throw new ManifestException(
                            name + " is both in " + other + " and in " + place.name() + "; rename one of them");
                }
            }
        }
    }

    /** The source named {@code name}: the first place that has it, else the default system's; null if none. */
    Found find(String name) {
        for (int i = 0; i < places.size(); i++) {
            String text = places.get(i).files().get(name);
            if (text != null) return new Found(i, text);
        }
        String text = FILE_NAME.matcher(name).matches() ? defaultSource(name) : null;
        return text == null ? null : new Found(DEFAULTS, text);
    }

    /** The files of place {@code index}. */
    Map<String, String> filesOf(int index) {
        return places.get(index).files();
    }

    /** Every place and what it holds, for an error naming where a missing file was looked for. */
    String describe() {
        List<String> parts = new ArrayList<>();
        for (Place p : places) parts.add(p.name() + " (" + list(p.files().keySet()) + ")");
        parts.add(DEFAULTS_NAME + " (" + list(defaultNames()) + ")");
        return String.join(", ", parts);
    }

    private static String list(Iterable<String> names) {
        String joined = String.join(", ", names);
        return joined.isEmpty() ? "none" : joined;
    }

    /** The default system's programs' sources, as its manifest names them. */
    static List<String> defaultNames() {
        try {
            Manifest m = Manifest.parse(defaultSource("system.json"), "system.json");
            List<String> names = new ArrayList<>();
            for (Manifest.Program p : m.programs()) names.addAll(p.sources());
            return names;
        } catch (ManifestException e) {
            throw new IllegalStateException("the default system's manifest does not parse: " + e.getMessage());
        }
    }

    /** A file of the default system (packaged with this module), or null. */
    static String defaultSource(String name) {
        try (InputStream in = SystemSources.class.getResourceAsStream(DEFAULT_FOLDER + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
