package org.mkplay.backend.builds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.mkplay.backend.lessons.LessonFolder;
import org.mkplay.backend.source.Identifiers;
import org.mkplay.backend.source.InvalidInput;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.backend.source.SourceFiles;
import org.mkplay.system.Manifest;
import org.mkplay.system.ManifestException;
import org.mkplay.system.Placements;

/**
 * {@code POST /api/builds}. Invariant of {@link #validated}: files pass {@link SourceFiles#validate} (sorted),
 * lesson is absent or a known lesson id (a lesson with a system.json makes the build a system image: LessonSystem),
 * placement is absent, or, for a lesson with a system.json, a preset ({@code "user"}, {@code "kernel"},
 * {@code "mixed"}) or an object from program name to {@code "user"} or {@code "kernel"} (sorted by name, so the
 * same choice gives the same build id) that the lesson's manifest can take.
 */
public record BuildRequest(java.util.List<SourceFile> files, String lesson, JsonNode placement) {
    private static final Pattern PROGRAM = Pattern.compile("[a-z][a-z0-9_-]{0,14}");

    /** {@code lessons}: the lesson folder of an id, or null when there is no such lesson. */
    public BuildRequest validated(Function<String, LessonFolder> lessons) {
        String checkedLesson = Identifiers.optional("lesson", lesson, Identifiers.LESSON);
        LessonFolder folder = checkedLesson == null ? null : lessons.apply(checkedLesson);
        if (checkedLesson != null && folder == null) throw new InvalidInput("lesson: no lesson " + checkedLesson);
        return new BuildRequest(SourceFiles.validate(files), checkedLesson, canonical(placement, folder));
    }

    /** Where the lesson's servers run: the manifest's placements unless the request chose. */
    public Placements placements() {
        if (placement == null) return Placements.MANIFEST;
        if (placement.isTextual()) return Placements.preset(placement.asText());
        Map<String, String> byName = new TreeMap<>();
        placement
                .fields()
                .forEachRemaining(e -> byName.put(e.getKey(), e.getValue().asText()));
        return Placements.of(byName);
    }

    private static JsonNode canonical(JsonNode placement, LessonFolder folder) {
        if (placement == null || placement.isNull()) return null;
        if (folder == null || !folder.isSystem()) {
            throw new InvalidInput(
                    "placement: only a lesson with a system.json has servers to place;" + " leave placement out");
        }
        JsonNode canonical;
        if (placement.isTextual()) {
            canonical = TextNode.valueOf(placement.asText());
        } else if (placement.isObject() && placement.size() <= 16) {
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            Map<String, JsonNode> byName = new TreeMap<>();
            placement.fields().forEachRemaining(e -> byName.put(e.getKey(), e.getValue()));
            for (Map.Entry<String, JsonNode> e : byName.entrySet()) {
                if (!PROGRAM.matcher(e.getKey()).matches() || !e.getValue().isTextual()) {
                    throw new InvalidInput("placement: " + SourceFiles.quoted(e.getKey())
                            + " must be a program name mapped to \"user\" or \"kernel\"");
                }
                sorted.set(e.getKey(), e.getValue());
            }
            canonical = sorted;
        } else {
            throw new InvalidInput("placement: a preset (" + String.join(", ", Placements.PRESETS)
                    + ") or an object from program name to \"user\" or \"kernel\" (at most 16)");
        }
        check(new BuildRequest(null, null, canonical).placementsOrFail(), folder);
        return canonical;
    }

    private Placements placementsOrFail() {
        try {
            return placements();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("placement: " + e.getMessage());
        }
    }

    /** The lesson's manifest takes the placement: every program named is there and can run where it is put. */
    private static void check(Placements placements, LessonFolder folder) {
        try {
            placements.resolve(Manifest.parse(folder.manifest(), folder.where() + "/" + LessonFolder.MANIFEST));
        } catch (ManifestException e) {
            throw new InvalidInput(e.getMessage());
        }
    }
}
